import * as z from 'zod/mini';
import { periodId } from './common.ts';

export const ResultsQuery = z.strictObject({ period: z.optional(periodId) });
