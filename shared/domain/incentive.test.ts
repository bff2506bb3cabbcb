import { describe, expect, it } from 'vitest';
import { tppInput, tppKinerja } from './incentive.ts';

describe('TPP input', () => {
  it('is base × kinerja weight × incentive factor, with the reasoning in words', () => {
    expect(tppKinerja(1.5, { baseAmount: 4_000_000, kinerjaWeight: 0.6 })).toEqual({ amount: 3_600_000, breakdown: 'Rp4.000.000 × bobot kinerja 60 % × faktor 150 %' });
    expect(tppKinerja(1.5, undefined)).toBeUndefined();
  });

  it('names the discipline part it does not compute: the rest of the base, paid on attendance', () => {
    const input = tppInput(0.75, { baseAmount: 3_250_000, kinerjaWeight: 0.6 });
    expect(input).toMatchObject({ kinerjaAmount: 1_462_500, disiplinWeight: 0.4, disiplinCeiling: 1_300_000 });
    expect(input.breakdown).toBe(
      'Bagian kinerja: Rp3.250.000 × bobot kinerja 60 % × faktor 75 % = Rp1.462.500. Bagian disiplin: bobot 40 %, paling banyak Rp1.300.000, dihitung dari presensi di luar e-Kinerja.',
    );
  });

  it('pays nothing on the kinerja part for someone not assessed, and leaves out a discipline part of 0 %', () => {
    expect(tppInput(0, { baseAmount: 2_000_000, kinerjaWeight: 1 })).toMatchObject({ kinerjaAmount: 0, disiplinWeight: 0, breakdown: 'Bagian kinerja: Rp2.000.000 × bobot kinerja 100 % × faktor 0 % = Rp0.' });
  });
});
