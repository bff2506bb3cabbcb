import { describe, expect, it } from 'vitest';
import { PREDIKAT_LABELS, predikatOf, type Predikat, type Rating } from './quadrant.ts';

/** The nine cells exactly as DOMAIN.md (BKN material) gives them: Hasil Kerja × Perilaku → predikat. */
const GOLDEN: [Rating, Rating, Predikat][] = [
  ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
  ['DI_ATAS', 'SESUAI', 'BAIK'],
  ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
  ['SESUAI', 'DI_BAWAH', 'KURANG'],
  ['SESUAI', 'SESUAI', 'BAIK'],
  ['SESUAI', 'DI_ATAS', 'BAIK'],
  ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
  ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
];

describe('the predikat quadrant', () => {
  it.each(GOLDEN)('Hasil Kerja %s × Perilaku %s → %s', (hasilKerja, perilaku, predikat) => {
    expect(predikatOf(hasilKerja, perilaku)).toBe(predikat);
  });

  it('shows KURANG as Kurang/Misconduct', () => {
    expect(PREDIKAT_LABELS.KURANG).toBe('Kurang/Misconduct');
  });
});
