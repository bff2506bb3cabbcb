import type { IndicatorAchievement } from './assessment-policy.ts';
import type { ActivityReport } from './report.ts';
import { achievement, type Skp } from './skp.ts';

export interface IndicatorProgress extends IndicatorAchievement {
  readonly name: string;
  readonly target: number;
  readonly satuan: string;
  readonly realization: number;
}

/**
 * Per SKP indicator: the period's summed realisation from reports and the capaian against the target.
 * Reports returned by the supervisor (DIKEMBALIKAN) do not count.
 */
export function indicatorProgress(skp: Skp | undefined, reports: readonly ActivityReport[]): IndicatorProgress[] {
  if (!skp) return [];
  const realized = new Map<string, number>();
  for (const report of reports) {
    if (report.indicatorId === undefined || report.realization === undefined || report.status === 'DIKEMBALIKAN') continue;
    realized.set(report.indicatorId, (realized.get(report.indicatorId) ?? 0) + report.realization);
  }
  return skp.rhk.flatMap((row) =>
    row.indicators.map((indicator) => {
      const realization = realized.get(indicator.indicatorId);
      return {
        indicatorId: indicator.indicatorId,
        rhkKind: row.kind,
        name: indicator.name,
        target: indicator.target,
        satuan: indicator.satuan,
        realization: realization ?? 0,
        ...(realization === undefined ? {} : { achievement: achievement(indicator, realization) }),
      };
    }),
  );
}
