import { describe, expect, it } from 'vitest';
import { getApprovedSkp } from '../../shared/data/skp-repository.ts';
import { realizationByIndicator, reportCountsOf } from '../../shared/data/report-totals-repository.ts';
import { indicatorProgress } from '../../shared/domain/achievements.ts';
import { seedDemoData } from './seed.ts';

describe('the demo seed', () => {
  it('gives the first demo staff an approved SKP and reports that already show a capaian', async () => {
    const now = new Date('2026-11-20T03:00:00Z');
    const { seeded, org } = await seedDemoData(now, { kind: 'BULANAN', graceDays: 5 });
    expect(seeded).toBe(true);
    const staff = org.identities.find((nip) => org.employees.find((e) => e.nip === nip)?.roles.length === 0)!;
    const plan = await getApprovedSkp(staff, 2026);
    expect(plan?.rhk[0]?.indicators.map((i) => i.indicatorId)).toEqual(['IKI-1', 'IKI-2']);
    expect(plan?.supervisorNip).toBe(org.employees.find((e) => e.nip === staff)?.supervisorNip);
    const realized = await realizationByIndicator(staff, { periodId: '2026-11' });
    expect(realized).toEqual(new Map([['IKI-1', { sum: 4, reports: 2 }]]));
    // A sensible demo: 4 laporan against the month's share of 48 a year is 100 %, the recap days not reported yet.
    expect(indicatorProgress(plan, realized, 'BULANAN').map((p) => [p.indicatorId, p.periodTarget, p.realization, p.achievement])).toEqual([
      ['IKI-1', 4, 4, 100],
      ['IKI-2', 5, 0, undefined],
    ]);
    expect((await reportCountsOf([staff], '2026-11')).get(staff)).toMatchObject({ reports: 3, unverified: 3, returned: 0 });

    const again = await seedDemoData(now, { kind: 'BULANAN', graceDays: 5 });
    expect(again.seeded).toBe(false);
    expect((await reportCountsOf([staff], '2026-11')).get(staff)?.reports).toBe(3);
  });
});
