import * as z from 'zod';
import { periodId, unitId } from './common.ts';

export const SummaryQuery = z.strictObject({ period: periodId });

/** `unit`: also that OPD's published row in each period. */
export const TrendQuery = z.strictObject({
  year: z.coerce.number('Tahun harus berupa angka.').int('Tahun harus bilangan bulat.').min(2020, 'Tahun paling awal 2020.').max(2100, 'Tahun paling akhir 2100.'),
  unit: unitId.optional(),
});
