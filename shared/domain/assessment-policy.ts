import type { BerakhlakValue } from './berakhlak.ts';
import type { Rating } from './quadrant.ts';
import type { Rhk } from './skp.ts';

/**
 * The configurable, versioned rules that *suggest* ratings and compute the numeric score.
 * The quadrant itself is regulation, not policy (quadrant.ts). Each assessment stores the version it used.
 */
export interface AssessmentPolicy {
  readonly version: string;
  /** An indicator is above expectation at or over this capaian (%). */
  readonly indicatorAboveAt: number;
  /** An indicator is as expected at or over this capaian (%), below it otherwise. */
  readonly indicatorAsExpectedAt: number;
  /** Perilaku is suggested DI_ATAS when at least this many of the 7 values are above and none below. */
  readonly perilakuAboveCount: number;
  /** Perilaku is suggested DI_BAWAH when at least this many of the 7 values are below. */
  readonly perilakuBelowCount: number;
  /** Points per rating for the numeric score (PP 46/2011 style 0–100), and the weight of Hasil Kerja in it. */
  readonly points: Readonly<Record<Rating, number>>;
  readonly hasilKerjaWeight: number;
}

export const DEFAULT_ASSESSMENT_POLICY: AssessmentPolicy = {
  version: 'penilaian-2026.1',
  indicatorAboveAt: 110,
  indicatorAsExpectedAt: 100,
  perilakuAboveCount: 4,
  perilakuBelowCount: 4,
  points: { DI_ATAS: 100, SESUAI: 85, DI_BAWAH: 60 },
  hasilKerjaWeight: 0.6,
};

export interface IndicatorAchievement {
  readonly indicatorId: string;
  readonly rhkKind: Rhk['kind'];
  /** Capaian in percent; undefined when nothing was realised yet (counts as below). */
  readonly achievement?: number;
}

export function rateIndicator(achievement: number | undefined, policy: AssessmentPolicy): Rating {
  // Rounded so that 104.5 / 95 × 100 reads as the 110 it is, not 109.99999999999999.
  const capaian = Math.round((achievement ?? 0) * 1e6) / 1e6;
  if (capaian >= policy.indicatorAboveAt) return 'DI_ATAS';
  if (capaian >= policy.indicatorAsExpectedAt) return 'SESUAI';
  return 'DI_BAWAH';
}

/**
 * BKN's wording, as counts: Di Atas when most indicators are above and no UTAMA indicator is below;
 * Di Bawah when most are below; Sesuai otherwise. No indicators, no suggestion.
 */
export function suggestHasilKerja(indicators: readonly IndicatorAchievement[], policy: AssessmentPolicy): Rating | undefined {
  if (indicators.length === 0) return undefined;
  const rated = indicators.map((i) => ({ kind: i.rhkKind, rating: rateIndicator(i.achievement, policy) }));
  const above = rated.filter((i) => i.rating === 'DI_ATAS').length;
  const below = rated.filter((i) => i.rating === 'DI_BAWAH').length;
  const mainBelow = rated.some((i) => i.kind === 'UTAMA' && i.rating === 'DI_BAWAH');
  if (above * 2 > rated.length && !mainBelow) return 'DI_ATAS';
  if (below * 2 > rated.length) return 'DI_BAWAH';
  return 'SESUAI';
}

export function suggestPerilaku(values: Readonly<Record<BerakhlakValue, Rating>>, policy: AssessmentPolicy): Rating {
  const ratings = Object.values(values);
  const above = ratings.filter((r) => r === 'DI_ATAS').length;
  const below = ratings.filter((r) => r === 'DI_BAWAH').length;
  if (below >= policy.perilakuBelowCount) return 'DI_BAWAH';
  if (above >= policy.perilakuAboveCount && below === 0) return 'DI_ATAS';
  return 'SESUAI';
}

/** A 0–100 figure for dashboards and incentives, beside the predikat and never instead of it. */
export function numericScore(hasilKerja: Rating, perilaku: Rating, policy: AssessmentPolicy): number {
  const score = policy.points[hasilKerja] * policy.hasilKerjaWeight + policy.points[perilaku] * (1 - policy.hasilKerjaWeight);
  return Math.round(score * 100) / 100;
}
