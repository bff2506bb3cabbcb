import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatInstant, formatLongDate, formatNumber, formatPercent, periodName, todayInWita, witaLocalToIso } from './format.ts';

describe('WITA formatting', () => {
  it('takes today from the WITA calendar, not the device or UTC', () => {
    expect(todayInWita(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
    expect(todayInWita(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('writes dates and instants in Indonesian', () => {
    expect(formatLongDate('2026-11-30')).toBe('Senin, 30 November 2026');
    expect(formatDate('2026-01-01')).toBe('1 Januari 2026');
    expect(formatDateRange('2026-11-01', '2026-11-30')).toMatch(/^1\s?–\s?30 November 2026$/);
    expect(formatInstant('2026-12-05T15:59:00.000Z')).toBe('5 Des 2026, 23.59 WITA');
    expect(formatNumber(12345.5)).toBe('12.345,5');
  });

  it('writes percentages the Indonesian way, with a space that never breaks before the sign', () => {
    expect(formatPercent(95.5)).toBe('95,5\u00a0%');
    expect(formatPercent(104.17)).toBe('104,17\u00a0%');
  });

  it('names periods from their ids as the server does', () => {
    expect(periodName('2026-11')).toBe('November 2026');
    expect(periodName('2026-TW4')).toBe('Triwulan IV 2026');
    expect(periodName('2026')).toBe('Tahunan 2026');
  });

  it('reads a datetime-local value as WITA wall-clock time, whatever the device zone', () => {
    expect(witaLocalToIso('2026-12-05T23:59')).toBe('2026-12-05T23:59:00+08:00');
    expect(new Date(witaLocalToIso('2026-12-05T23:59')!).toISOString()).toBe('2026-12-05T15:59:00.000Z');
    expect(witaLocalToIso('2026-12-05')).toBeUndefined();
  });
});
