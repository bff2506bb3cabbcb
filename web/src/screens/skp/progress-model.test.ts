import { describe, expect, it } from 'vitest';
import type { IndicatorProgress } from '../../../../shared/domain/achievements.ts';
import { progressGap, progressRows, progressSummary } from './progress-model.ts';

const indicator = (over: Partial<IndicatorProgress>): IndicatorProgress => ({
  indicatorId: 'imunisasi',
  rhkKind: 'UTAMA',
  name: 'Cakupan imunisasi dasar lengkap',
  target: 95,
  periodTarget: 95,
  satuan: '%',
  measure: 'RATA_RATA',
  realization: 0,
  ...over,
});

const period = { name: 'November 2026', year: 2026 };

describe('progressRows', () => {
  it("writes the period's target beside the annual one, realisation and capaian the Indonesian way, the bar following the capaian", () => {
    // A quarter of 48 dokumen a year is 12; 11,46 reported is 95,5 %.
    expect(progressRows([indicator({ target: 48, periodTarget: 12, satuan: 'dokumen', measure: 'JUMLAH', realization: 11.46, achievement: 95.5 })])).toEqual([
      { indicatorId: 'imunisasi', name: 'Cakupan imunisasi dasar lengkap', rhkKind: 'Utama', periodTarget: '12 dokumen (48 setahun)', realization: '11,46 dokumen', capaian: '95,5\u00a0%', bar: 95.5 },
    ]);
  });

  it('says rata-rata for a level indicator, caps the bar at 100 while the text keeps the real figure, and says when nothing was reported yet', () => {
    const [over, none] = progressRows([indicator({ rhkKind: 'TAMBAHAN', realization: 125, achievement: 131.58 }), indicator({ indicatorId: 'kosong' })]);
    expect(over).toMatchObject({ rhkKind: 'Tambahan', periodTarget: '95 %', realization: 'rata-rata 125 %', capaian: '131,58\u00a0%', bar: 100 });
    // No report, no average: a dash rather than a 0 % nobody reported.
    expect(none).toMatchObject({ periodTarget: '95 %', realization: '—', capaian: 'Belum ada laporan', bar: 0 });
  });
});

describe('progressSummary', () => {
  it('counts the indicators, those with a realisation, and those at or over the target', () => {
    const indicators = [indicator({ achievement: 100 }), indicator({ achievement: 40 }), indicator({}), indicator({ achievement: 130 })];
    expect(progressSummary(indicators)).toBe('4 indikator · 3 sudah ada realisasi · 2 mencapai target (100\u00a0% atau lebih)');
  });
});

describe('progressGap', () => {
  it('explains an empty card: no open period, no approved SKP, an approved SKP without indicators', () => {
    expect(progressGap(null)).toMatch(/^Tidak ada periode penilaian yang terbuka/);
    expect(progressGap(period, { hasApprovedSkp: false, indicators: [] })).toMatch(/^Belum ada SKP 2026 yang disetujui atasan\./);
    expect(progressGap(period, { hasApprovedSkp: true, indicators: [] })).toBe('SKP 2026 yang disetujui belum memuat indikator.');
  });

  it('has nothing to explain with an open period (before loading) or with indicators to show', () => {
    expect(progressGap(period)).toBeUndefined();
    expect(progressGap(period, { hasApprovedSkp: true, indicators: [indicator({})] })).toBeUndefined();
  });
});
