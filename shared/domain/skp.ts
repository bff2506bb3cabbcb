import { Conflict, Forbidden, Invalid } from './errors.ts';

/**
 * SKP (Sasaran Kinerja Pegawai), PermenPANRB 6/2022: rows of Rencana Hasil Kerja (RHK), each UTAMA or
 * TAMBAHAN, each measured by Indikator Kinerja Individu (IKI). The yearly plan moves
 * DRAFT → SUBMITTED → APPROVED, or back to RETURNED with the supervisor's note. An approved plan is
 * locked: changing it opens a new revision, and the approved one is kept as history.
 */
export const RHK_KINDS = ['UTAMA', 'TAMBAHAN'] as const;
export const ASPEKS = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export const SKP_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export interface Indicator {
  readonly indicatorId: string;
  readonly name: string;
  readonly aspek: (typeof ASPEKS)[number];
  readonly target: number;
  readonly satuan: string;
  readonly direction: (typeof DIRECTIONS)[number];
}

export interface Rhk {
  readonly rhkId: string;
  readonly kind: (typeof RHK_KINDS)[number];
  readonly text: string;
  /** The supervisor's RHK this one serves (intervensi atasan). */
  readonly intervensiRhkId?: string;
  readonly indicators: readonly Indicator[];
}

export interface Skp {
  readonly nip: string;
  readonly year: number;
  readonly revision: number;
  readonly status: SkpStatus;
  readonly rhk: readonly Rhk[];
  /** The supervisor of record when the plan was submitted: the only person who may approve or return it. */
  readonly supervisorNip?: string;
  readonly returnNote?: string;
  /** Optimistic concurrency: every write must name the version it read. */
  readonly version: number;
  readonly updatedAt: string;
  readonly submittedAt?: string;
  readonly decidedAt?: string;
}

export type SkpContent = Pick<Skp, 'rhk'>;

export interface SkpChange {
  readonly next: Skp;
  /** The approved revision a change replaced, to keep as history. */
  readonly archived?: Skp;
}

export function saveDraft(current: Skp | undefined, nip: string, year: number, content: SkpContent, expectedVersion: number, now: Date): SkpChange {
  assertVersion(current, expectedVersion);
  assertDistinctIds(content);
  const updatedAt = now.toISOString();
  if (!current) return { next: { nip, year, revision: 1, status: 'DRAFT', rhk: content.rhk, version: 1, updatedAt } };
  if (current.status === 'SUBMITTED') {
    throw new Conflict('SKP sedang diperiksa atasan dan tidak dapat diubah; tunggu persetujuan atau pengembalian.');
  }
  const base = { nip, year, rhk: content.rhk, status: 'DRAFT' as const, version: current.version + 1, updatedAt };
  if (current.status === 'APPROVED') return { next: { ...base, revision: current.revision + 1 }, archived: current };
  return { next: { ...base, revision: current.revision } };
}

export function submit(current: Skp | undefined, supervisorNip: string | undefined, expectedVersion: number, now: Date): Skp {
  if (!current) throw new Invalid('Belum ada SKP untuk tahun ini; simpan rancangan terlebih dahulu.');
  assertVersion(current, expectedVersion);
  if (current.status !== 'DRAFT' && current.status !== 'RETURNED') {
    throw new Conflict(current.status === 'SUBMITTED' ? 'SKP sudah diajukan dan menunggu keputusan atasan.' : 'SKP sudah disetujui; ubah dulu untuk membuat revisi baru.');
  }
  if (!supervisorNip) throw new Invalid('Atasan langsung Anda belum tercatat; hubungi admin BKPSDM sebelum mengajukan SKP.');
  if (!current.rhk.some((row) => row.kind === 'UTAMA' && row.indicators.length > 0)) {
    throw new Invalid('SKP harus memuat paling sedikit satu RHK utama dengan indikator kinerja.');
  }
  const { returnNote: _previousNote, ...rest } = current;
  return { ...rest, status: 'SUBMITTED', supervisorNip, version: current.version + 1, updatedAt: now.toISOString(), submittedAt: now.toISOString() };
}

export type SkpDecision = { approve: true } | { approve: false; note: string };

export function decide(current: Skp | undefined, actorNip: string, decision: SkpDecision, expectedVersion: number | undefined, now: Date): Skp {
  // Who may decide is checked before the plan's state, so a stranger learns nothing about someone else's SKP.
  if (current?.nip === actorNip) throw new Forbidden('Anda tidak dapat menyetujui atau mengembalikan SKP Anda sendiri.');
  if (!current || current.supervisorNip !== actorNip) throw new Forbidden('Hanya atasan langsung yang tercatat saat SKP diajukan yang dapat memutuskannya.');
  if (current.status !== 'SUBMITTED') throw new Conflict('Tidak ada SKP yang menunggu keputusan untuk pegawai dan tahun ini.');
  if (expectedVersion !== undefined) assertVersion(current, expectedVersion);
  const decided = { ...current, version: current.version + 1, updatedAt: now.toISOString(), decidedAt: now.toISOString() };
  return decision.approve ? { ...decided, status: 'APPROVED' } : { ...decided, status: 'RETURNED', returnNote: decision.note };
}

function assertVersion(current: Skp | undefined, expected: number): void {
  const actual = current?.version ?? 0;
  if (actual !== expected) {
    throw new Conflict(`SKP telah diubah di tempat lain (versi ${actual}, Anda mengirim versi ${expected}); muat ulang lalu ulangi.`, {
      currentVersion: actual,
    });
  }
}

function assertDistinctIds(content: SkpContent): void {
  const rhkIds = content.rhk.map((row) => row.rhkId);
  const indicatorIds = content.rhk.flatMap((row) => row.indicators.map((i) => i.indicatorId));
  if (new Set(rhkIds).size !== rhkIds.length) throw new Invalid('Kode RHK harus unik dalam satu SKP.');
  if (new Set(indicatorIds).size !== indicatorIds.length) throw new Invalid('Kode indikator harus unik dalam satu SKP.');
}

/**
 * Capaian (achievement) in percent: realisasi / target × 100, inverted where lower is better (time, cost),
 * rounded to two decimals as people read it (so 11 of 10 is 110, not 110.00000000000001).
 */
export function achievement(indicator: Pick<Indicator, 'target' | 'direction'>, realization: number): number {
  const ratio = indicator.direction === 'HIGHER_IS_BETTER' ? realization / indicator.target : realization <= 0 ? 0 : indicator.target / realization;
  return Math.round(ratio * 10_000) / 100;
}
