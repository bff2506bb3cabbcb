import * as z from 'zod/mini';

/**
 * The domain events on the bus: their detail types and the zod schemas of their `detail`.
 * Publishers validate before sending and consumers parse on receipt, so a contract change breaks tests, not production.
 */
const periodId = z.string().check(z.minLength(4), z.maxLength(10));
const nip = z.string().check(z.regex(/^\d{18}$/));
const unitId = z.string().check(z.minLength(1), z.maxLength(64));

export const CONTRACTS = {
  /** One unit of a closing period is to be scored (the close fans out by unit). */
  UnitScoringRequested: z.object({ periodId, unitId, requestedAt: z.iso.datetime() }),
  /** An employee's result for a period was written (or re-written by a keberatan decision). */
  ResultScored: z.object({
    periodId,
    nip,
    unitId,
    predikat: z.nullable(z.enum(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'])),
    decisions: z.array(z.enum(['PENGHARGAAN', 'TERBAIK', 'PEMBINAAN', 'REKOMENDASI_SANKSI', 'BELUM_DINILAI'])),
    revision: z.number().check(z.int(), z.minimum(1)),
  }),
  /** Every unit of the period is scored and the period is CLOSED. */
  PeriodClosed: z.object({ periodId, closedAt: z.iso.datetime(), units: z.number().check(z.int(), z.minimum(0)), employees: z.number().check(z.int(), z.minimum(0)) }),
} as const;

export type DetailType = keyof typeof CONTRACTS;
export type Detail<T extends DetailType> = z.infer<(typeof CONTRACTS)[T]>;
