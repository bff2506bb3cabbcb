import * as z from 'zod/mini';
import { periodId, unitId } from './common.ts';

export const UnitReportPath = z.strictObject({ unitId });
export const UnitReportQuery = z.strictObject({ period: periodId });
