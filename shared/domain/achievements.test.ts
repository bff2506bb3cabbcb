import { describe, expect, it } from 'vitest';
import { indicatorProgress, measureOf, realizationScope, type RealizationTotal } from './achievements.ts';
import { DEFAULT_ASSESSMENT_POLICY, suggestHasilKerja } from './assessment-policy.ts';
import type { PeriodKind } from './period.ts';
import type { Indicator, Skp } from './skp.ts';

const indicator = (over: Partial<Indicator> & Pick<Indicator, 'indicatorId'>): Indicator => ({
  name: `Indikator ${over.indicatorId}`,
  aspek: 'KUANTITAS',
  target: 12,
  satuan: 'dokumen',
  direction: 'HIGHER_IS_BETTER',
  ...over,
});

const planOf = (...indicators: Indicator[]): Skp => ({
  nip: '198703152010012001',
  year: 2026,
  revision: 1,
  status: 'APPROVED',
  rhk: [{ rhkId: 'rhk-1', kind: 'UTAMA', text: 'Hasil kerja', indicators }],
  version: 1,
  updatedAt: '2026-01-10T00:00:00.000Z',
});

/** Reports as the running totals keep them: each realisation summed, and counted. */
const reported = (...realizations: number[]): RealizationTotal => ({ sum: realizations.reduce((a, b) => a + b, 0), reports: realizations.length });

function progressOf(one: Indicator, total: RealizationTotal | undefined, kind: PeriodKind) {
  const realized = new Map(total ? [[one.indicatorId, total]] : []);
  return indicatorProgress(planOf(one), realized, kind)[0]!;
}

describe('which indicators add up and which are averaged', () => {
  it.each([
    ['KUANTITAS', 'dokumen', 'JUMLAH'],
    ['KUANTITAS', 'kegiatan', 'JUMLAH'],
    ['KUANTITAS', '%', 'RATA_RATA'],
    ['KUANTITAS', 'persen', 'RATA_RATA'],
    ['KUANTITAS', 'Persen', 'RATA_RATA'],
    ['KUANTITAS', 'persentase', 'RATA_RATA'],
    ['KUALITAS', 'dokumen', 'RATA_RATA'],
    ['KUALITAS', '%', 'RATA_RATA'],
    ['WAKTU', 'hari', 'RATA_RATA'],
    ['BIAYA', 'rupiah', 'RATA_RATA'],
  ] as const)('%s in %s is %s', (aspek, satuan, measure) => {
    expect(measureOf({ aspek, satuan })).toBe(measure);
  });
});

describe('an accumulating indicator: the sum against the annual target’s share of the period', () => {
  const dokumen = indicator({ indicatorId: 'dok', target: 12, satuan: 'dokumen' });

  it('a month: 12 dokumen a year, 3 reported is 3 against 1, 300 %', () => {
    expect(progressOf(dokumen, reported(1, 2), 'BULANAN')).toEqual({
      indicatorId: 'dok',
      rhkKind: 'UTAMA',
      name: 'Indikator dok',
      target: 12,
      periodTarget: 1,
      satuan: 'dokumen',
      measure: 'JUMLAH',
      realization: 3,
      achievement: 300,
    });
  });

  it('a quarter: 12 a year is 3 a quarter, so 3 reported is 100 %', () => {
    expect(progressOf(dokumen, reported(1, 1, 1), 'TRIWULAN')).toMatchObject({ target: 12, periodTarget: 3, realization: 3, achievement: 100 });
  });

  it('the annual evaluation: the year’s sum against the whole target, 11 of 12 is 91,67 %', () => {
    expect(progressOf(dokumen, reported(3, 3, 2, 3), 'TAHUNAN')).toMatchObject({ target: 12, periodTarget: 12, realization: 11, achievement: 91.67 });
  });

  it('a share that does not divide evenly: 10 a year is 0,833333 a month, and 11 reported is 1320 %', () => {
    expect(progressOf(indicator({ indicatorId: 'dok', target: 10 }), reported(11), 'BULANAN')).toMatchObject({ periodTarget: 0.833333, realization: 11, achievement: 1320 });
  });

  it('exactly on the share reads as the boundary it is: 11 of 120 a year in a month is 110 %', () => {
    expect(progressOf(indicator({ indicatorId: 'dok', target: 120 }), reported(5.5, 5.5), 'BULANAN')).toMatchObject({ periodTarget: 10, realization: 11, achievement: 110 });
  });

  it('lower is better: at most 12 complaints a year is 1 a month, 2 in a month is 50 %', () => {
    const keluhan = indicator({ indicatorId: 'keluhan', satuan: 'keluhan', direction: 'LOWER_IS_BETTER' });
    expect(progressOf(keluhan, reported(1, 1), 'BULANAN')).toMatchObject({ periodTarget: 1, realization: 2, achievement: 50 });
  });
});

