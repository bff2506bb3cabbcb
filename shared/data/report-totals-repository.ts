import type { RealizationTotal } from '../domain/achievements.ts';
import { queryAll } from './pagination.ts';
import { getAll } from './batch.ts';
import { tableName } from './client.ts';
import { employeeKey, indicatorTotalsOfPeriodPrefix, indicatorTotalsOfYearPrefix, reportCountsKey } from './keys.ts';

/**
 * The running totals that report changes keep in the same transaction (report-repository.ts), read here
 * so achievements and the compliance view never re-read every report.
 */

/**
 * Per SKP indicator in a period, or across a year's periods for the annual evaluation: the summed realisation and
 * the number of reports behind it, so a level indicator can be averaged (achievements.ts). One Query.
 */
export async function realizationByIndicator(nip: string, scope: { periodId: string } | { year: number }): Promise<Map<string, RealizationTotal>> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':prefix': 'periodId' in scope ? indicatorTotalsOfPeriodPrefix(scope.periodId) : indicatorTotalsOfYearPrefix(scope.year) },
  });
  const totals = new Map<string, RealizationTotal>();
  for (const item of items) {
    // A total whose reports were all withdrawn stays behind with 0 reports: it is not a realisation.
    if (Number(item.reports) <= 0) continue;
    const indicatorId = String(item.indicatorId);
    const counted = totals.get(indicatorId) ?? { sum: 0, reports: 0 };
    totals.set(indicatorId, { sum: roundTotal(counted.sum + Number(item.realization)), reports: counted.reports + Number(item.reports) });
  }
  return totals;
}

export interface ReportCounts {
  readonly nip: string;
  readonly reports: number;
  readonly unverified: number;
  readonly returned: number;
  readonly lastReportedAt?: string;
}

/** Report counts of many people in one period: BatchGet, 100 keys a request. People with no report are absent. */
export async function reportCountsOf(nips: readonly string[], periodId: string): Promise<Map<string, ReportCounts>> {
  const items = await getAll([...new Set(nips)].map((nip) => reportCountsKey(nip, periodId)));
  return new Map(
    items.map((item) => [
      String(item.nip),
      {
        nip: String(item.nip),
        reports: Number(item.reports ?? 0),
        unverified: Number(item.unverified ?? 0),
        returned: Number(item.returned ?? 0),
        ...(item.lastReportedAt ? { lastReportedAt: String(item.lastReportedAt) } : {}),
      },
    ]),
  );
}

/** Decimal sums as people write them (12.5 + 0.1 is 12.6). */
function roundTotal(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
