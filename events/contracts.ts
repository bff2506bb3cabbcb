import * as z from 'zod';

/**
 * The domain events on the bus: their detail types and the zod schemas of their `detail`.
 * Publishers validate before sending and consumers parse on receipt, so a contract change breaks tests, not production.
 */
const periodId = z.string().min(4).max(10);
const nip = z.string().regex(/^\d{18}$/);
const unitId = z.string().min(1).max(64);

export const CONTRACTS = {
  /** One unit of a closing period is to be scored (the close fans out by unit). */
  UnitScoringRequested: z.object({ periodId, unitId, requestedAt: z.iso.datetime() }),
  /** An employee's result for a period was written (or re-written by a keberatan decision). */
  ResultScored: z.object({
    periodId,
    nip,
    unitId,
    predikat: z.enum(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']).nullable(),
    decisions: z.array(z.enum(['PENGHARGAAN', 'TERBAIK', 'PEMBINAAN', 'REKOMENDASI_SANKSI', 'BELUM_DINILAI'])),
    revision: z.number().int().min(1),
  }),
  /** Every unit of the period is scored and the period is CLOSED. */
  PeriodClosed: z.object({ periodId, closedAt: z.iso.datetime(), units: z.number().int().min(0), employees: z.number().int().min(0) }),
} as const;

export type DetailType = keyof typeof CONTRACTS;
export type Detail<T extends DetailType> = z.infer<(typeof CONTRACTS)[T]>;
