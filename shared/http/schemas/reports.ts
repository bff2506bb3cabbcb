import * as z from 'zod';
import { calendarDate, httpsUrl, pageQuery, periodId, text } from './common.ts';

export const NewReportBody = z.strictObject({
  date: calendarDate,
  activity: text('Uraian kegiatan', 2000),
  indicatorId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Kode indikator hanya huruf, angka, - dan _ (paling panjang 64).').optional(),
  realization: z.number('Realisasi harus berupa angka.').finite().min(0, 'Realisasi tidak boleh negatif.').max(1e9).optional(),
  unit: text('Satuan', 40).optional(),
  evidenceUrl: httpsUrl.optional(),
});

export const ReportsQuery = z.strictObject({ period: periodId, ...pageQuery });
