import { describe, expect, it } from 'vitest';
import { periodTargetText, realizationText } from './indicator-figures.ts';

describe("an indicator's period figures in words", () => {
  it("writes the period's target with the annual one beside it, or alone when they are the same", () => {
    expect(periodTargetText({ target: 12, periodTarget: 1, satuan: 'dokumen' })).toBe('1 dokumen (12 setahun)');
    expect(periodTargetText({ target: 10, periodTarget: 0.833333, satuan: 'laporan' })).toBe('0,83 laporan (10 setahun)');
    expect(periodTargetText({ target: 1250, periodTarget: 1250, satuan: 'dokumen' })).toBe('1.250 dokumen');
    expect(periodTargetText({ target: 95, periodTarget: 95, satuan: '%' })).toBe('95 %');
  });

  it('writes a sum as it is and a level as rata-rata, and no average where nothing was reported', () => {
    expect(realizationText({ measure: 'JUMLAH', realization: 3, satuan: 'dokumen', achievement: 300 })).toBe('3 dokumen');
    expect(realizationText({ measure: 'JUMLAH', realization: 0, satuan: 'dokumen' })).toBe('0 dokumen');
    expect(realizationText({ measure: 'RATA_RATA', realization: 91.666667, satuan: '%', achievement: 96.49 })).toBe('rata-rata 91,67 %');
    expect(realizationText({ measure: 'RATA_RATA', realization: 0, satuan: 'hari' })).toBe('—');
  });
});
