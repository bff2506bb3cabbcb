import { h } from '../core/dom.ts';
import { formatNumber, formatPercent } from '../core/format.ts';
import type { Labels } from './charts.ts';
import { COLUMNS, type PublicCell, type PublicSummary, type TrendPoint, type UnitRow } from './public-api.ts';
import { ORG_PREDIKAT_LABELS, type OrgPredikat } from '../../../shared/domain/curve.ts';

// Every figure behind the charts, as tables (stacked into cards on a phone).

/** A published count, "<5", or a hidden total. */
function cell(value: PublicCell | null | undefined): Node | string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return h('span', {}, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, 'disembunyikan'));
}

const percent = (value: number | null) => (value === null ? '–' : formatPercent(value));
const numeric = (label: string, content: Node | string) => h('td', { class: 'num', 'data-label': label }, content);

export function distributionTable(summary: PublicSummary): HTMLElement {
  const labels = summary.labels;
  const head = ['OPD', 'Dinilai', ...COLUMNS.map((c) => labels[c]), 'Penghargaan', 'Pembinaan', 'Pelaporan', 'Predikat organisasi'];
  const row = (unit: UnitRow) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', 'data-label': 'OPD' }, unit.unitName),
      numeric('Dinilai', formatNumber(unit.employees)),
      ...COLUMNS.map((c) => numeric(labels[c], cell(unit.distribution[c]))),
      numeric('Penghargaan', cell(unit.awards)),
      numeric('Pembinaan', cell(unit.pembinaan)),
      numeric('Pelaporan', percent(unit.reportingRatePercent)),
      h('td', { 'data-label': 'Predikat organisasi' }, unit.orgPredikat ? (ORG_PREDIKAT_LABELS[unit.orgPredikat as OrgPredikat] ?? unit.orgPredikat) : '–'),
    );
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': `Tabel sebaran predikat per OPD, ${summary.period.name}`, tabindex: 0 },
    h(
      'table',
      { class: 'data-table stack-table public-table' },
      h('caption', { class: 'visually-hidden' }, `Sebaran predikat per OPD, ${summary.period.name}`),
      h('thead', {}, h('tr', {}, ...head.map((text, i) => h('th', { scope: 'col', class: i > 0 && i < head.length - 1 ? 'num' : undefined }, text)))),
      h('tbody', {}, ...summary.units.map(row)),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row', 'data-label': 'OPD' }, 'Seluruh OPD yang ditampilkan'),
          numeric('Dinilai', formatNumber(summary.cityEmployees)),
          ...COLUMNS.map((c) => numeric(labels[c], cell(summary.cityTotals[c]))),
          numeric('Penghargaan', cell(summary.cityTotals.SANGAT_BAIK)),
          numeric('Pembinaan', '–'),
          numeric('Pelaporan', percent(summary.cityReportingRatePercent)),
          h('td', { 'data-label': 'Predikat organisasi' }, '–'),
        ),
      ),
    ),
  );
}

/** The trend's figures; for one OPD, its own row in each period (or a note where it was too small to publish). */
export function trendTable(labels: Labels, points: readonly TrendPoint[], unitName: string | undefined): HTMLElement {
  const head = ['Periode', 'Dinilai', ...COLUMNS.map((c) => labels[c]), 'Pelaporan'];
  const rows = points.map((point) => {
    const figures = unitName ? point.unit : { employees: point.employees, distribution: point.distribution, reportingRatePercent: point.reportingRatePercent };
    if (!figures) {
      return h('tr', {}, h('th', { scope: 'row', 'data-label': 'Periode' }, point.name), h('td', { colspan: head.length - 1, 'data-label': 'Keterangan' }, 'Tidak ditampilkan: pegawai yang dinilai kurang dari batas publikasi.'));
    }
    return h(
      'tr',
      {},
      h('th', { scope: 'row', 'data-label': 'Periode' }, point.name),
      numeric('Dinilai', formatNumber(figures.employees)),
      ...COLUMNS.map((c) => numeric(labels[c], cell(figures.distribution[c]))),
      numeric('Pelaporan', percent(figures.reportingRatePercent)),
    );
  });
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': `Tabel tren${unitName ? `, ${unitName}` : ''}`, tabindex: 0 },
    h(
      'table',
      { class: 'data-table stack-table public-table' },
      h('caption', { class: 'visually-hidden' }, `Tren sebaran predikat${unitName ? `, ${unitName}` : ', seluruh OPD yang ditampilkan'}`),
      h('thead', {}, h('tr', {}, ...head.map((text, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : undefined }, text)))),
      h('tbody', {}, ...rows),
    ),
  );
}
