import { describe, expect, it } from 'vitest';
import type { ActivityReport } from './report.ts';
import { rollupDeltas } from './report-rollup.ts';

const base: ActivityReport = { reportId: '01JD0000000000000000000000', nip: '198807122015031004', periodId: '2026-11', date: '2026-11-02', activity: 'x', status: 'DIAJUKAN', createdAt: '2026-11-02T01:00:00.000Z', version: 1 };
const withRealization = (realization: number, extra: Partial<ActivityReport> = {}): ActivityReport => ({ ...base, indicatorId: 'iki-1', realization, ...extra });

describe('rollupDeltas', () => {
  it('counts a new report once, with its realisation and as unverified', () => {
    expect(rollupDeltas([{ after: withRealization(3) }])).toEqual({
      indicators: [{ nip: base.nip, periodId: '2026-11', indicatorId: 'iki-1', realization: 3, reports: 1 }],
      counts: [{ nip: base.nip, periodId: '2026-11', reports: 1, unverified: 1, returned: 0, lastReportedAt: base.createdAt }],
    });
  });

  it('moves a correction by the difference and a verdict by status only', () => {
    expect(rollupDeltas([{ before: withRealization(3), after: withRealization(5, { version: 2 }) }]).indicators).toEqual([expect.objectContaining({ realization: 2, reports: 0 })]);
    const verified = rollupDeltas([{ before: withRealization(3), after: withRealization(3, { status: 'SESUAI' }) }]);
    expect(verified.indicators).toEqual([]);
    expect(verified.counts).toEqual([expect.objectContaining({ reports: 0, unverified: -1, returned: 0 })]);
    expect(verified.counts[0]).not.toHaveProperty('lastReportedAt');
  });

  it('takes a returned report out of the realisation and counts it as returned', () => {
    const returned = rollupDeltas([{ before: withRealization(3), after: withRealization(3, { status: 'DIKEMBALIKAN' }) }]);
    expect(returned.indicators).toEqual([expect.objectContaining({ realization: -3, reports: -1 })]);
    expect(returned.counts).toEqual([expect.objectContaining({ unverified: -1, returned: 1 })]);
  });

  it('moves between indicators when a correction changes the indicator', () => {
    const moved = rollupDeltas([{ before: withRealization(3), after: withRealization(3, { indicatorId: 'iki-2' }) }]).indicators;
    expect(moved.map((d) => [d.indicatorId, d.realization, d.reports])).toEqual([
      ['iki-1', -3, -1],
      ['iki-2', 3, 1],
    ]);
  });

  it('merges many changes into one movement per total, for one transaction', () => {
    const batch = [0.1, 0.2, 0.3].map((r, i) => ({ after: withRealization(r, { reportId: `01JD000000000000000000000${i}` }) }));
    const { indicators, counts } = rollupDeltas(batch);
    expect(indicators).toHaveLength(1);
    expect(indicators[0]!.realization).toBe(0.6);
    expect(counts).toEqual([expect.objectContaining({ reports: 3, unverified: 3 })]);
  });

  it('leaves reports without an indicator out of the realisation', () => {
    expect(rollupDeltas([{ after: base }]).indicators).toEqual([]);
  });
});
