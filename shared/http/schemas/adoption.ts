import * as z from 'zod/mini';
import { calendarDate, periodId } from './common.ts';

/** `week`: any day of the week wanted (default today, WITA); `period`: whose assessments to count (default the one containing the week's Monday). */
export const AdoptionQuery = z.strictObject({ week: z.optional(calendarDate), period: z.optional(periodId) });
