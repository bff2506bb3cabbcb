import { describe, expect, it } from 'vitest';
import { hasHidden, segmentsOf, shortPeriodLabel } from './chart-model.ts';

const empty = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, BELUM_DINILAI: 0 };

describe('chart pieces', () => {
  it('gives each published count its share in the predikat order and lumps what is hidden into one piece', () => {
    const segments = segmentsOf({ ...empty, SANGAT_BAIK: 10, BAIK: 22, BUTUH_PERBAIKAN: '<5', SANGAT_KURANG: '<5' }, 40);
    expect(segments.map((s) => [s.key, s.count])).toEqual([
      ['SANGAT_BAIK', 10],
      ['BAIK', 22],
      ['HIDDEN', 8],
    ]);
    expect(segments.map((s) => s.offset)).toEqual([0, 0.25, 0.8]);
    expect(segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
  });

  it('treats a hidden city total (null) like a hidden cell, and draws nothing for an empty unit', () => {
    expect(segmentsOf({ ...empty, BAIK: 30, KURANG: null, SANGAT_KURANG: null }, 36).at(-1)).toMatchObject({ key: 'HIDDEN', count: 6 });
    expect(segmentsOf({ ...empty }, 0)).toEqual([]);
    expect(hasHidden({ ...empty, KURANG: null })).toBe(true);
    expect(hasHidden({ ...empty })).toBe(false);
  });

  it('labels periods briefly in Indonesian', () => {
    expect(['2026-01', '2026-08', '2026-TW3', '2026'].map(shortPeriodLabel)).toEqual(['Jan', 'Agu', 'TW III', '2026']);
  });
});
