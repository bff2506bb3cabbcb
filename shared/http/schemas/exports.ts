import * as z from 'zod';
import { periodId, unitId } from './common.ts';

/** Every OPD, or one. */
export const TppExportQuery = z.strictObject({ period: periodId, unit: unitId.optional() });

/** One OPD at a time: each person's SKP and realisation are read. */
export const BknExportQuery = z.strictObject({ period: periodId, unit: unitId });
