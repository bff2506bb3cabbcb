import { describe, expect, it } from 'vitest';
import { hasApprovedSkp, nudgeWindow, periodsOpenDuring, reportedInWindowByLatest, shareOf, weekContaining } from './adoption.ts';
import { definePeriod } from './period.ts';

describe('weeks', () => {
  it('run Monday to Sunday in WITA', () => {
    expect(weekContaining('2026-11-18')).toEqual({
      startsOn: '2026-11-16',
      endsOn: '2026-11-22',
      from: new Date('2026-11-15T16:00:00.000Z'),
      to: new Date('2026-11-22T16:00:00.000Z'),
    });
  });
});

describe('a nudge’s effect', () => {
  it('is a report within 3 days of it', () => {
    expect(nudgeWindow('2026-11-15T23:30:00.000Z')).toEqual({ from: new Date('2026-11-15T23:30:00.000Z'), to: new Date('2026-11-18T23:30:00.000Z') });
  });

  it('is told by the latest report times where they can tell, and left to the reports where they cannot', () => {
    const { from, to } = nudgeWindow('2026-11-15T23:30:00.000Z');
    expect(reportedInWindowByLatest(['2026-11-17T02:00:00.000Z'], from, to)).toBe(true);
    expect(reportedInWindowByLatest([undefined, '2026-11-10T02:00:00.000Z'], from, to)).toBe(false);
    expect(reportedInWindowByLatest([], from, to)).toBe(false);
    expect(reportedInWindowByLatest(['2026-11-25T02:00:00.000Z'], from, to)).toBeUndefined();
    expect(reportedInWindowByLatest(['2026-11-18T23:30:00.000Z'], from, to)).toBeUndefined();
  });
});

describe('the periods a week’s reports can be in', () => {
  it('are the periodic ones started by its end and not closed by its start', () => {
    const periods = [definePeriod('BULANAN', 2026, 10, 5), definePeriod('BULANAN', 2026, 11, 5), definePeriod('BULANAN', 2026, 12, 5), definePeriod('TAHUNAN', 2026, 1, 5)];
    const { from, to } = weekContaining('2026-11-02');
    expect(periodsOpenDuring(periods, from, to).map((p) => p.periodId)).toEqual(['2026-10', '2026-11']);
    const late = weekContaining('2026-11-16');
    expect(periodsOpenDuring(periods, late.from, late.to).map((p) => p.periodId)).toEqual(['2026-11']);
  });
});

describe('counting', () => {
  it('counts a plan approved, or approved and now being revised', () => {
    expect(hasApprovedSkp({ status: 'APPROVED', revision: 1 })).toBe(true);
    expect(hasApprovedSkp({ status: 'DRAFT', revision: 2 })).toBe(true);
    expect(hasApprovedSkp({ status: 'SUBMITTED', revision: 1 })).toBe(false);
    expect(hasApprovedSkp(undefined)).toBe(false);
  });

  it('gives shares to 0.1 % and none of nobody', () => {
    expect(shareOf(2, 3)).toBe(0.667);
    expect(shareOf(0, 0)).toBeNull();
  });
});
