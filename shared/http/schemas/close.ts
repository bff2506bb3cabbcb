import * as z from 'zod/mini';
import { periodId, text } from './common.ts';

export const PeriodPath = z.strictObject({ id: periodId });

/** Why BKPSDM reopens a closed period, and optionally until when (default: a week, to 23:59 WITA). */
export const ReopenPeriodBody = z.strictObject({
  reason: text('Alasan membuka kembali periode', 2000),
  closesAt: z.optional(z.iso.datetime({ offset: true, error: 'closesAt harus waktu ISO 8601 dengan zona, mis. 2026-12-12T23:59:00+08:00.' })),
});
