import { closeRoundOf, listScoredUnits, type ClosingPeriod } from '../data/close-repository.ts';
import { listPeriodsOfYear } from '../data/period-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { PUBLIC_LABELS, PUBLIC_SOURCE, publishedTable } from './public-summary.ts';

/**
 * The closed periods of a year, oldest first, each with the city's published figures (and, when asked, one
 * OPD's row), for the public trend chart and the page's period list. Each period is suppressed as its own
 * summary is, so the two never disagree and the trend reveals nothing the summaries do not.
 * At most 17 periods a year: one query for the periods, one for the units, one per closed period.
 */
export async function publicTrend(year: number, threshold: number, unitId?: string) {
  const [periods, units] = await Promise.all([listPeriodsOfYear(year) as Promise<ClosingPeriod[]>, listUnits()]);
  if (unitId && !units.some((unit) => unit.unitId === unitId)) throw new NotFound(`Unit ${unitId} tidak ditemukan.`);
  const closed = periods.filter((period) => period.status === 'CLOSED').sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.periodId.localeCompare(b.periodId));
  const points = await Promise.all(
    closed.map(async (period) => {
      const table = publishedTable(units, await listScoredUnits(period.periodId, closeRoundOf(period)), threshold);
      return {
        periodId: period.periodId,
        name: period.name,
        kind: period.kind,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        closedAt: period.closedAt ?? null,
        unitsPublished: table.units.length,
        unitsWithheld: table.unitsWithheld,
        employees: table.cityEmployees,
        reportingRatePercent: table.cityReportingRatePercent,
        distribution: table.cityTotals,
        ...(unitId ? { unit: table.units.find((row) => row.unitId === unitId) ?? null } : {}),
      };
    }),
  );
  const lastClosedAt = points.reduce<string | null>((latest, point) => (point.closedAt && (!latest || point.closedAt > latest) ? point.closedAt : latest), null);
  return { year, threshold, labels: PUBLIC_LABELS, periods: points, lastClosedAt, source: PUBLIC_SOURCE };
}
