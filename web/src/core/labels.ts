/**
 * The Indonesian words for the API's codes, in one place, so every screen names a status or rating the same way.
 * quadrant.ts is pure data and logic, so the labels (and the predikat preview) come from the server's own module.
 */
import { PREDIKAT_LABELS, RATING_LABELS, type Predikat, type Rating } from '../../../shared/domain/quadrant.ts';
import type { PeriodStatus, SkpStatus } from './types.ts';

export { PREDIKAT_LABELS, RATING_LABELS };

export const RATING_OPTIONS: readonly { value: Rating; label: string }[] = (['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const).map((value) => ({
  value,
  label: RATING_LABELS[value],
}));

export function predikatLabel(predikat: Predikat | null | undefined): string {
  return predikat ? PREDIKAT_LABELS[predikat] : '—';
}

export function ratingLabel(rating: Rating | null | undefined): string {
  return rating ? RATING_LABELS[rating] : '—';
}

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<'BELUM_DINILAI' | 'DRAFT' | 'FINAL', string>> = {
  BELUM_DINILAI: 'Belum dinilai',
  DRAFT: 'Draf',
  FINAL: 'Final',
};

export const PERIOD_STATUS_LABELS: Readonly<Record<PeriodStatus, string>> = {
  OPEN: 'Terbuka',
  CLOSING: 'Sedang ditutup',
  CLOSED: 'Ditutup',
};

export const PERIOD_KIND_LABELS: Readonly<Record<'BULANAN' | 'TRIWULAN' | 'TAHUNAN', string>> = {
  BULANAN: 'Bulanan',
  TRIWULAN: 'Triwulan',
  TAHUNAN: 'Tahunan',
};

export const SKP_STATUS_LABELS: Readonly<Record<SkpStatus, string>> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan ke atasan',
  APPROVED: 'Disetujui',
  RETURNED: 'Dikembalikan',
};

export const REPORT_STATUS_LABELS = {
  DIAJUKAN: 'Diajukan',
  SESUAI: 'Sesuai',
  DIKEMBALIKAN: 'Dikembalikan',
} as const;

/** A small coloured label: `status-<tone>` classes are in style.css. */
export function statusTone(code: string): string {
  return `status status-${code.toLowerCase().replace(/_/g, '-')}`;
}
