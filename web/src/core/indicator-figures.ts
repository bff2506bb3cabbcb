import type { IndicatorProgress } from '../../../shared/domain/achievements.ts';
import { formatNumber } from './format.ts';

/**
 * An indicator's period figures in words, the same on the employee's progress card and the supervisor's assessment
 * table. The rule itself (which indicators add up, which are averaged) is the server's, in shared/domain/achievements.ts.
 */
export const PERIOD_FIGURES_NOTE =
  'Target SKP berlaku setahun. Indikator kuantitas (selain persentase) dihitung jumlahnya: target periode ini adalah bagian dari target tahunan (1/12 untuk sebulan, 1/4 untuk triwulan) dan realisasinya jumlah laporan periode ini. ' +
  'Indikator kualitas, waktu, biaya, dan persentase dihitung rata-ratanya: rata-rata laporan periode ini dibandingkan dengan target tahunan. Laporan yang dikembalikan atasan tidak dihitung.';

const amount = (value: number, satuan: string) => `${formatNumber(value)} ${satuan}`;

/** "1 dokumen (12 setahun)" when the period carries a share of the annual target; the target alone when it is the annual one. */
export function periodTargetText(indicator: Pick<IndicatorProgress, 'target' | 'periodTarget' | 'satuan'>): string {
  const own = amount(indicator.periodTarget, indicator.satuan);
  return indicator.periodTarget === indicator.target ? own : `${own} (${formatNumber(indicator.target)} setahun)`;
}

/** "3 dokumen" summed; "rata-rata 91 %" for a level; "—" for a level nobody reported on (there is no average of nothing). */
export function realizationText(indicator: Pick<IndicatorProgress, 'realization' | 'satuan' | 'measure' | 'achievement'>): string {
  if (indicator.measure === 'JUMLAH') return amount(indicator.realization, indicator.satuan);
  return indicator.achievement === undefined ? '—' : `rata-rata ${amount(indicator.realization, indicator.satuan)}`;
}
