import { describe, expect, it } from 'vitest';
import { putAll } from '../../shared/data/batch.ts';
import { getClosingPeriod } from '../../shared/data/close-repository.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { reportCountsOf } from '../../shared/data/report-totals-repository.ts';
import { listUnitResults } from '../../shared/data/result-repository.ts';
import { unitItem } from '../../shared/data/unit-repository.ts';
import { closeDuePeriods } from '../../shared/services/close.ts';
import { publicTrend } from '../../shared/services/public-trend.ts';
import { unitReport } from '../../shared/services/unit-report.ts';
import { demoOrganisation } from './demo-org.ts';
import { seedClosedHistory } from './seed-history.ts';

describe("the demo seed's closed history", () => {
  it('closes the last three periods past their closesAt, so the public page, exports and unit reports have data', async () => {
    // The demo organisation with two staff per bidang (about 100 people): the same shape, a third of the writes.
    const org = demoOrganisation(2);
    await putAll([...org.units.map(unitItem), ...org.employees.map(employeeItem)]);
    const now = new Date('2026-11-20T03:00:00Z');
    expect(await seedClosedHistory(org, now, { kind: 'BULANAN', graceDays: 5 })).toEqual(['2026-08', '2026-09', '2026-10']);

    const trend = await publicTrend(2026, 5);
    // October closed on 5 November; November is still open.
    expect(trend.periods.map((p) => p.periodId)).toEqual(['2026-08', '2026-09', '2026-10']);
    for (const point of trend.periods) {
      expect(point.unitsPublished).toBe(org.units.length);
      expect(point.employees).toBe(org.employees.length);
      expect(point.distribution.BAIK).toBeGreaterThan(30);
      expect(point.reportingRatePercent).toBeGreaterThan(70);
    }
    expect(await getClosingPeriod('2026-10')).toMatchObject({ status: 'CLOSED', closedAt: '2026-11-05T15:59:00.000Z', unitsDone: org.units.length });
    // PeriodClosed counts as announced: the next close run has nothing to publish for them, and an admin may reopen one.
    for (const periodId of ['2026-08', '2026-09', '2026-10']) expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSED', closedEvent: 'PUBLISHED' });
    expect((await closeDuePeriods(now)).closing).toEqual([]);

    // The unit report reads the same period from the roster, the assessments, the results and the report counts.
    const admin = org.employees.find((e) => e.roles.includes('admin'))!;
    const report = await unitReport({ sub: admin.nip, nip: admin.nip, roles: ['admin'] }, 'dinkes', '2026-10', now);
    const results = await listUnitResults('2026-10', 'dinkes');
    expect(report.basis).toBe('HASIL');
    expect(report.completion.employees).toBe(results.length);
    expect(report.completion.final).toBe(results.filter((r) => r.predikat).length);
    const reporters = [...(await reportCountsOf(results.map((r) => r.nip), '2026-10')).values()].filter((c) => c.reports > 0).length;
    expect(report.reporting?.reported).toBe(reporters);

    // Seeding again adds nothing: the periods are there.
    expect(await seedClosedHistory(org, now, { kind: 'BULANAN', graceDays: 5 })).toEqual([]);
  }, 120_000);
});
