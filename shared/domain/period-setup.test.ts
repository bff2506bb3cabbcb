import { describe, expect, it } from 'vitest';
import { Invalid } from './errors.ts';
import { periodsRequested } from './period-setup.ts';

describe('periodsRequested', () => {
  it('defines one month closing at 23:59 WITA on the end date plus the grace days', () => {
    expect(periodsRequested({ kind: 'BULANAN', year: 2027, index: 2 }, 5)).toEqual([
      { periodId: '2027-02', kind: 'BULANAN', year: 2027, name: 'Februari 2027', startsOn: '2027-02-01', endsOn: '2027-02-28', closesAt: '2027-03-05T15:59:00.000Z', status: 'OPEN' },
    ]);
  });

  it('defines the annual period without an index', () => {
    expect(periodsRequested({ kind: 'TAHUNAN', year: 2027 }, 0).map((p) => [p.periodId, p.closesAt])).toEqual([['2027', '2027-12-31T15:59:00.000Z']]);
  });

  it('generates a whole calendar', () => {
    expect(periodsRequested({ kind: 'TRIWULAN', year: 2027, wholeYear: true }, 5).map((p) => p.periodId)).toEqual(['2027-TW1', '2027-TW2', '2027-TW3', '2027-TW4']);
    expect(periodsRequested({ kind: 'BULANAN', year: 2027, wholeYear: true }, 5)).toHaveLength(12);
  });

  it('takes an explicit closesAt, stored as a UTC instant', () => {
    const [period] = periodsRequested({ kind: 'TRIWULAN', year: 2027, index: 1, closesAt: '2027-04-10T12:00:00+08:00' }, 5);
    expect(period!.closesAt).toBe('2027-04-10T04:00:00.000Z');
  });

  it('accepts closing at the last minute of the period, and refuses anything earlier', () => {
    expect(periodsRequested({ kind: 'BULANAN', year: 2027, index: 3, closesAt: '2027-03-31T23:59:00+08:00' }, 5)[0]!.closesAt).toBe('2027-03-31T15:59:00.000Z');
    const refuse = () => periodsRequested({ kind: 'BULANAN', year: 2027, index: 3, closesAt: '2027-03-31T23:58:00+08:00' }, 5);
    expect(refuse).toThrow(Invalid);
    expect(refuse).toThrow('Batas penutupan Maret 2027 paling cepat 31 Maret 2027 pukul 23.59 WITA, yaitu akhir hari terakhir periode.');
  });

  it.each([
    [{ kind: 'TRIWULAN', year: 2027, index: 5 }],
    [{ kind: 'BULANAN', year: 2027 }],
    [{ kind: 'BULANAN', year: 2027, index: 13 }],
    [{ kind: 'TAHUNAN', year: 2027, index: 2 }],
    [{ kind: 'BULANAN', year: 2027, wholeYear: true, index: 1 }],
  ] as const)('refuses %j', (request) => {
    expect(() => periodsRequested(request, 5)).toThrow(Invalid);
  });
});
