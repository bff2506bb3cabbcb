import type { IndicatorAchievement } from './assessment-policy.ts';
import { yearShareOf, type Period, type PeriodKind } from './period.ts';
import { achievement, type Indicator, type Skp } from './skp.ts';

/**
 * What the running totals hold for one SKP indicator in a period, or across a year's periods for the annual
 * evaluation: the sum of the realisations its counted reports carry, and how many reports that is.
 */
export interface RealizationTotal {
  readonly sum: number;
  readonly reports: number;
}

/** How a period's reports make its realisation: added up (JUMLAH) or averaged (RATA_RATA). */
export type Measure = 'JUMLAH' | 'RATA_RATA';

export interface IndicatorProgress extends IndicatorAchievement {
  readonly name: string;
  /** The annual target, as written in the SKP. */
  readonly target: number;
  /** What this period is measured against: the annual target's share of the year (JUMLAH) or the target itself (RATA_RATA). */
  readonly periodTarget: number;
  readonly satuan: string;
  readonly measure: Measure;
  /** The period's realisation under its measure; 0 while nothing was reported. */
  readonly realization: number;
}

const PERCENTAGE = /%|persen/i;

/**
 * SKP targets are annual, but the periodic evaluations are monthly or quarterly, so a period needs its own yardstick:
 * - An indicator ACCUMULATES (JUMLAH) when its aspek is KUANTITAS and its satuan is not a percentage: documents,
 *   cases, classes. The period's realisation is the sum of its reports, and its target is the annual target times
 *   the period's share of the year (yearShareOf): 12 dokumen a year and 3 reported in a month is 3 against 1, 300 %.
 * - Anything else is a LEVEL (RATA_RATA): KUALITAS, WAKTU and BIAYA, and any percentage ('%', 'persen'), such as
 *   "cakupan imunisasi 95 %". Each report states the level reached, so adding them up means nothing (90 % + 92 % is
 *   not 182 %): the period's realisation is their average, against the annual target unchanged (90 % and 92 %
 *   against 95 % is 91 %, 95,79 %).
 * The annual evaluation (TAHUNAN, the whole year's share) reads the totals of all the year's periods: the year's sum
 * against the annual target, or the average of all the year's reports. Capaian respects the indicator's direction
 * (achievement()), for lower-is-better time or cost.
 */
export function measureOf(indicator: Pick<Indicator, 'aspek' | 'satuan'>): Measure {
  return indicator.aspek === 'KUANTITAS' && !PERCENTAGE.test(indicator.satuan) ? 'JUMLAH' : 'RATA_RATA';
}

/** Which running totals a period's capaian reads: the annual evaluation the whole year's, any other its own. */
export function realizationScope(period: Pick<Period, 'kind' | 'year' | 'periodId'>): { periodId: string } | { year: number } {
  return period.kind === 'TAHUNAN' ? { year: period.year } : { periodId: period.periodId };
}

/**
 * Per SKP indicator: the period's realisation under measureOf's rule, from the running totals kept as reports
 * change (returned reports do not count), and the capaian against the period's target. An indicator nobody
 * reported on has no capaian yet.
 */
export function indicatorProgress(skp: Skp | undefined, realized: ReadonlyMap<string, RealizationTotal>, kind: PeriodKind): IndicatorProgress[] {
  if (!skp) return [];
  return skp.rhk.flatMap((row) =>
    row.indicators.map((indicator) => {
      const measure = measureOf(indicator);
      // Capaian is worked out from the exact figures; the published ones are rounded as people write them.
      const periodTarget = measure === 'JUMLAH' ? indicator.target * yearShareOf(kind) : indicator.target;
      const total = realized.get(indicator.indicatorId);
      const realization = total === undefined || total.reports <= 0 ? undefined : measure === 'JUMLAH' ? total.sum : total.sum / total.reports;
      return {
        indicatorId: indicator.indicatorId,
        rhkKind: row.kind,
        name: indicator.name,
        target: indicator.target,
        periodTarget: asWritten(periodTarget),
        satuan: indicator.satuan,
        measure,
        realization: asWritten(realization ?? 0),
        ...(realization === undefined ? {} : { achievement: achievement({ target: periodTarget, direction: indicator.direction }, realization) }),
      };
    }),
  );
}

/** People write at most six decimals: 10/12 is shown as 0,833333, not 0.8333333333333334. */
function asWritten(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
