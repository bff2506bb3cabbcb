import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { PERIOD_FIGURES_NOTE } from '../../core/indicator-figures.ts';
import type { Period } from '../../core/types.ts';
import { errorNotice, notice, show } from '../../core/ui.ts';
import { progressGap, progressRows, progressSummary, type OwnProgress, type ProgressRow } from './progress-model.ts';

const TITLE_ID = 'progress-title';

/**
 * "Capaian sejauh ini" on SKP saya: per indicator of the approved SKP, the open period's target (the annual one
 * beside it), what the period's reports come to so far, summed or averaged (returned reports do not count), and the capaian. It loads on its own, so a slow answer never
 * holds up the plan itself.
 */
export function progressCard(api: ApiClient, openPeriod: Period | null): HTMLElement {
  const body = h('div', { class: 'progress-body' });
  const card = h(
    'section',
    { class: 'card own-progress', 'aria-labelledby': TITLE_ID },
    h('h2', { id: TITLE_ID }, openPeriod ? `Capaian sejauh ini · ${openPeriod.name}` : 'Capaian sejauh ini'),
    body,
  );
  const gap = progressGap(openPeriod);
  if (gap || !openPeriod) {
    show(body, notice('info', gap ?? ''));
    return card;
  }
  const periodId = openPeriod.periodId;

  const load = async () => {
    show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat capaian…'));
    try {
      const progress = await api.get<OwnProgress>(`/api/reports/progress?period=${encodeURIComponent(periodId)}`);
      const missing = progressGap(openPeriod, progress);
      show(body, ...(missing ? [notice('info', missing)] : progressTable(progress)));
    } catch (error) {
      if (!(error instanceof SessionEnded)) show(body, errorNotice('Capaian tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
  return card;
}

function progressTable(progress: OwnProgress): HTMLElement[] {
  return [
    h('p', { class: 'muted' }, PERIOD_FIGURES_NOTE),
    h('p', { class: 'progress-summary' }, progressSummary(progress.indicators)),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table stack-table progress-table', 'aria-labelledby': TITLE_ID },
        h('thead', {}, h('tr', {}, ...['Indikator', 'Target periode ini', 'Realisasi sejauh ini', 'Capaian'].map((label, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : undefined }, label)))),
        h('tbody', {}, ...progressRows(progress.indicators).map(progressRow)),
      ),
    ),
  ];
}

function progressRow(row: ProgressRow): HTMLElement {
  return h(
    'tr',
    { 'data-indicator': row.indicatorId },
    h('th', { scope: 'row', 'data-label': 'Indikator' }, h('span', {}, row.name, h('span', { class: 'sub' }, `${row.rhkKind} · kode ${row.indicatorId}`))),
    h('td', { class: 'num wrap-on-phone', 'data-label': 'Target periode ini' }, row.periodTarget),
    h('td', { class: 'num wrap-on-phone', 'data-label': 'Realisasi sejauh ini' }, row.realization),
    h(
      'td',
      { class: 'num capaian', 'data-label': 'Capaian' },
      h(
        'span',
        { class: 'capaian-cell' },
        h('span', { class: 'capaian-text' }, row.capaian),
        // The figure beside it is what is read out; the bar only shows it at a glance.
        h('progress', { max: 100, value: row.bar, 'aria-hidden': 'true' }),
      ),
    ),
  );
}
