import type { IndicatorProgress } from '../../../../shared/domain/achievements.ts';
import { formatNumber, formatPercent } from '../../core/format.ts';
import { periodTargetText, realizationText } from '../../core/indicator-figures.ts';
import type { Period } from '../../core/types.ts';
import { RHK_KIND_LABELS } from './skp-view.ts';

/** `GET /api/reports/progress?period=`: the caller's capaian so far per indicator of their approved SKP. */
export interface OwnProgress {
  readonly periodId: string;
  readonly hasApprovedSkp: boolean;
  readonly indicators: readonly IndicatorProgress[];
}

/** One indicator as the progress table reads it. */
export interface ProgressRow {
  readonly indicatorId: string;
  readonly name: string;
  readonly rhkKind: string;
  /** "1 dokumen (12 setahun)": the period's target, with the annual one beside it when they differ. */
  readonly periodTarget: string;
  /** "3 dokumen", or "rata-rata 91 %" for a level indicator. */
  readonly realization: string;
  /** "95,5 %", or a word when nothing was reported on it yet. */
  readonly capaian: string;
  /** How full the bar is: the capaian, capped at 100 (a bar cannot overflow; the text carries the real figure). */
  readonly bar: number;
}

export function progressRows(indicators: readonly IndicatorProgress[]): ProgressRow[] {
  return indicators.map((indicator) => ({
    indicatorId: indicator.indicatorId,
    name: indicator.name,
    rhkKind: RHK_KIND_LABELS[indicator.rhkKind],
    periodTarget: periodTargetText(indicator),
    realization: realizationText(indicator),
    capaian: indicator.achievement === undefined ? 'Belum ada laporan' : formatPercent(indicator.achievement),
    bar: Math.max(0, Math.min(100, indicator.achievement ?? 0)),
  }));
}

/** "3 indikator · 2 sudah ada realisasi · 1 mencapai target (100 % atau lebih)". */
export function progressSummary(indicators: readonly IndicatorProgress[]): string {
  const reported = indicators.filter((indicator) => indicator.achievement !== undefined).length;
  const reached = indicators.filter((indicator) => (indicator.achievement ?? 0) >= 100).length;
  return `${formatNumber(indicators.length)} indikator · ${formatNumber(reported)} sudah ada realisasi · ${formatNumber(reached)} mencapai target (100\u00a0% atau lebih)`;
}

/**
 * Why there is no table to show, in Indonesian, or undefined when there is one: no open period to measure, or no
 * approved SKP for the period's year (a draft or submitted plan has no agreed targets yet).
 */
export function progressGap(openPeriod: Pick<Period, 'name' | 'year'> | null, progress?: Pick<OwnProgress, 'hasApprovedSkp' | 'indicators'>): string | undefined {
  if (!openPeriod) return 'Tidak ada periode penilaian yang terbuka saat ini, jadi belum ada capaian berjalan untuk ditampilkan.';
  if (!progress) return undefined;
  if (!progress.hasApprovedSkp) {
    return `Belum ada SKP ${openPeriod.year} yang disetujui atasan. Capaian per indikator tampil di sini setelah SKP disetujui dan Anda melaporkan kegiatan dengan indikatornya.`;
  }
  if (progress.indicators.length === 0) return `SKP ${openPeriod.year} yang disetujui belum memuat indikator.`;
  return undefined;
}
