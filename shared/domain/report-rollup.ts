import type { ActivityReport } from './report.ts';

/**
 * What a report contributes to the running totals kept beside it, so achievements and the compliance view
 * never re-read every report: the realisation per SKP indicator, and the person's report counts per period.
 * A change of a report (new, edited, verified, returned, withdrawn) moves the totals by after − before.
 */
export interface ReportChange {
  readonly before?: ActivityReport;
  readonly after?: ActivityReport;
}

/** Reports returned by the supervisor (DIKEMBALIKAN) do not count toward an indicator until corrected. */
function realizationOf(report: ActivityReport | undefined): { indicatorId: string; realization: number } | undefined {
  if (!report || report.indicatorId === undefined || report.realization === undefined || report.status === 'DIKEMBALIKAN') return undefined;
  return { indicatorId: report.indicatorId, realization: report.realization };
}

export interface IndicatorDelta {
  readonly nip: string;
  readonly periodId: string;
  readonly indicatorId: string;
  readonly realization: number;
  readonly reports: number;
}

export interface CountDelta {
  readonly nip: string;
  readonly periodId: string;
  readonly reports: number;
  /** Reports waiting for the supervisor (DIAJUKAN). */
  readonly unverified: number;
  readonly returned: number;
  /** Set when the change brings a new report: the compliance view's "reported lately". */
  readonly lastReportedAt?: string;
}

const indicatorKey = (d: Pick<IndicatorDelta, 'nip' | 'periodId' | 'indicatorId'>) => `${d.nip}|${d.periodId}|${d.indicatorId}`;
const personKey = (d: Pick<CountDelta, 'nip' | 'periodId'>) => `${d.nip}|${d.periodId}`;

/** The net movement of every total touched by a set of changes, one entry per total, zero movements dropped. */
export function rollupDeltas(changes: readonly ReportChange[]): { indicators: IndicatorDelta[]; counts: CountDelta[] } {
  const indicators = new Map<string, IndicatorDelta>();
  const counts = new Map<string, CountDelta>();
  const moveIndicator = (report: ActivityReport, sign: 1 | -1) => {
    const part = realizationOf(report);
    if (!part) return;
    const key = indicatorKey({ nip: report.nip, periodId: report.periodId, ...part });
    const current = indicators.get(key) ?? { nip: report.nip, periodId: report.periodId, indicatorId: part.indicatorId, realization: 0, reports: 0 };
    indicators.set(key, { ...current, realization: current.realization + sign * part.realization, reports: current.reports + sign });
  };
  const moveCount = (report: ActivityReport, sign: 1 | -1, lastReportedAt?: string) => {
    const key = personKey(report);
    const current = counts.get(key) ?? { nip: report.nip, periodId: report.periodId, reports: 0, unverified: 0, returned: 0 };
    counts.set(key, {
      ...current,
      reports: current.reports + sign,
      unverified: current.unverified + (report.status === 'DIAJUKAN' ? sign : 0),
      returned: current.returned + (report.status === 'DIKEMBALIKAN' ? sign : 0),
      ...(lastReportedAt ? { lastReportedAt } : {}),
    });
  };
  for (const { before, after } of changes) {
    if (before) {
      moveIndicator(before, -1);
      moveCount(before, -1);
    }
    if (after) {
      moveIndicator(after, 1);
      moveCount(after, 1, before ? undefined : after.createdAt);
    }
  }
  return {
    indicators: [...indicators.values()].map((d) => ({ ...d, realization: asWritten(d.realization) })).filter((d) => d.reports !== 0 || d.realization !== 0),
    counts: [...counts.values()].filter((d) => d.reports !== 0 || d.unverified !== 0 || d.returned !== 0 || d.lastReportedAt !== undefined),
  };
}

/** Sums of decimals drift in binary (0.1 + 0.2 is 0.30000000000000004); people write at most six decimals. */
function asWritten(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0;
}
