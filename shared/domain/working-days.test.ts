import { describe, expect, it } from 'vitest';
import { isFirstWorkingDayOfWeek, isWorkingDay, workingDaysBefore } from './working-days.ts';

const none = new Set<string>();

describe('working days', () => {
  it('skips weekends, fixed national holidays and configured ones', () => {
    expect(isWorkingDay('2026-11-30', none)).toBe(true);
    expect(isWorkingDay('2026-11-28', none)).toBe(false);
    expect(isWorkingDay('2026-08-17', none)).toBe(false);
    expect(isWorkingDay('2026-03-20', new Set(['2026-03-20']))).toBe(false);
  });

  it('counts back over weekends and holidays', () => {
    expect(workingDaysBefore('2026-11-30', 5, none)).toBe('2026-11-23');
    expect(workingDaysBefore('2026-12-28', 1, none)).toBe('2026-12-24');
  });

  it('moves the weekly reminder to Tuesday when Monday is a holiday', () => {
    expect(isFirstWorkingDayOfWeek('2026-11-30', none)).toBe(true);
    expect(isFirstWorkingDayOfWeek('2026-12-01', none)).toBe(false);
    const mondayOff = new Set(['2026-11-30']);
    expect(isFirstWorkingDayOfWeek('2026-11-30', mondayOff)).toBe(false);
    expect(isFirstWorkingDayOfWeek('2026-12-01', mondayOff)).toBe(true);
    // 17 August 2026 (Hari Kemerdekaan) is a Monday: that week's reminder goes out on Tuesday.
    expect(isFirstWorkingDayOfWeek('2026-08-18', none)).toBe(true);
    expect(isFirstWorkingDayOfWeek('2026-08-17', none)).toBe(false);
  });
});
