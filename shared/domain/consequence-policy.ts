import type { Predikat } from './quadrant.ts';

/**
 * What a predikat leads to (PP 30/2019 tindak lanjut; PP 11/2017 rewards; Peraturan BKN 3/2023 for the
 * default incentive shape). Versioned and stored on every result, so a later policy change never
 * rewrites how an old result was decided. Sanctions are only ever *recommended* to people (PP 94/2021).
 */
export interface ConsequencePolicy {
  readonly version: string;
  readonly incentiveFactor: Readonly<Record<Predikat, number>>;
  readonly awardPredikats: readonly Predikat[];
  /** "Pegawai Berkinerja Terbaik" piagams per unit, among the awarded, by score. */
  readonly topPerformersPerUnit: number;
  readonly pembinaanPredikats: readonly Predikat[];
  readonly pembinaanMeetingWithinDays: number;
  readonly recommendedTraining: Readonly<Partial<Record<Predikat, string>>>;
  /** A sanction recommendation when this many consecutive results (this one included) are pembinaan predikats. */
  readonly sanctionAfterConsecutivePoor: number;
}

export const DEFAULT_CONSEQUENCE_POLICY: ConsequencePolicy = {
  version: 'tindak-lanjut-2026.1',
  incentiveFactor: { SANGAT_BAIK: 1.5, BAIK: 1, BUTUH_PERBAIKAN: 0.75, KURANG: 0.5, SANGAT_KURANG: 0.25 },
  awardPredikats: ['SANGAT_BAIK'],
  topPerformersPerUnit: 1,
  pembinaanPredikats: ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  pembinaanMeetingWithinDays: 14,
  recommendedTraining: {
    BUTUH_PERBAIKAN: 'Coaching dan mentoring oleh atasan langsung; pelatihan teknis sesuai jabatan',
    KURANG: 'Pembinaan disiplin dan integritas; pelatihan Core Values BerAKHLAK',
    SANGAT_KURANG: 'Pembinaan intensif oleh atasan dan BKPSDM; pelatihan teknis dan Core Values BerAKHLAK',
  },
  sanctionAfterConsecutivePoor: 2,
};