describe('a level indicator: the average of the reports against the annual target', () => {
  const imunisasi = indicator({ indicatorId: 'imunisasi', name: 'Cakupan imunisasi dasar lengkap', aspek: 'KUALITAS', target: 95, satuan: '%' });

  it('90 % and 92 % in a month is 91 %, against 95 %: 95,79 % (not 182 %)', () => {
    expect(progressOf(imunisasi, reported(90, 92), 'BULANAN')).toEqual({
      indicatorId: 'imunisasi',
      rhkKind: 'UTAMA',
      name: 'Cakupan imunisasi dasar lengkap',
      target: 95,
      periodTarget: 95,
      satuan: '%',
      measure: 'RATA_RATA',
      realization: 91,
      achievement: 95.79,
    });
  });

  it('keeps the annual target whatever the period: a quarter, and the year over all its reports', () => {
    expect(progressOf(imunisasi, reported(95, 96, 98), 'TRIWULAN')).toMatchObject({ periodTarget: 95, realization: 96.333333, achievement: 101.4 });
    expect(progressOf(imunisasi, reported(90, 92, 95, 96, 98, 99), 'TAHUNAN')).toMatchObject({ periodTarget: 95, realization: 95, achievement: 100 });
  });

  it('a KUANTITAS percentage is a level too: 70 % and 90 % of villages against 80 % is 100 %', () => {
    const odf = indicator({ indicatorId: 'odf', aspek: 'KUANTITAS', target: 80, satuan: 'persen' });
    expect(progressOf(odf, reported(70, 90), 'BULANAN')).toMatchObject({ measure: 'RATA_RATA', periodTarget: 80, realization: 80, achievement: 100 });
  });

  it('time and cost, lower is better: 4 and 4 days against 5 is 125 %; Rp 800.000 on average against Rp 1.000.000 is 125 %', () => {
    const hari = indicator({ indicatorId: 'hari', aspek: 'WAKTU', target: 5, satuan: 'hari', direction: 'LOWER_IS_BETTER' });
    expect(progressOf(hari, reported(4, 4), 'BULANAN')).toMatchObject({ measure: 'RATA_RATA', periodTarget: 5, realization: 4, achievement: 125 });
    const biaya = indicator({ indicatorId: 'biaya', aspek: 'BIAYA', target: 1_000_000, satuan: 'rupiah', direction: 'LOWER_IS_BETTER' });
    expect(progressOf(biaya, reported(700_000, 900_000), 'TRIWULAN')).toMatchObject({ periodTarget: 1_000_000, realization: 800_000, achievement: 125 });
  });
});

describe('nothing reported yet', () => {
  it('has no capaian and a realisation of 0, whatever the measure; a total whose reports were all withdrawn counts as none', () => {
    const dokumen = indicator({ indicatorId: 'dok' });
    const persen = indicator({ indicatorId: 'persen', aspek: 'KUALITAS', target: 95, satuan: '%' });
    expect(progressOf(dokumen, undefined, 'BULANAN')).toEqual(expect.objectContaining({ realization: 0, periodTarget: 1 }));
    expect(progressOf(dokumen, undefined, 'BULANAN')).not.toHaveProperty('achievement');
    expect(progressOf(persen, { sum: 0, reports: 0 }, 'BULANAN')).not.toHaveProperty('achievement');
    expect(progressOf(persen, { sum: 0, reports: 0 }, 'BULANAN')).toMatchObject({ realization: 0, periodTarget: 95 });
  });

  it('gives no rows without an approved plan', () => {
    expect(indicatorProgress(undefined, new Map(), 'BULANAN')).toEqual([]);
  });
});

describe('the suggestion a perfect month earns', () => {
  it('is Sesuai, not Di Bawah: 1 of 12 dokumen a year and a 96 % coverage against 95 % in a month', () => {
    const plan = planOf(indicator({ indicatorId: 'dok' }), indicator({ indicatorId: 'imunisasi', aspek: 'KUALITAS', target: 95, satuan: '%' }));
    const progress = indicatorProgress(plan, new Map([['dok', reported(1)], ['imunisasi', reported(96)]]), 'BULANAN');
    expect(progress.map((p) => p.achievement)).toEqual([100, 101.05]);
    expect(suggestHasilKerja(progress, DEFAULT_ASSESSMENT_POLICY)).toBe('SESUAI');
  });
});

describe('which totals a period reads', () => {
  it('is the whole year for the annual evaluation and the period itself otherwise', () => {
    expect(realizationScope({ kind: 'TAHUNAN', year: 2026, periodId: '2026' })).toEqual({ year: 2026 });
    expect(realizationScope({ kind: 'BULANAN', year: 2026, periodId: '2026-11' })).toEqual({ periodId: '2026-11' });
    expect(realizationScope({ kind: 'TRIWULAN', year: 2026, periodId: '2026-TW4' })).toEqual({ periodId: '2026-TW4' });
  });
});
