import { markClosed, markClosing, recordUnitScored } from '../shared/data/close-repository.ts';
import { createPeriod } from '../shared/data/period-repository.ts';
import type { Period } from '../shared/domain/period.ts';

export type UnitOutcome = { readonly counts: Readonly<Record<string, number>>; readonly reported?: number };

/**
 * A period closed by the close path's own repository steps (OPEN → CLOSING → each unit counted → CLOSED)
 * with the given predikat counts per unit, without scoring anyone: for the aggregate views, which read only
 * the per-unit counts the close records.
 */
export async function seedClosedPeriod(period: Period, units: Readonly<Record<string, UnitOutcome>>, closedAt = new Date()): Promise<void> {
  await createPeriod({ ...period, status: 'OPEN' });
  await markClosing(period.periodId, Object.keys(units), closedAt);
  for (const [unitId, outcome] of Object.entries(units)) {
    const employees = Object.values(outcome.counts).reduce((sum, n) => sum + n, 0);
    await recordUnitScored(period.periodId, {
      unitId,
      employees,
      reported: outcome.reported ?? employees,
      counts: outcome.counts,
      curveWarnings: [],
      scoredAt: closedAt.toISOString(),
    });
  }
  if (!(await markClosed(period.periodId, closedAt))) throw new Error(`${period.periodId} did not close`);
}
