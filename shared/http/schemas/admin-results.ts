import * as z from 'zod';
import { periodId } from './common.ts';

export const UnitResultsQuery = z.strictObject({ period: periodId, unit: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Kode unit tidak sah.') });
