import { contains, type Period } from '../domain/period.ts';
import type { IsoDate } from '../domain/time.ts';
import { listPeriodsEndingOnOrAfter } from '../data/period-repository.ts';

const TTL_MS = 60_000;
let cached: { at: number; periods: Period[] } | undefined;

/**
 * Periods that may contain `date`, from a per-process cache of the periods around now.
 * Period boundaries never change once created, so a cached boundary is safe; whether a period is
 * still OPEN is checked at write time by a condition, never taken from this cache.
 * A date the cache does not cover (or an empty result) is always looked up fresh.
 */
export async function periodsAround(date: IsoDate, nowMs: number): Promise<Period[]> {
  if (cached && nowMs - cached.at < TTL_MS && cached.periods.some((p) => p.kind !== 'TAHUNAN' && contains(p, date))) {
    return cached.periods;
  }
  const periods = await listPeriodsEndingOnOrAfter(date);
  cached = { at: nowMs, periods };
  return periods;
}

export function forgetCachedPeriods(): void {
  cached = undefined;
}
