import { h } from '../../core/dom.ts';
import { formatInstant, formatPercent } from '../../core/format.ts';
import { PERIOD_STATUS_LABELS } from '../../core/labels.ts';
import { fact, notice } from '../../core/ui.ts';
import { basisText, curveVerdict, decisionFacts, distributionRows, reportFacts, type UnitReport } from './unit-results-model.ts';

/**
 * The unit's period report as its head signs it off: completion, the predikat spread against the curve, the decisions
 * that follow and what needs attention. Every figure is text or a table cell.
 */
export function reportCard(report: UnitReport): HTMLElement {
  const titleId = 'unit-report-title';
  return h(
    'section',
    { class: 'card unit-report', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, `${report.unit.name} · ${report.period.name}`),
    h(
      'p',
      { class: 'sub' },
      `Periode ${PERIOD_STATUS_LABELS[report.period.status].toLowerCase()}${report.period.closedAt ? ` pada ${formatInstant(report.period.closedAt)}` : ''} · data per ${formatInstant(report.generatedAt)}`,
    ),
    h('dl', { class: 'facts unit-report-facts' }, ...reportFacts(report).map(([term, value]) => fact(term, value))),
    h('h3', { id: 'spread-title' }, 'Sebaran predikat'),
    h('p', { class: 'sub' }, basisText(report)),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table spread-table', 'aria-labelledby': 'spread-title' },
        // Two columns, so the table fits a phone as it is: the count and its share together.
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Predikat'), h('th', { scope: 'col', class: 'num' }, 'Pegawai'))),
        h(
          'tbody',
          {},
          ...distributionRows(report).map((row) => h('tr', { 'data-predikat': row.key }, h('th', { scope: 'row' }, row.label), h('td', { class: 'num' }, `${row.count} (${row.percent})`))),
        ),
      ),
    ),
    h('h3', { id: 'curve-title' }, 'Kurva distribusi'),
    h('p', { class: 'curve-verdict' }, curveVerdict(report)),
    report.curve.rules.length === 0
      ? null
      : h(
          'ul',
          { class: 'curve-rules', 'aria-labelledby': 'curve-title' },
          ...report.curve.rules.map((rule) =>
            h('li', { class: rule.ok ? 'rule-ok' : 'rule-broken' }, h('strong', {}, rule.ok ? 'Terpenuhi: ' : 'Tidak terpenuhi: '), `${rule.rule} (unit ini ${formatPercent(rule.actualPercent)})`),
          ),
        ),
    h('h3', {}, 'Keputusan'),
    h('dl', { class: 'facts unit-decisions' }, ...decisionFacts(report).map(([term, value]) => fact(term, value))),
    h('h3', { id: 'warnings-title' }, 'Perlu perhatian'),
    report.warnings.length === 0
      ? notice('success', 'Tidak ada peringatan untuk unit ini pada periode ini.')
      : h('ul', { class: 'warning-list unit-warnings', 'aria-labelledby': 'warnings-title' }, ...report.warnings.map((warning) => h('li', {}, warning))),
    h(
      'p',
      { class: 'sign-off' },
      report.signOff
        ? `Disahkan oleh pimpinan unit: ${report.signOff.name}, ${report.signOff.jabatan} (NIP ${report.signOff.nip}).`
        : 'Pimpinan unit belum tercatat; laporan ini belum dapat disahkan.',
    ),
  );
}
