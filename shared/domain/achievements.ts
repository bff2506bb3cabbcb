import type { IndicatorAchievement } from './assessment-policy.ts';
import { achievement, type Skp } from './skp.ts';

export interface IndicatorProgress extends IndicatorAchievement {
  readonly name: string;
  readonly target: number;
  readonly satuan: string;
  readonly realization: number;
}

/**
 * Per SKP indicator: the period's summed realisation (kept as reports change; returned reports do not count)
 * and the capaian against the target. An indicator nobody reported on has no capaian yet.
 */
export function indicatorProgress(skp: Skp | undefined, realized: ReadonlyMap<string, number>): IndicatorProgress[] {
  if (!skp) return [];
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
