import * as z from 'zod';
import { periodId } from './common.ts';

export const PeriodPath = z.strictObject({ id: periodId });
