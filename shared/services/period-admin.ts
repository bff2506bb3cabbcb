import { createPeriod, listPeriodsOfYear } from '../data/period-repository.ts';
import { Conflict } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import { periodsRequested, type PeriodRequest } from '../domain/period-setup.ts';
import { witaDateOf } from '../domain/time.ts';

export interface CreatedPeriods {
  readonly created: Period[];
  /** Periods of a generated calendar that were already there and were left as they are. */
  readonly existing: string[];
}

/**
 * Admin-defined periods. One period that already exists is a 409; generating a year's calendar
 * creates what is missing and leaves existing periods (and their status) alone. Creation is conditional,
 * so two admins doing the same at once still create each period once.
 */
export async function createPeriods(request: PeriodRequest, graceDays: number): Promise<CreatedPeriods> {
  const periods = periodsRequested(request, graceDays);
  if (!request.wholeYear) {
    const [period] = periods as [Period];
    await createPeriod(period).catch((error: unknown) => {
      throw error instanceof Conflict
        ? new Conflict(`Periode ${period.name} (${period.periodId}) sudah ada; periode yang sudah ada tidak diubah.`, { periodId: period.periodId })
        : error;
    });
    return { created: [period], existing: [] };
  }
  const outcomes = await Promise.all(
    periods.map((period) =>
      createPeriod(period).then(
        () => true,
        (error: unknown) => {
          if (error instanceof Conflict) return false;
          throw error;
        },
      ),
    ),
  );
  return { created: periods.filter((_, i) => outcomes[i]), existing: periods.filter((_, i) => !outcomes[i]).map((p) => p.periodId) };
}

/** The periods of `year`, or of the current WITA year when none is asked for. */
export async function listPeriodsForYear(requested: number | undefined, now: Date): Promise<{ year: number; items: Period[] }> {
  const year = requested ?? Number(witaDateOf(now).slice(0, 4));
  return { year, items: await listPeriodsOfYear(year) };
}
