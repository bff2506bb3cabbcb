import * as z from 'zod';
import { calendarDate, httpsUrl, nip, pageQuery, periodId, text } from './common.ts';

export const NewReportBody = z.strictObject({
  date: calendarDate,
  activity: text('Uraian kegiatan', 2000),
  indicatorId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Kode indikator hanya huruf, angka, - dan _ (paling panjang 64).').optional(),
  realization: z.number('Realisasi harus berupa angka.').finite().min(0, 'Realisasi tidak boleh negatif.').max(1e9).optional(),
  unit: text('Satuan', 40).optional(),
  evidenceUrl: httpsUrl.optional(),
});

export const ReportsQuery = z.strictObject({ period: periodId, ...pageQuery });

/** A client-chosen key that makes re-sending the same report (a draft after a dropped connection) safe. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Idempotency-Key harus 8–64 huruf, angka, - atau _.').optional(),
});

export const VerifyBody = z.strictObject({
  periodId,
  status: z.enum(['SESUAI', 'DIKEMBALIKAN'], 'Status verifikasi harus SESUAI atau DIKEMBALIKAN.'),
  note: text('Catatan', 1000).optional(),
});

export const TeamReportsPath = z.strictObject({ nip });
export const VerifyPath = z.strictObject({ nip, id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Kode laporan tidak sah.') });
