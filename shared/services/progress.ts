import { realizationByIndicator } from '../data/report-totals-repository.ts';
import { getApprovedSkp } from '../data/skp-repository.ts';
import { indicatorProgress, realizationScope } from '../domain/achievements.ts';
import type { Period } from '../domain/period.ts';

/**
 * A person's capaian in a period, per indicator of the approved SKP against the period's target (achievements.ts),
 * from the running totals: what the supervisor's assessment screen and the employee's own progress both show. Two reads.
 */
export async function periodProgress(nip: string, period: Period) {
  const [skp, realized] = await Promise.all([getApprovedSkp(nip, period.year), realizationByIndicator(nip, realizationScope(period))]);
  return { skp, indicators: indicatorProgress(skp, realized, period.kind) };
}
