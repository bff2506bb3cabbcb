import * as z from 'zod';
import { periodId } from './common.ts';

export const ResultsQuery = z.strictObject({ period: periodId.optional() });
