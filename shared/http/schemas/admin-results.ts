import * as z from 'zod/mini';
import { pageQuery, periodId, unitId } from './common.ts';

export const UnitResultsQuery = z.strictObject({ period: periodId, unit: unitId });

export const UnitResultsPageQuery = z.strictObject({ period: periodId, unit: unitId, ...pageQuery });
