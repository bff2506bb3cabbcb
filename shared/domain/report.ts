import { BadInput, Invalid } from './errors.ts';
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
