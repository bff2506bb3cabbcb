import * as z from 'zod/mini';
import { ORG_PREDIKATS } from '../../domain/curve.ts';

export const OrgPredikatBody = z.strictObject({
  orgPredikat: z.enum(ORG_PREDIKATS, 'Predikat organisasi harus ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG.'),
});
