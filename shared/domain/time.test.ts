import { describe, expect, it } from 'vitest';
import { addDays, formatWitaDate, formatWitaDateTime, isRealDate, lastDayOfMonth, witaDateOf, witaInstant } from './time.ts';

describe('WITA calendar', () => {
  it('turns the UTC day over at 16:00 UTC (midnight WITA)', () => {
    expect(witaDateOf(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(witaDateOf(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('places WITA wall-clock times on the right instant', () => {
    expect(witaInstant('2026-12-05', 23, 59).toISOString()).toBe('2026-12-05T15:59:00.000Z');
    expect(witaInstant('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('knows real dates and month ends, leap years included', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-2-01')).toBe(false);
    expect(lastDayOfMonth(2026, 2)).toBe('2026-02-28');
    expect(lastDayOfMonth(2026, 12)).toBe('2026-12-31');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('formats for people in Indonesian, in WITA', () => {
    expect(formatWitaDate('2026-11-30')).toBe('30 November 2026');
    expect(formatWitaDateTime(new Date('2026-12-05T15:59:00Z'))).toBe('5 Desember 2026 pukul 23.59 WITA');
  });
});
