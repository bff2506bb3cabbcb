import { COLUMNS, type Column, type PublicCell } from './public-api.ts';

/** One coloured piece of a 100 % bar: a published count, or everything hidden taken together. */
export interface Segment {
  readonly key: Column | 'HIDDEN';
  readonly count: number;
  /** 0–1 of the bar. */
  readonly share: number;
  /** Where it starts, 0–1. */
  readonly offset: number;
}

/**
 * The pieces of a bar for a suppressed distribution: each published count in the predikat order, then one
 * "disembunyikan" piece for what the hidden cells add up to (the total less the published counts; the page
 * shows no more than the published totals already say). Empty counts make no piece.
 */
export function segmentsOf(distribution: Readonly<Record<Column, PublicCell | null>>, total: number): Segment[] {
  if (total <= 0) return [];
  const visible = COLUMNS.flatMap((key) => {
    const value = distribution[key];
    return typeof value === 'number' && value > 0 ? [{ key, count: value }] : [];
  });
  const hidden = total - visible.reduce((sum, piece) => sum + piece.count, 0);
  const pieces: { key: Column | 'HIDDEN'; count: number }[] = hidden > 0 ? [...visible, { key: 'HIDDEN', count: hidden }] : visible;
  let offset = 0;
  return pieces.map((piece) => {
    const segment = { ...piece, share: piece.count / total, offset };
    offset += segment.share;
    return segment;
  });
}

/** Whether any cell of the distribution is hidden. */
export function hasHidden(distribution: Readonly<Record<Column, PublicCell | null>>): boolean {
  return COLUMNS.some((key) => typeof distribution[key] !== 'number');
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** A period's axis label: `2026-03` → "Mar", `2026-TW2` → "TW II", `2026` → "2026". */
export function shortPeriodLabel(periodId: string): string {
  const month = /^\d{4}-(\d{2})$/.exec(periodId);
  if (month) return SHORT_MONTHS[Number(month[1]) - 1] ?? periodId;
  const quarter = /^\d{4}-TW([1-4])$/.exec(periodId);
  if (quarter) return `TW ${QUARTERS[Number(quarter[1]) - 1]}`;
  return periodId;
}

/** CSS class of a piece, shared by the bars and the legend. */
export function segmentClass(key: Column | 'HIDDEN'): string {
  return `seg seg-${key.toLowerCase().replaceAll('_', '-')}`;
}
