import * as z from 'zod/mini';
import { periodId, unitId } from './common.ts';

export const SummaryQuery = z.strictObject({ period: periodId });

/** `unit`: also that OPD's published row in each period. */
export const TrendQuery = z.strictObject({
  year: z.coerce.number('Tahun harus berupa angka.').check(z.int('Tahun harus bilangan bulat.'), z.minimum(2020, 'Tahun paling awal 2020.'), z.maximum(2100, 'Tahun paling akhir 2100.')),
  unit: z.optional(unitId),
});
