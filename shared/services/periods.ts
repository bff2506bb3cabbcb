import { createPeriod, getPeriod } from '../data/period-repository.ts';
import { Conflict } from '../domain/errors.ts';
import { definePeriod, type Period, type PeriodKind } from '../domain/period.ts';
import { witaDateOf } from '../domain/time.ts';
import { recordPeriodRoster } from './roster.ts';

export interface PeriodSettings {
  readonly kind: Exclude<PeriodKind, 'TAHUNAN'>;
  readonly graceDays: number;
}

/**
 * Makes sure the periodic period containing today (WITA) and the year's annual period exist.
 * Idempotent: creation is conditional, so a re-run or two concurrent runs create each period once.
 * A new period records its roster (who is assessed by whom) as of its opening.
 */
export async function ensureCurrentPeriods(now: Date, settings: PeriodSettings): Promise<{ created: string[] }> {
  const today = witaDateOf(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const index = settings.kind === 'BULANAN' ? month : Math.ceil(month / 3);
  const wanted: Period[] = [definePeriod(settings.kind, year, index, settings.graceDays), definePeriod('TAHUNAN', year, 1, settings.graceDays)];
  const created: string[] = [];
  for (const period of wanted) {
    if (await getPeriod(period.periodId)) continue;
    try {
      await createPeriod(period);
      created.push(period.periodId);
      await recordPeriodRoster(period.periodId, now);
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  return { created };
}
