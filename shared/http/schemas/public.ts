import * as z from 'zod';
import { periodId } from './common.ts';

export const SummaryQuery = z.strictObject({ period: periodId });
