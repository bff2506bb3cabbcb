import * as z from 'zod/mini';
import { BERAKHLAK_KEYS } from '../../domain/berakhlak.ts';
import { RATINGS } from '../../domain/quadrant.ts';
import { nip, periodId, text } from './common.ts';

const rating = z.enum(RATINGS, 'Rating harus DI_ATAS, SESUAI atau DI_BAWAH.');
const perValue = <T extends z.ZodMiniType>(schema: T) => z.strictObject(Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, schema])) as Record<(typeof BERAKHLAK_KEYS)[number], T>);

export const AssessmentBody = z.strictObject({
  hasilKerja: z.strictObject({ rating, reason: z.optional(text('Alasan', 2000)) }),
  perilaku: z.strictObject({
    rating,
    values: perValue(rating),
    ekspektasiKhusus: z.optional(z.partial(perValue(text('Ekspektasi khusus pimpinan', 1000)))),
  }),
  feedback: text('Umpan balik', 4000),
  version: z.number().check(z.int(), z.minimum(0)),
});

export const FinalizeBody = z.strictObject({ version: z.number().check(z.int(), z.minimum(1)) });
export const AssessmentPath = z.strictObject({ nip, periodId });
export const PeriodQuery = z.strictObject({ period: periodId });

/** Without `version` (BKPSDM reopening from a unit's results, which show no assessment version), the final assessment as it stands. */
export const ReopenBody = z.strictObject({ reason: text('Alasan membuka kembali', 2000), version: z.optional(z.number('Versi harus berupa angka dari penilaian yang Anda muat.').check(z.int(), z.minimum(1))) });
