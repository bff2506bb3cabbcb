import { numericScore, suggestPerilaku, type AssessmentPolicy } from './assessment-policy.ts';
import type { BerakhlakValue } from './berakhlak.ts';
import { BadInput, Conflict } from './errors.ts';
import { predikatOf, type Predikat, type Rating } from './quadrant.ts';
import { assertSupervisorOfRecord, type RosterEntry } from './roster.ts';

/**
 * One period's appraisal of one employee by the pejabat penilai of record: Hasil Kerja and Perilaku Kerja,
 * the predikat from the quadrant, a numeric score beside it, and feedback. DRAFT until finalised;
 * a final assessment changes only through keberatan (or an audited admin reopen).
 */
export interface Assessment {
  readonly nip: string;
  readonly periodId: string;
  readonly assessorNip: string;
  readonly unitId: string;
  readonly jabatan: string;
  readonly hasilKerja: { readonly rating: Rating; readonly suggested?: Rating; readonly reason?: string };
  readonly perilaku: {
    readonly rating: Rating;
    readonly suggested: Rating;
    readonly values: Readonly<Record<BerakhlakValue, Rating>>;
    readonly ekspektasiKhusus?: Partial<Readonly<Record<BerakhlakValue, string>>>;
  };
  readonly feedback: string;
  readonly predikat: Predikat;
  readonly score: number;
  readonly policyVersion: string;
  readonly status: 'DRAFT' | 'FINAL';
  readonly version: number;
  readonly updatedAt: string;
  readonly finalizedAt?: string;
}

export interface AssessmentInput {
  readonly hasilKerja: { readonly rating: Rating; readonly reason?: string };
  readonly perilaku: { readonly rating: Rating; readonly values: Readonly<Record<BerakhlakValue, Rating>>; readonly ekspektasiKhusus?: Partial<Record<BerakhlakValue, string>> };
  readonly feedback: string;
}

export function draftAssessment(
  current: Assessment | undefined,
  roster: RosterEntry,
  actorNip: string,
  input: AssessmentInput,
  suggestedHasilKerja: Rating | undefined,
  expectedVersion: number,
  policy: AssessmentPolicy,
  now: Date,
): Assessment {
  assertSupervisorOfRecord(roster, actorNip);
  if (current?.status === 'FINAL') throw new Conflict('Penilaian sudah final; perubahan hanya melalui keberatan atau pembukaan kembali oleh admin.');
  assertVersion(current, expectedVersion);
  const reason = input.hasilKerja.reason?.trim();
  if (suggestedHasilKerja && input.hasilKerja.rating !== suggestedHasilKerja && !reason) {
    throw new BadInput('Rating Hasil Kerja berbeda dari saran sistem; tuliskan alasannya (hasilKerja.reason).', {
      field: 'body.hasilKerja.reason',
      suggested: suggestedHasilKerja,
    });
  }
  const { rating: perilakuRating, values, ekspektasiKhusus } = input.perilaku;
  return {
    nip: roster.nip,
    periodId: roster.periodId,
    assessorNip: actorNip,
    unitId: roster.unitId,
    jabatan: roster.jabatan,
    hasilKerja: { rating: input.hasilKerja.rating, ...(suggestedHasilKerja ? { suggested: suggestedHasilKerja } : {}), ...(reason ? { reason } : {}) },
    perilaku: { rating: perilakuRating, suggested: suggestPerilaku(values, policy), values, ...(ekspektasiKhusus ? { ekspektasiKhusus } : {}) },
    feedback: input.feedback,
    predikat: predikatOf(input.hasilKerja.rating, perilakuRating),
    score: numericScore(input.hasilKerja.rating, perilakuRating, policy),
    policyVersion: policy.version,
    status: 'DRAFT',
    version: (current?.version ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
}

export function finalizeAssessment(current: Assessment | undefined, roster: RosterEntry, actorNip: string, expectedVersion: number, now: Date): Assessment {
  assertSupervisorOfRecord(roster, actorNip);
  if (!current) throw new Conflict('Belum ada penilaian untuk difinalkan; simpan penilaian terlebih dahulu.');
  if (current.status === 'FINAL') throw new Conflict('Penilaian sudah final.');
  assertVersion(current, expectedVersion);
  return { ...current, status: 'FINAL', version: current.version + 1, updatedAt: now.toISOString(), finalizedAt: now.toISOString() };
}

/**
 * BKPSDM reopens a final assessment before the period closes (a wrong click, a late correction the assessor
 * asked for): back to DRAFT for the assessor of record, with the reason kept in the audit trail. After the close
 * the lawful path is keberatan, not a reopen.
 */
export function reopenAssessment(current: Assessment | undefined, reason: string, expectedVersion: number, now: Date): Assessment {
  if (!current) throw new Conflict('Belum ada penilaian untuk dibuka kembali.');
  if (current.status !== 'FINAL') throw new Conflict('Penilaian ini belum final; penilai masih dapat mengubahnya tanpa dibuka kembali.');
  if (!reason.trim()) throw new BadInput('Tuliskan alasan membuka kembali penilaian yang sudah final.', { field: 'body.reason' });
  assertVersion(current, expectedVersion);
  const { finalizedAt: _finalizedAt, ...rest } = current;
  return { ...rest, status: 'DRAFT', version: current.version + 1, updatedAt: now.toISOString() };
}

function assertVersion(current: Assessment | undefined, expected: number): void {
  const actual = current?.version ?? 0;
  if (actual !== expected) {
    throw new Conflict(`Penilaian telah diubah di tempat lain (versi ${actual}, Anda mengirim versi ${expected}); muat ulang lalu ulangi.`, {
      currentVersion: actual,
    });
  }
}
