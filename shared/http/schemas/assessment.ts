import * as z from 'zod';
import { BERAKHLAK_KEYS } from '../../domain/berakhlak.ts';
import { RATINGS } from '../../domain/quadrant.ts';
import { nip, periodId, text } from './common.ts';

const rating = z.enum(RATINGS, 'Rating harus DI_ATAS, SESUAI atau DI_BAWAH.');
const perValue = <T extends z.ZodType>(schema: T) => z.strictObject(Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, schema])) as Record<(typeof BERAKHLAK_KEYS)[number], T>);

export const AssessmentBody = z.strictObject({
  hasilKerja: z.strictObject({ rating, reason: text('Alasan', 2000).optional() }),
  perilaku: z.strictObject({
    rating,
    values: perValue(rating),
    ekspektasiKhusus: perValue(text('Ekspektasi khusus pimpinan', 1000)).partial().optional(),
  }),
  feedback: text('Umpan balik', 4000),
  version: z.number().int().min(0),
});

export const FinalizeBody = z.strictObject({ version: z.number().int().min(1) });
export const AssessmentPath = z.strictObject({ nip, periodId });
export const PeriodQuery = z.strictObject({ period: periodId });

export const ReopenBody = z.strictObject({ reason: text('Alasan membuka kembali', 2000), version: z.number('Versi wajib diisi (angka dari penilaian yang Anda muat).').int().min(1) });
