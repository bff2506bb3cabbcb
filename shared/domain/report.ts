import { BadInput, Conflict, Invalid } from './errors.ts';
import type { Skp } from './skp.ts';
import type { IsoDate } from './time.ts';

/** One entry of e-reporting: what the employee did on a day, with optional realisation and evidence. */
export interface ActivityReport {
  readonly reportId: string;
  readonly nip: string;
  readonly periodId: string;
  readonly date: IsoDate;
  readonly activity: string;
  readonly indicatorId?: string;
  readonly realization?: number;
  /** Satuan of the realisation, e.g. "dokumen", "%". */
  readonly unit?: string;
  readonly evidenceUrl?: string;
  readonly status: ReportStatus;
  readonly createdAt: string;
  /** Optimistic concurrency: every change names the version it read. Reports stored before versions existed read as 1. */
  readonly version?: number;
  readonly updatedAt?: string;
  readonly verifiedBy?: string;
  readonly verifiedAt?: string;
  /** Why the supervisor returned it (DIKEMBALIKAN), shown to the employee. */
  readonly verificationNote?: string | null;
}

export const REPORT_STATUSES = ['DIAJUKAN', 'SESUAI', 'DIKEMBALIKAN'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type NewReport = Pick<ActivityReport, 'date' | 'activity' | 'indicatorId' | 'realization' | 'unit' | 'evidenceUrl'>;

/** Work is reported as it happens or after: never for a day that has not come yet (WITA). */
export function assertReportable(report: NewReport, today: IsoDate): void {
  if (report.date > today) {
    throw new Invalid(`Tanggal laporan ${report.date} belum terjadi; laporkan pekerjaan pada hari itu atau sesudahnya.`, {
      field: 'date',
    });
  }
  if (report.realization !== undefined && report.indicatorId === undefined) {
    throw new Invalid('Realisasi hanya dapat diisi bersama indikator (indicatorId) yang dicapai.', { field: 'realization' });
  }
}

export type Verdict = { readonly status: 'SESUAI'; readonly note?: string } | { readonly status: 'DIKEMBALIKAN'; readonly note: string };

/** A supervisor's verdict on a report; returning one needs a note the employee can act on. */
export function assertVerdict(verdict: { status: 'SESUAI' | 'DIKEMBALIKAN'; note?: string }): asserts verdict is Verdict {
  if (verdict.status === 'DIKEMBALIKAN' && !verdict.note?.trim()) {
    throw new BadInput('Tuliskan catatan saat mengembalikan laporan, agar pegawai tahu apa yang harus diperbaiki.', { field: 'body.note' });
  }
}

export function versionOf(report: ActivityReport): number {
  return report.version ?? 1;
}

/**
 * The employee may change or withdraw a report until the supervisor accepts it (SESUAI); a returned one
 * (DIKEMBALIKAN) is corrected and goes back to the supervisor. The version guards against two tabs at once.
 */
export function assertChangeableByOwner(report: ActivityReport, expectedVersion: number): void {
  if (report.status === 'SESUAI') {
    throw new Conflict('Laporan ini sudah diverifikasi atasan (Sesuai) dan tidak dapat diubah atau dihapus lagi.', { status: report.status });
  }
  assertReportVersion(report, expectedVersion);
}

export function assertReportVersion(report: ActivityReport, expectedVersion: number): void {
  const actual = versionOf(report);
  if (actual !== expectedVersion) {
    throw new Conflict(`Laporan telah diubah di tempat lain (versi ${actual}, Anda mengirim versi ${expectedVersion}); muat ulang lalu ulangi.`, {
      currentVersion: actual,
    });
  }
}

/** The corrected report: back to the supervisor (DIAJUKAN), the earlier verdict cleared. */
export function revisedReport(current: ActivityReport, changes: NewReport, now: Date): ActivityReport {
  const { verifiedBy: _by, verifiedAt: _at, verificationNote: _note, indicatorId: _i, realization: _r, unit: _u, evidenceUrl: _e, ...kept } = current;
  return { ...kept, ...changes, status: 'DIAJUKAN', version: versionOf(current) + 1, updatedAt: now.toISOString() };
}

/** An indicator may be reported against only when it is in the reporter's approved SKP for the year. */
export function assertIndicatorsInPlan(reports: readonly Pick<NewReport, 'indicatorId'>[], skp: Skp | undefined, year: number, fieldOf = (_index: number) => 'indicatorId'): void {
  const known = new Set(skp?.rhk.flatMap((row) => row.indicators.map((indicator) => indicator.indicatorId)) ?? []);
  reports.forEach((report, index) => {
    if (report.indicatorId === undefined || known.has(report.indicatorId)) return;
    throw new Invalid(
      skp
        ? `Indikator ${report.indicatorId} tidak ada dalam SKP ${year} Anda yang disetujui; pilih indikator dari SKP.`
        : `Anda belum memiliki SKP ${year} yang disetujui atasan; laporan tanpa indikator tetap dapat dikirim.`,
      { field: fieldOf(index) },
    );
  });
}
