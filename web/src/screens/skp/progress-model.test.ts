import { describe, expect, it } from 'vitest';
import type { IndicatorProgress } from '../../../../shared/domain/achievements.ts';
import { progressGap, progressRows, progressSummary } from './progress-model.ts';

const indicator = (over: Partial<IndicatorProgress>): IndicatorProgress => ({
  indicatorId: 'imunisasi',
  rhkKind: 'UTAMA',
  name: 'Cakupan imunisasi dasar lengkap',
  target: 95,
  satuan: '%',
  realization: 0,
  ...over,
});

const period = { name: 'November 2026', year: 2026 };

describe('progressRows', () => {
  it('writes target, realisation and capaian the Indonesian way, the bar following the capaian', () => {
    expect(progressRows([indicator({ target: 12, satuan: 'dokumen', realization: 11.46, achievement: 95.5 })])).toEqual([
      { indicatorId: 'imunisasi', name: 'Cakupan imunisasi dasar lengkap', rhkKind: 'Utama', target: '12 dokumen', realization: '11,46 dokumen', capaian: '95,5\u00a0%', bar: 95.5 },
    ]);
  });

  it('caps the bar at 100 while the text keeps the real figure, and says when nothing was reported yet', () => {
    const [over, none] = progressRows([indicator({ rhkKind: 'TAMBAHAN', realization: 1250, achievement: 131.58 }), indicator({ indicatorId: 'kosong' })]);
    expect(over).toMatchObject({ rhkKind: 'Tambahan', realization: '1.250 %', capaian: '131,58\u00a0%', bar: 100 });
    expect(none).toMatchObject({ realization: '0 %', capaian: 'Belum ada laporan', bar: 0 });
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
