import * as z from 'zod/mini';
import { RATINGS } from '../../domain/quadrant.ts';
import { periodId, text } from './common.ts';

const rating = z.enum(RATINGS, 'Rating harus DI_ATAS, SESUAI atau DI_BAWAH.');

export const NewAppealBody = z.strictObject({ periodId, reason: text('Alasan keberatan', 4000) });
export const ExplanationBody = z.strictObject({ text: text('Penjelasan', 4000) });
export const DecisionBody = z.discriminatedUnion(
  'outcome',
  [
    z.strictObject({ outcome: z.literal('DIPERTAHANKAN'), reason: text('Alasan putusan', 4000) }),
    z.strictObject({ outcome: z.literal('DIUBAH'), hasilKerja: rating, perilaku: rating, reason: text('Alasan putusan', 4000) }),
  ],
  'Putusan harus DIPERTAHANKAN atau DIUBAH (dengan rating baru).',
);
export const AppealPath = z.strictObject({ id: z.string().check(z.regex(/^\d{18}_\d{4}(-(0[1-9]|1[0-2])|-TW[1-4])?$/, 'Kode keberatan tidak sah.')) });
