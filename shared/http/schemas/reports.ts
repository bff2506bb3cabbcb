import * as z from 'zod/mini';
import { EXCLUSION_REASONS } from '../../domain/compliance.ts';
import { calendarDate, httpsUrl, nip, pageQuery, periodId, text } from './common.ts';
import { UnitPath } from './training.ts';

export const NewReportBody = z.strictObject({
  date: calendarDate,
  activity: text('Uraian kegiatan', 2000),
  indicatorId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Kode indikator hanya huruf, angka, - dan _ (paling panjang 64).'))),
  realization: z.optional(z.number('Realisasi harus berupa angka.').check(z.minimum(0, 'Realisasi tidak boleh negatif.'), z.maximum(1e9))),
  unit: z.optional(text('Satuan', 40)),
  evidenceUrl: z.optional(httpsUrl),
});

/** Several reports at once; all are checked before any is stored. */
export const NewReportsBatchBody = z.strictObject({
  reports: z.array(NewReportBody).check(z.minLength(1, 'Kirim paling sedikit satu laporan.'), z.maxLength(50, 'Paling banyak 50 laporan sekali kirim.')),
});

const reportId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Kode laporan tidak sah.'));
const version = z.number('Versi wajib diisi (angka dari laporan yang Anda muat).').check(z.int(), z.minimum(1));

/** A correction names the report's period and the version it was read at. */
export const ReviseReportBody = z.extend(NewReportBody, { periodId, version });
export const ReportPath = z.strictObject({ id: reportId });
export const WithdrawReportQuery = z.strictObject({ period: periodId, version: z.coerce.number('Versi harus berupa angka.').check(z.int(), z.minimum(1)) });

export const ReportsQuery = z.strictObject({ period: periodId, ...pageQuery });
export const ProgressQuery = z.strictObject({ period: periodId });

/** A client-chosen key that makes re-sending the same report (a draft after a dropped connection) safe. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'Idempotency-Key harus 8–64 huruf, angka, - atau _.'))),
});

export const VerifyBody = z.strictObject({
  periodId,
  status: z.enum(['SESUAI', 'DIKEMBALIKAN'], 'Status verifikasi harus SESUAI atau DIKEMBALIKAN.'),
  note: z.optional(text('Catatan', 1000)),
});

export const TeamReportsPath = z.strictObject({ nip });
export const VerifyPath = z.strictObject({ nip, id: reportId });

/** Many verdicts at once from the verification queue; a returned report still needs its note. */
export const BulkVerifyBody = z.strictObject({
  periodId,
  reports: z
    .array(z.strictObject({ nip, reportId }))
    .check(z.minLength(1, 'Pilih paling sedikit satu laporan.'), z.maxLength(30, 'Paling banyak 30 laporan sekali verifikasi.')),
  status: z.enum(['SESUAI', 'DIKEMBALIKAN'], 'Status verifikasi harus SESUAI atau DIKEMBALIKAN.'),
  note: z.optional(text('Catatan', 1000)),
});

export const ComplianceQuery = z.strictObject({ period: periodId });
export const ExclusionPath = z.extend(UnitPath, { nip });
export const ExclusionBody = z.strictObject({
  periodId,
  reason: z.enum(EXCLUSION_REASONS, 'Alasan harus CUTI, TUGAS_BELAJAR, PENSIUN atau LAINNYA.'),
  note: z.optional(text('Keterangan', 500)),
});
export const ExclusionQuery = z.strictObject({ period: periodId });
