import { describe, expect, it } from 'vitest';
import type { ActivityReport } from '../../core/types.ts';
import { isChangeableByOwner, newReportFrom } from './report-actions.ts';

const open = { periodId: '2026-11', status: 'OPEN' as const };
const report: ActivityReport = {
  reportId: '01JDXQ0000000000000000000A',
  nip: '198807122015031004',
  periodId: '2026-11',
  date: '2026-11-27',
  activity: 'Rekap data surveilans',
  indicatorId: 'iki-1',
  realization: 2.5,
  unit: 'dokumen',
  status: 'DIKEMBALIKAN',
  createdAt: '2026-11-27T02:00:00.000Z',
  version: 3,
  verifiedBy: '197303141997022002',
  verifiedAt: '2026-11-28T02:00:00.000Z',
  verificationNote: 'Lampirkan bukti.',
};

describe('isChangeableByOwner', () => {
  it('allows correcting and withdrawing until the supervisor accepts, while the period is open', () => {
    expect(isChangeableByOwner({ ...report, status: 'DIAJUKAN' }, open)).toBe(true);
    expect(isChangeableByOwner(report, open)).toBe(true);
    expect(isChangeableByOwner({ ...report, status: 'SESUAI' }, open)).toBe(false);
  });

  it('refuses once the period is closing or closed, or when the report is of another period', () => {
    expect(isChangeableByOwner(report, { ...open, status: 'CLOSING' })).toBe(false);
    expect(isChangeableByOwner(report, { ...open, status: 'CLOSED' })).toBe(false);
    expect(isChangeableByOwner(report, { periodId: '2026-12', status: 'OPEN' })).toBe(false);
    expect(isChangeableByOwner(report, null)).toBe(false);
  });
});

describe('newReportFrom', () => {
  it("keeps only what the person typed, never the server's status, verdict or version", () => {
    expect(newReportFrom(report)).toEqual({ date: '2026-11-27', activity: 'Rekap data surveilans', indicatorId: 'iki-1', realization: 2.5, unit: 'dokumen' });
  });

  it('keeps a realisation of zero and leaves absent fields out', () => {
    const { indicatorId: _i, unit: _u, ...bare } = report;
    expect(newReportFrom({ ...bare, realization: 0, indicatorId: 'iki-2' })).toEqual({ date: '2026-11-27', activity: 'Rekap data surveilans', indicatorId: 'iki-2', realization: 0 });
  });
});
