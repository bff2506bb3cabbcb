import { h } from '../core/dom.ts';
import { formatNumber, formatPercent } from '../core/format.ts';
import { segmentClass, segmentsOf, shortPeriodLabel, type Segment } from './chart-model.ts';
import { COLUMNS, type Column, type PublicCell } from './public-api.ts';

/**
 * The transparency charts, drawn as plain SVG: no library, nothing fetched. Colours come from classes in
 * transparansi.css (the page's CSP allows no inline style), each piece carries its numbers in a tooltip, each
 * chart a text alternative, and the tables beside them hold every figure.
 */
const SVG = 'http://www.w3.org/2000/svg';

export type Labels = Readonly<Record<Column, string>>;
export const HIDDEN_LABEL = 'Disembunyikan (angka kecil)';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

const pieceLabel = (labels: Labels, segment: Segment) => (segment.key === 'HIDDEN' ? HIDDEN_LABEL : labels[segment.key]);

/** "Sangat Baik 10 (25 %), Baik 22 (55 %), …": what a bar shows, in words. */
export function describeSegments(labels: Labels, segments: readonly Segment[]): string {
  return segments.map((s) => `${pieceLabel(labels, s)} ${formatNumber(s.count)} (${formatPercent(Math.round(s.share * 1000) / 10)})`).join(', ');
}

/** The colour key, in the predikat order, with the hidden piece last. */
export function legend(labels: Labels): HTMLElement {
  const keys: (Column | 'HIDDEN')[] = [...COLUMNS, 'HIDDEN'];
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Keterangan warna' },
    ...keys.map((key) =>
      h(
        'li',
        {},
        svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' }, svg('rect', { width: 14, height: 14, rx: 2, class: segmentClass(key) })),
        key === 'HIDDEN' ? HIDDEN_LABEL : labels[key],
      ),
    ),
  );
}

export interface BarRow {
  readonly name: string;
  readonly total: number;
  readonly distribution: Readonly<Record<Column, PublicCell | null>>;
}

/** One 100 % bar per OPD, its name above it (names wrap on a phone; the bar stretches to the width). */
export function distributionBars(labels: Labels, rows: readonly BarRow[], caption: string): HTMLElement {
  return h(
    'figure',
    { class: 'chart bars' },
    h('figcaption', { class: 'chart-caption' }, caption),
    h(
      'ul',
      { class: 'bar-list' },
      ...rows.map((row) => {
        const segments = segmentsOf(row.distribution, row.total);
        const text = `${row.name}, ${formatNumber(row.total)} pegawai dinilai: ${describeSegments(labels, segments)}.`;
        return h(
          'li',
          { class: 'bar-row' },
          h('div', { class: 'bar-label', 'aria-hidden': 'true' }, h('span', { class: 'bar-name' }, row.name), h('span', { class: 'bar-total' }, `${formatNumber(row.total)} pegawai`)),
          svg(
            'svg',
            { class: 'bar', viewBox: '0 0 1000 20', preserveAspectRatio: 'none', role: 'img', 'aria-label': text },
            ...segments.map((s) =>
              svg(
                'rect',
                { x: s.offset * 1000, y: 0, width: s.share * 1000, height: 20, class: segmentClass(s.key) },
                svg('title', {}, `${pieceLabel(labels, s)}: ${formatNumber(s.count)} (${formatPercent(Math.round(s.share * 1000) / 10)})`),
              ),
            ),
          ),
        );
      }),
    ),
  );
}

export interface TrendColumn {
  readonly periodId: string;
  readonly name: string;
  /** Undefined where nothing is published for the period (the OPD was too small). */
  readonly total?: number;
  readonly distribution?: Readonly<Record<Column, PublicCell | null>>;
}

/**
 * Stacked 100 % columns, one per period, oldest on the left, drawn at the width it is given so that its
 * text stays at its real size on a phone. Redraw it when the width changes.
 */
export function trendChart(labels: Labels, columns: readonly TrendColumn[], width: number, titleId: string, title: string): SVGSVGElement {
  const height = 240;
  const margin = { left: 46, right: 8, top: 10, bottom: 30 };
  const plotWidth = Math.max(width - margin.left - margin.right, 40);
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(columns.length, 1);
  const barWidth = Math.min(56, slot * 0.72);
  const labelEvery = slot >= 30 ? 1 : slot >= 16 ? 2 : 3;
  const y = (share: number) => margin.top + plotHeight * (1 - share);
  const descId = `${titleId}-desc`;

  const grid = [0, 0.25, 0.5, 0.75, 1].flatMap((share) => [
    svg('line', { x1: margin.left, x2: margin.left + plotWidth, y1: y(share), y2: y(share), class: share === 0 ? 'axis' : 'gridline' }),
    svg('text', { x: margin.left - 6, y: y(share) + 4, 'text-anchor': 'end', class: 'tick' }, formatPercent(share * 100)),
  ]);
  const bars = columns.flatMap((column, i) => {
    const x = margin.left + slot * i + (slot - barWidth) / 2;
    const label = i % labelEvery === 0 ? [svg('text', { x: x + barWidth / 2, y: height - 10, 'text-anchor': 'middle', class: 'tick' }, shortPeriodLabel(column.periodId))] : [];
    if (!column.distribution || !column.total) return label;
    const segments = segmentsOf(column.distribution, column.total);
    return [
      ...segments.map((s) =>
        svg(
          'rect',
          { x, width: barWidth, y: y(s.offset + s.share), height: Math.max(plotHeight * s.share, 0), class: segmentClass(s.key) },
          svg('title', {}, `${column.name}: ${pieceLabel(labels, s)} ${formatNumber(s.count)} (${formatPercent(Math.round(s.share * 1000) / 10)})`),
        ),
      ),
      ...label,
    ];
  });
  return svg(
    'svg',
    { class: 'trend-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
    svg('title', { id: titleId }, title),
    svg('desc', { id: descId }, describeTrend(labels, columns)),
    ...grid,
    ...bars,
  );
}

/** The trend in words, period by period, for those who cannot see the chart. */
function describeTrend(labels: Labels, columns: readonly TrendColumn[]): string {
  return columns
    .map((column) =>
      column.distribution && column.total
        ? `${column.name}: ${describeSegments(labels, segmentsOf(column.distribution, column.total))}`
        : `${column.name}: tidak ditampilkan`,
    )
    .join('. ');
}
