import { ApiError, SessionEnded } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { formatInstant, formatLongDate, formatNumber, periodName } from '../../core/format.ts';
import { REPORT_STATUS_LABELS, statusTone } from '../../core/labels.ts';
import type { ActivityReport, Period } from '../../core/types.ts';
import { busy, errorNotice, notice, reasonOf, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { createBulkVerify } from './bulk-verify.ts';
import { memberHeader } from './member-header.ts';
import { listMemberReports, periodById, verifyReport } from './team-api.ts';

/** A team member's reports in a period, each marked "Sesuai" or returned ("Kembalikan") with a note, or many ticked and marked at once. */
export function mountMemberReports(main: HTMLElement, { api }: ScreenContext, periodId: string, nip: string): void {
  const header = memberHeader(api, periodId, nip, 'laporan');
  const list = h('ol', { class: 'report-list', 'aria-labelledby': 'member-reports-title' });
  const summary = h('p', { class: 'muted list-summary' });
  const message = h('div', { class: 'list-message' });
  const more = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Muat lagi');
  const bulk = createBulkVerify({
    api,
    periodId,
    nip,
    list,
    onVerified: (reports) => {
      for (const report of reports) {
        const item = list.querySelector<HTMLElement>(`[data-report-id="${CSS.escape(report.reportId)}"]`);
        if (item) render(item, report);
      }
    },
  });
  main.replaceChildren(
    header.element,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'member-reports-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'member-reports-title' }, `Laporan ${periodName(periodId)}`), summary),
      message,
      bulk.element,
      list,
      h('div', { class: 'list-actions' }, more),
    ),
  );

  let cursor: string | undefined;
  let shown = 0;
  let period: Period | undefined;
  let name = `NIP ${nip}`;
  void header.name.then((text) => (name = text));

  const canVerify = () => period?.status === 'OPEN';

  async function loadPage(first: boolean) {
    show(message, first ? h('p', { class: 'loading' }, 'Memuat laporan…') : null);
    try {
      if (first) period = await periodById(api, periodId);
      const page = await listMemberReports(api, nip, periodId, first ? undefined : cursor);
      show(message, period && !canVerify() ? notice('info', `Periode ${period.name} sudah ditutup; verifikasi tidak dapat diubah lagi.`) : null);
      if (first) list.replaceChildren();
      list.append(...page.items.map((report) => reportItem(report)));
      shown += page.items.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      if (shown === 0) list.replaceChildren(h('li', { class: 'empty' }, 'Belum ada laporan pada periode ini.'));
      summary.textContent = `${formatNumber(shown)} laporan ditampilkan${cursor ? ' (ada lagi)' : ''}`;
      bulk.refresh();
      if (!first) announce(`${formatNumber(page.items.length)} laporan lagi dimuat.`);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(message, errorNotice('Laporan tidak dapat dimuat.', error, () => void loadPage(first)));
    }
  }
  more.addEventListener('click', () => void busy(more, 'Memuat…', () => loadPage(false)));

  function reportItem(report: ActivityReport): HTMLElement {
    const item = h('li', { class: 'report-item', 'data-report-id': report.reportId });
    render(item, report);
    return item;
  }

  function render(item: HTMLElement, report: ActivityReport) {
    const day = formatLongDate(report.date);
    const statusText = h('span', { class: statusTone(report.status), tabindex: -1 }, REPORT_STATUS_LABELS[report.status]);
    const meta: Node[] = [];
    if (report.indicatorId) meta.push(h('div', {}, h('dt', {}, 'Indikator'), h('dd', {}, report.indicatorId)));
    if (report.realization !== undefined) meta.push(h('div', {}, h('dt', {}, 'Realisasi'), h('dd', {}, [formatNumber(report.realization), report.unit].filter(Boolean).join(' '))));
    if (report.evidenceUrl) {
      meta.push(
        h('div', {}, h('dt', {}, 'Bukti'), h('dd', {}, h('a', { href: report.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Buka bukti dukung', h('span', { class: 'visually-hidden' }, ` ${day} (tab baru)`)))),
      );
    }
    const alert = h('div', { class: 'form-alert', role: 'alert' });
    const children: (Node | null)[] = [
      h(
        'div',
        { class: 'report-head' },
        canVerify() && report.status !== 'SESUAI' ? bulk.checkbox(report, day) : null,
        h('time', { datetime: report.date, class: 'report-date' }, day),
        statusText,
      ),
      h('p', { class: 'report-activity' }, report.activity),
      meta.length > 0 ? h('dl', { class: 'report-meta' }, ...meta) : null,
      report.verificationNote ? h('p', { class: 'verification-note' }, h('strong', {}, 'Catatan atasan: '), report.verificationNote) : null,
      h('p', { class: 'report-sent' }, `Dikirim ${formatInstant(report.createdAt)}${report.verifiedAt ? ` · diverifikasi ${formatInstant(report.verifiedAt)}` : ''}`),
    ];
    if (canVerify()) children.push(...verifyControls(item, report, day, alert), alert);
    item.replaceChildren(...children.filter((child): child is Node => child !== null));
  }

  function verifyControls(item: HTMLElement, report: ActivityReport, day: string, alert: HTMLElement): Node[] {
    const id = `verify-${report.reportId}`;
    const note = field(id, {
      name: 'note',
      label: 'Catatan untuk pegawai',
      required: true,
      hint: 'Apa yang perlu diperbaiki atau dilengkapi.',
      control: h('textarea', { rows: 3, maxlength: 1000 }),
    });
    const accept = h('button', { type: 'button', class: 'button primary small' }, 'Sesuai', h('span', { class: 'visually-hidden' }, `: laporan ${day}`));
    const giveBack = h('button', { type: 'button', class: 'button danger small' }, 'Kembalikan', h('span', { class: 'visually-hidden' }, ` laporan ${day}`));
    const sendBack = h('button', { type: 'submit', class: 'button danger small' }, 'Kirim pengembalian');
    const cancel = h('button', { type: 'button', class: 'button secondary small' }, 'Batal');
    const form = h('form', { class: 'return-form', hidden: true, novalidate: true }, note.wrapper, h('div', { class: 'form-actions' }, sendBack, cancel));
    if (report.status === 'SESUAI') accept.hidden = true;

    const send = async (status: 'SESUAI' | 'DIKEMBALIKAN', text?: string) => {
      show(alert);
      try {
        const updated = await verifyReport(api, nip, report.reportId, { periodId, status, ...(text ? { note: text } : {}) });
        render(item, updated);
        bulk.refresh();
        item.querySelector<HTMLElement>('.status')?.focus();
        announce(status === 'SESUAI' ? `Laporan ${day} ditandai sesuai.` : `Laporan ${day} dikembalikan kepada ${name}.`);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        const noteMessage = error instanceof ApiError ? error.fields.find((f) => f.field === 'note')?.message : undefined;
        if (noteMessage) note.setError(noteMessage);
        show(alert, notice('error', reasonOf(error)));
      }
    };
    accept.addEventListener('click', () => void busy(accept, 'Menyimpan…', () => send('SESUAI')));
    giveBack.addEventListener('click', () => {
      form.hidden = false;
      giveBack.hidden = true;
      note.control.focus();
    });
    cancel.addEventListener('click', () => {
      form.hidden = true;
      giveBack.hidden = false;
      note.setError(undefined);
      giveBack.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = note.control.value.trim();
      if (!text) {
        note.setError('Catatan wajib diisi saat mengembalikan laporan.');
        note.control.focus();
        return;
      }
      note.setError(undefined);
      void busy(sendBack, 'Mengirim…', () => send('DIKEMBALIKAN', text));
    });
    return [h('div', { class: 'form-actions verify-actions' }, accept, giveBack), form];
  }

  void loadPage(true);
}
