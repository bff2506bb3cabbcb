import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { formatNumber } from '../../core/format.ts';
import { ratingLabel } from '../../core/labels.ts';
import { announce } from '../../core/announce.ts';
import { busy, notice, reasonOf, show } from '../../core/ui.ts';
import { askReopenAssessment } from './reopen-assessment.ts';
import { loadUnitResults } from './unit-results-api.ts';
import { decisionsText, incentiveText, noticeText, predikatText, tppText, type UnitResult } from './unit-results-model.ts';

const COLUMNS = ['Pegawai', 'Hasil kerja', 'Perilaku', 'Predikat', 'Faktor insentif', 'TPP kinerja', 'Keputusan', 'Pemberitahuan'] as const;

/**
 * Each person's result in the period with what follows from it, the TPP input and the notice, by predikat then NIP,
 * a hundred at a time ("Tampilkan berikutnya" reads on). Before the close there are no results; the table says so.
 * With `reopenable` (BKPSDM, a period reopened for corrections), each row can reopen that person's final assessment.
 */
export function resultsCard(api: ApiClient, unitId: string, periodId: string, first: { items: UnitResult[]; nextCursor?: string }, reopenable = false): HTMLElement {
  const titleId = 'unit-results-title';
  const title = h('h2', { id: titleId });
  const body = h('tbody', {});
  const more = h('div', { class: 'form-actions' });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  let shown = 0;

  const add = (page: { items: UnitResult[]; nextCursor?: string }) => {
    body.append(...page.items.map((result) => resultRow(result, reopenable ? reopenButton(result) : undefined)));
    shown += page.items.length;
    title.textContent = `Hasil per pegawai (${formatNumber(shown)}${page.nextCursor ? '+' : ''})`;
    show(more, page.nextCursor ? moreButton(page.nextCursor) : null);
  };

  const moreButton = (cursor: string) => {
    const button = h('button', { type: 'button', class: 'button secondary' }, 'Tampilkan berikutnya');
    button.addEventListener('click', () =>
      void busy(button, 'Memuat…', async () => {
        show(alert);
        try {
          add(await loadUnitResults(api, unitId, periodId, cursor));
        } catch (error) {
          if (!(error instanceof SessionEnded)) show(alert, notice('error', `Hasil berikutnya tidak dapat dimuat. ${reasonOf(error)}`));
        }
      }),
    );
    return button;
  };

  const reopenButton = (result: UnitResult) => {
    const button = h('button', { type: 'button', class: 'button secondary small' }, 'Buka kembali penilaian');
    button.setAttribute('aria-label', `Buka kembali penilaian ${result.name}`);
    button.addEventListener('click', async () => {
      if (!(await askReopenAssessment(api, result, periodId))) return;
      const done = notice('success', `Penilaian ${result.name} dibuka kembali sebagai draf; atasan langsungnya dapat mengubah dan memfinalkannya sebelum periode ditutup kembali.`);
      button.replaceWith(done);
      announce(`Penilaian ${result.name} dibuka kembali.`);
    });
    return button;
  };

  const card = h('section', { class: 'card', 'aria-labelledby': titleId }, title);
  if (first.items.length === 0) {
    title.textContent = 'Hasil per pegawai';
    card.append(notice('info', 'Belum ada hasil untuk unit ini pada periode ini. Hasil ditetapkan saat periode ditutup.'));
    return card;
  }
  card.append(
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table stack-table unit-results-table', 'aria-labelledby': titleId },
        h('thead', {}, h('tr', {}, ...[...COLUMNS, ...(reopenable ? ['Koreksi'] : [])].map((label) => h('th', { scope: 'col', class: label === 'Faktor insentif' || label === 'TPP kinerja' ? 'num' : undefined }, label)))),
        body,
      ),
    ),
    alert,
    more,
  );
  add(first);
  return card;
}

function resultRow(result: UnitResult, reopen?: HTMLElement): HTMLElement {
  const predikatClass = result.predikat ? `predikat-${result.predikat.toLowerCase().replace(/_/g, '-')}` : 'predikat-none';
  return h(
    'tr',
    { 'data-nip': result.nip },
    h('th', { scope: 'row', 'data-label': 'Pegawai' }, h('div', {}, h('span', {}, result.name), h('span', { class: 'sub' }, `${result.jabatan} · NIP ${result.nip}`))),
    h('td', { 'data-label': 'Hasil kerja' }, ratingLabel(result.hasilKerja)),
    h('td', { 'data-label': 'Perilaku' }, ratingLabel(result.perilaku)),
    h('td', { 'data-label': 'Predikat' }, h('span', { class: `status ${predikatClass}` }, predikatText(result.predikat))),
    h('td', { class: 'num', 'data-label': 'Faktor insentif' }, incentiveText(result.incentiveFactor)),
    h('td', { class: 'num', 'data-label': 'TPP kinerja' }, tppText(result.tpp)),
    h('td', { 'data-label': 'Keputusan' }, decisionsText(result.decisions)),
    h('td', { 'data-label': 'Pemberitahuan' }, noticeText(result.notice)),
    reopen ? h('td', { 'data-label': 'Koreksi' }, reopen) : null,
  );
}
