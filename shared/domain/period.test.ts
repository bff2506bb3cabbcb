import { describe, expect, it } from 'vitest';
import { PeriodClosed } from './errors.ts';
import { currentPeriod, definePeriod, periodForReport, PERIOD_ID, yearCalendar, yearShareOf, type Period } from './period.ts';

describe('period calendar', () => {
  it('closes a month at 23:59 WITA on the end date plus the grace days', () => {
    const november = definePeriod('BULANAN', 2026, 11, 5);
    expect(november).toMatchObject({ periodId: '2026-11', name: 'November 2026', startsOn: '2026-11-01', endsOn: '2026-11-30', status: 'OPEN' });
    expect(november.closesAt).toBe('2026-12-05T15:59:00.000Z');
  });

  it('builds quarters and the annual period', () => {
    expect(yearCalendar('TRIWULAN', 2026, 5).map((p) => [p.periodId, p.startsOn, p.endsOn, p.name])).toEqual([
      ['2026-TW1', '2026-01-01', '2026-03-31', 'Triwulan I 2026'],
      ['2026-TW2', '2026-04-01', '2026-06-30', 'Triwulan II 2026'],
      ['2026-TW3', '2026-07-01', '2026-09-30', 'Triwulan III 2026'],
      ['2026-TW4', '2026-10-01', '2026-12-31', 'Triwulan IV 2026'],
    ]);
    expect(yearCalendar('BULANAN', 2028, 0)[1]!.endsOn).toBe('2028-02-29');
    expect(yearCalendar('TAHUNAN', 2026, 5).map((p) => p.periodId)).toEqual(['2026']);
  });

  it('shares the year out: a month 1/12, a quarter 1/4, the annual evaluation the whole year; a year of any kind adds up to 1', () => {
    expect([yearShareOf('BULANAN'), yearShareOf('TRIWULAN'), yearShareOf('TAHUNAN')]).toEqual([1 / 12, 1 / 4, 1]);
    for (const kind of ['BULANAN', 'TRIWULAN', 'TAHUNAN'] as const) expect(yearCalendar(kind, 2026, 5).length * yearShareOf(kind)).toBeCloseTo(1, 12);
  });

  it('has ids the API accepts', () => {
    for (const kind of ['BULANAN', 'TRIWULAN', 'TAHUNAN'] as const) {
      for (const period of yearCalendar(kind, 2026, 5)) expect(period.periodId).toMatch(PERIOD_ID);
    }
    expect('2026-13').not.toMatch(PERIOD_ID);
    expect('2026-TW5').not.toMatch(PERIOD_ID);
  });
});

describe('periodForReport', () => {
  const open: Period = definePeriod('BULANAN', 2026, 11, 5);
  const closed: Period = { ...definePeriod('BULANAN', 2026, 10, 5), status: 'CLOSED' };
  const annual: Period = definePeriod('TAHUNAN', 2026, 1, 5);

  it('picks the open periodic period containing the date, never the annual one', () => {
    expect(periodForReport('2026-11-30', [open, annual]).periodId).toBe('2026-11');
    expect(() => periodForReport('2026-12-01', [annual])).toThrow(PeriodClosed);
  });

  it('refuses a date in a closed period, naming it', () => {
    expect(() => periodForReport('2026-10-31', [closed, open, annual])).toThrow(/Oktober 2026 sudah ditutup/);
  });

  it('shows the open periodic period as current', () => {
    expect(currentPeriod('2026-11-15', [annual, open])?.periodId).toBe('2026-11');
    expect(currentPeriod('2026-10-15', [closed, annual])).toBeUndefined();
  });
});
