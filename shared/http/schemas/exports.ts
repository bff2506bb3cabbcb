import * as z from 'zod/mini';
import { periodId, unitId } from './common.ts';

/** Every OPD, or one. */
export const TppExportQuery = z.strictObject({ period: periodId, unit: z.optional(unitId) });

/** One OPD at a time: each person's SKP and realisation are read. */
export const BknExportQuery = z.strictObject({ period: periodId, unit: unitId });
