import { NetworkError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatLongDate, formatNumber } from '../../core/format.ts';
import type { ActivityReport, Period } from '../../core/types.ts';
import { listReports } from './reports-api.ts';

const STATUS_LABELS: Record<ActivityReport['status'], string> = {
  DIAJUKAN: 'Diajukan',
  SESUAI: 'Sesuai',
  DIKEMBALIKAN: 'Dikembalikan',
};

export interface ReportList {
  readonly element: HTMLElement;
  /** Shows a report just sent without another round trip, if it belongs to the period shown. */
  prepend(report: ActivityReport): void;
}

/** "Laporan saya": the open period's reports, newest first, a page at a time. */
export function createReportList(api: ApiClient, period: Period | null): ReportList {
  const list = h('ol', { class: 'report-list', 'aria-labelledby': 'my-reports-title' });
  const summary = h('p', { class: 'muted list-summary' });
  const message = h('div', { class: 'list-message' });
  const more = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Muat lagi');
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'my-reports-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'my-reports-title' }, 'Laporan saya'), summary),
    message,
    list,
    h('div', { class: 'list-actions' }, more),
  );

  let cursor: string | undefined;
  let shown = 0;
  let loading = false;

  const updateSummary = () => {
    if (!period) summary.textContent = '';
    else summary.textContent = `Periode ${period.name} · ${formatNumber(shown)} laporan ditampilkan${cursor ? ' (ada lagi)' : ''}`;
  };

  const showEmpty = () => {
    if (shown === 0) list.replaceChildren(h('li', { class: 'empty' }, 'Belum ada laporan pada periode ini.'));
  };

  async function loadPage(first: boolean) {
    if (!period || loading) return;
    loading = true;
    more.setAttribute('aria-disabled', 'true');
    more.textContent = 'Memuat…';
    section.setAttribute('aria-busy', 'true');
    message.replaceChildren();
    try {
      const page = await listReports(api, period.periodId, first ? undefined : cursor);
      if (first) {
        list.replaceChildren();
        shown = 0;
      }
      list.append(...page.items.map(reportItem));
      shown += page.items.length;
      cursor = page.nextCursor;
      showEmpty();
      if (!first) announce(`${formatNumber(page.items.length)} laporan lagi dimuat.`);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const reason = error instanceof NetworkError ? error.message : error instanceof Error ? error.message : '';
      message.replaceChildren(
        h(
          'div',
          { class: 'notice error', role: 'alert' },
          h('p', {}, `Daftar laporan tidak dapat dimuat. ${reason}`),
          h('button', { type: 'button', class: 'button secondary small', onclick: () => void loadPage(first) }, 'Coba lagi'),
        ),
      );
    } finally {
      loading = false;
      more.removeAttribute('aria-disabled');
      more.textContent = 'Muat lagi';
      more.hidden = !cursor;
      section.removeAttribute('aria-busy');
      updateSummary();
    }
  }

  more.addEventListener('click', () => void loadPage(false));

  if (period) void loadPage(true);
  else list.replaceChildren(h('li', { class: 'empty' }, 'Belum ada periode penilaian yang terbuka, jadi belum ada laporan untuk ditampilkan.'));

  return {
    element: section,
    prepend(report) {
      if (!period || report.periodId !== period.periodId) return;
      list.querySelector('.empty')?.remove();
      list.prepend(reportItem(report));
      shown += 1;
      updateSummary();
    },
  };
}

function reportItem(report: ActivityReport): HTMLElement {
  const meta: Node[] = [];
  if (report.indicatorId) meta.push(h('div', {}, h('dt', {}, 'Indikator'), h('dd', {}, report.indicatorId)));
  if (report.realization !== undefined) {
    meta.push(h('div', {}, h('dt', {}, 'Realisasi'), h('dd', {}, [formatNumber(report.realization), report.unit].filter(Boolean).join(' '))));
  } else if (report.unit) {
    meta.push(h('div', {}, h('dt', {}, 'Satuan'), h('dd', {}, report.unit)));
  }
  if (report.evidenceUrl) {
    meta.push(
      h(
        'div',
        {},
        h('dt', {}, 'Bukti'),
        h('dd', {}, h('a', { href: report.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Buka bukti dukung', h('span', { class: 'visually-hidden' }, ' (tab baru)'))),
      ),
    );
  }
  return h(
    'li',
    { class: 'report-item', 'data-report-id': report.reportId },
    h(
      'div',
      { class: 'report-head' },
      h('time', { datetime: report.date, class: 'report-date' }, formatLongDate(report.date)),
      h('span', { class: `status status-${report.status.toLowerCase()}` }, STATUS_LABELS[report.status] ?? report.status),
    ),
    h('p', { class: 'report-activity' }, report.activity),
    meta.length > 0 ? h('dl', { class: 'report-meta' }, ...meta) : null,
    report.verificationNote ? h('p', { class: 'verification-note' }, h('strong', {}, 'Catatan atasan: '), report.verificationNote) : null,
    h('p', { class: 'report-sent' }, `Dikirim ${formatInstant(report.createdAt)}${report.verifiedAt ? ` · diperiksa atasan ${formatInstant(report.verifiedAt)}` : ''}`),
  );
}
