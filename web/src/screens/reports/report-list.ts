import { NetworkError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { confirmAction } from '../../core/confirm.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatLongDate, formatNumber } from '../../core/format.ts';
import type { ActivityReport, Period } from '../../core/types.ts';
import { busy, notice, reasonOf, show } from '../../core/ui.ts';
import { isChangeableByOwner } from './report-actions.ts';
import { listReports, withdrawReport } from './reports-api.ts';

const STATUS_LABELS: Record<ActivityReport['status'], string> = {
  DIAJUKAN: 'Diajukan',
  SESUAI: 'Sesuai',
  DIKEMBALIKAN: 'Dikembalikan',
};

export interface ReportList {
  readonly element: HTMLElement;
  /** Shows a report just sent without another round trip, if it belongs to the period shown. */
  prepend(report: ActivityReport): void;
  /** Shows a corrected report in place of the one it replaced. */
  replace(report: ActivityReport): void;
}

export interface ReportListOptions {
  readonly api: ApiClient;
  readonly period: Period | null;
  /** "Ubah": the report goes into the form for correction. */
  readonly onEdit: (report: ActivityReport) => void;
  /** "Ulangi": the form is prefilled from the report, dated today. */
  readonly onRepeat: (report: ActivityReport) => void;
  readonly onWithdrawn: (report: ActivityReport) => void;
}

/** "Laporan saya": the open period's reports, newest first, a page at a time, each with what may still be done to it. */
export function createReportList({ api, period, onEdit, onRepeat, onWithdrawn }: ReportListOptions): ReportList {
  const list = h('ol', { class: 'report-list', 'aria-labelledby': 'my-reports-title' });
  const heading = h('h2', { id: 'my-reports-title', tabindex: -1 }, 'Laporan saya');
  const summary = h('p', { class: 'muted list-summary' });
  const message = h('div', { class: 'list-message' });
  const more = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Muat lagi');
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'my-reports-title' },
    h('div', { class: 'card-head' }, heading, summary),
    message,
    list,
    h('div', { class: 'list-actions' }, more),
  );

  let cursor: string | undefined;
  let shown = 0;
  let loading = false;

  const reportItem = (report: ActivityReport): HTMLElement => {
    const item = reportView(report);
    item.append(...actions(item, report));
    return item;
  };

  function actions(item: HTMLElement, report: ActivityReport): HTMLElement[] {
    const day = formatLongDate(report.date);
    // The name says which report; it starts with the visible word, so voice control by that word still works.
    const button = (tone: string, verb: string) => h('button', { type: 'button', class: `button ${tone} small`, 'aria-label': `${verb} laporan ${day}` }, verb);
    const alert = h('div', { class: 'form-alert', role: 'alert' });
    const repeat = button('secondary', 'Ulangi');
    repeat.addEventListener('click', () => onRepeat(report));
    if (!isChangeableByOwner(report, period)) return [h('div', { class: 'form-actions report-actions' }, repeat)];
    const edit = button('secondary', report.status === 'DIKEMBALIKAN' ? 'Perbaiki' : 'Ubah');
    const remove = button('danger', 'Hapus');
    edit.addEventListener('click', () => onEdit(report));
    remove.addEventListener('click', async () => {
      if (remove.getAttribute('aria-disabled') === 'true') return;
      show(alert);
      const excerpt = report.activity.length > 80 ? `${report.activity.slice(0, 77)}…` : report.activity;
      const confirmed = await confirmAction({
        title: 'Hapus laporan?',
        body: [`Laporan ${day}: "${excerpt}" dihapus dan tidak dihitung lagi dalam capaian Anda.`],
        confirmLabel: 'Ya, hapus',
        tone: 'danger',
      });
      if (!confirmed) return;
      await busy(remove, 'Menghapus…', async () => {
        try {
          await withdrawReport(api, report);
        } catch (error) {
          if (!(error instanceof SessionEnded)) show(alert, notice('error', `Laporan tidak dihapus. ${reasonOf(error)}`));
          return;
        }
        const next = item.nextElementSibling ?? item.previousElementSibling;
        item.remove();
        shown -= 1;
        showEmpty();
        updateSummary();
        onWithdrawn(report);
        announce(`Laporan ${day} dihapus.`);
        (next?.querySelector<HTMLElement>('.report-date') ?? heading).focus();
      });
    });
    return [h('div', { class: 'form-actions report-actions' }, edit, remove, repeat), alert];
  }

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

  const prepend = (report: ActivityReport) => {
    if (!period || report.periodId !== period.periodId) return;
    list.querySelector('.empty')?.remove();
    list.prepend(reportItem(report));
    shown += 1;
    updateSummary();
  };

  return {
    element: section,
    prepend,
    replace(report) {
      const current = list.querySelector(`[data-report-id="${CSS.escape(report.reportId)}"]`);
      if (current) current.replaceWith(reportItem(report));
      else prepend(report);
    },
  };
}

function reportView(report: ActivityReport): HTMLElement {
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
      h('time', { datetime: report.date, class: 'report-date', tabindex: -1 }, formatLongDate(report.date)),
      h('span', { class: `status status-${report.status.toLowerCase()}` }, STATUS_LABELS[report.status] ?? report.status),
    ),
    h('p', { class: 'report-activity' }, report.activity),
    meta.length > 0 ? h('dl', { class: 'report-meta' }, ...meta) : null,
    report.verificationNote ? h('p', { class: 'verification-note' }, h('strong', {}, 'Catatan atasan: '), report.verificationNote) : null,
    h('p', { class: 'report-sent' }, `Dikirim ${formatInstant(report.createdAt)}${report.verifiedAt ? ` · diperiksa atasan ${formatInstant(report.verifiedAt)}` : ''}`),
  );
}
