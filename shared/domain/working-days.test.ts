import { describe, expect, it } from 'vitest';
import { isAmongLastWorkingDays, mondayOf, isFirstWorkingDayOfMonth, isFirstWorkingDayOfWeek, isWorkingDay, nextWorkingDayAfter, workingDaysBefore } from './working-days.ts';

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

  it('finds the month’s first working day past weekends and holidays', () => {
    // 1 July 2026 is a Wednesday; 1 August 2026 a Saturday, so August starts on Monday the 3rd.
    expect(isFirstWorkingDayOfMonth('2026-07-01', none)).toBe(true);
    expect(isFirstWorkingDayOfMonth('2026-07-02', none)).toBe(false);
    expect(isFirstWorkingDayOfMonth('2026-08-03', none)).toBe(true);
    expect(isFirstWorkingDayOfMonth('2026-08-01', none)).toBe(false);
    expect(isFirstWorkingDayOfMonth('2026-07-01', new Set(['2026-07-01']))).toBe(false);
    expect(isFirstWorkingDayOfMonth('2026-07-02', new Set(['2026-07-01']))).toBe(true);
    // 1 January is a fixed holiday: 2027 starts working on Monday the 4th.
    expect(isFirstWorkingDayOfMonth('2027-01-04', none)).toBe(true);
  });

  it('tells the last working days before a deadline, reaching back over a holiday', () => {
    // Deadline Friday 4 December 2026: the last five working days are 30 November to 4 December.
    const days = ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
    expect(days.filter((d) => isAmongLastWorkingDays(d, '2026-12-04', 5, none))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    const holiday = new Set(['2026-12-02']);
    expect(days.filter((d) => isAmongLastWorkingDays(d, '2026-12-04', 5, holiday))).toEqual(['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04']);
    // A deadline on a Sunday counts from the Friday before.
    expect(days.filter((d) => isAmongLastWorkingDays(d, '2026-12-06', 5, none))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
  });

  it('finds the next working day after a date', () => {
    expect(nextWorkingDayAfter('2026-12-04', none)).toBe('2026-12-07');
    expect(nextWorkingDayAfter('2026-12-03', none)).toBe('2026-12-04');
    expect(nextWorkingDayAfter('2026-12-04', new Set(['2026-12-07']))).toBe('2026-12-08');
  });

  it('finds the Monday of a week', () => {
    expect(['2026-11-30', '2026-12-02', '2026-12-06'].map(mondayOf)).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
