import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_POLICY as policy, numericScore, rateIndicator, suggestHasilKerja, suggestPerilaku, type IndicatorAchievement } from './assessment-policy.ts';
import { BERAKHLAK_KEYS } from './berakhlak.ts';
import type { Rating } from './quadrant.ts';
import { achievement } from './skp.ts';

const main = (achievementPercent: number | undefined, id = 'a'): IndicatorAchievement => ({ indicatorId: id, rhkKind: 'UTAMA', achievement: achievementPercent });
const extra = (achievementPercent: number | undefined, id = 'b'): IndicatorAchievement => ({ indicatorId: id, rhkKind: 'TAMBAHAN', achievement: achievementPercent });

describe('rating one indicator', () => {
  it.each([
    [109.9, 'SESUAI'],
    [110, 'DI_ATAS'],
    [100, 'SESUAI'],
    [99.99, 'DI_BAWAH'],
    [undefined, 'DI_BAWAH'],
  ] as const)('%s %% is %s', (capaian, rating) => {
    expect(rateIndicator(capaian, policy)).toBe(rating);
  });

  it('reads a computed 110 % as 110 % despite floating point', () => {
    const rawCapaian = (3.3 / 3) * 100;
    expect(rawCapaian).toBeLessThan(110);
    expect(rateIndicator(rawCapaian, policy)).toBe('DI_ATAS');
    expect(achievement({ target: 3, direction: 'HIGHER_IS_BETTER' }, 3.3)).toBe(110);
  });
});

describe('suggesting Hasil Kerja (BKN wording)', () => {
  it('is Di Atas when most are above and no main indicator is below', () => {
    expect(suggestHasilKerja([main(120, 'a'), main(110, 'b'), extra(100)], policy)).toBe('DI_ATAS');
  });

  it('is not Di Atas when a UTAMA indicator is below, even if most are above', () => {
    expect(suggestHasilKerja([main(120, 'a'), extra(115, 'b'), extra(115, 'c'), main(95, 'd')], policy)).toBe('SESUAI');
  });

  it('allows a TAMBAHAN indicator below under Di Atas', () => {
    expect(suggestHasilKerja([main(120, 'a'), main(115, 'b'), extra(50)], policy)).toBe('DI_ATAS');
  });

  it('is Di Bawah when most are below', () => {
    expect(suggestHasilKerja([main(80, 'a'), main(undefined, 'b'), extra(130)], policy)).toBe('DI_BAWAH');
  });

  it('is Sesuai at 109.9 % and Di Atas at 110 % on a single indicator', () => {
    expect(suggestHasilKerja([main(109.9)], policy)).toBe('SESUAI');
    expect(suggestHasilKerja([main(110)], policy)).toBe('DI_ATAS');
  });

  it('suggests nothing without indicators', () => {
    expect(suggestHasilKerja([], policy)).toBeUndefined();
  });
});

describe('suggesting Perilaku from the seven BerAKHLAK values', () => {
  const values = (above: number, below: number) =>
    Object.fromEntries(BERAKHLAK_KEYS.map((key, i) => [key, i < above ? 'DI_ATAS' : i < above + below ? 'DI_BAWAH' : 'SESUAI'])) as Record<
      (typeof BERAKHLAK_KEYS)[number],
      Rating
    >;

  it.each([
    [4, 0, 'DI_ATAS'],
    [3, 0, 'SESUAI'],
    [5, 1, 'SESUAI'],
    [0, 4, 'DI_BAWAH'],
    [3, 3, 'SESUAI'],
  ] as const)('%i above, %i below → %s', (above, below, rating) => {
    expect(suggestPerilaku(values(above, below), policy)).toBe(rating);
  });
});

describe('the numeric score', () => {
  it('weights Hasil Kerja 60 % and Perilaku 40 % by default', () => {
    expect(numericScore('DI_ATAS', 'DI_ATAS', policy)).toBe(100);
    expect(numericScore('SESUAI', 'DI_ATAS', policy)).toBe(91);
    expect(numericScore('DI_BAWAH', 'SESUAI', policy)).toBe(70);
  });
});
