import { ApiError, NetworkError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { formatDate, formatNumber } from '../../core/format.ts';
import type { ActivityReport, NewReport } from '../../core/types.ts';
import type { Draft, DraftStore } from './drafts.ts';
import { submitReport } from './reports-api.ts';

export interface DraftsPanel {
  readonly element: HTMLElement;
  refresh(): void;
  /** Sends every draft the server has not refused, one at a time; a second call while running does nothing. */
  sendAll(): Promise<void>;
}

export interface DraftsPanelOptions {
  readonly api: ApiClient;
  readonly drafts: DraftStore;
  readonly onSent: (report: ActivityReport) => void;
  readonly onEdit: (report: NewReport) => void;
}

/** Reports kept on this device because the network failed, with "Kirim draf" to send them later. */
export function createDraftsPanel(options: DraftsPanelOptions): DraftsPanel {
  const { drafts } = options;
  const title = h('h2', { id: 'drafts-title' });
  const list = h('ul', { class: 'draft-list' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const sendButton = h('button', { type: 'button', class: 'button primary' }, 'Kirim draf');
  const explanation = h('p', { class: 'muted' }, 'Laporan ini tersimpan di perangkat ini karena belum terkirim. Draf dikirim otomatis saat koneksi kembali.');
  const section = h(
    'section',
    { class: 'card drafts', 'aria-labelledby': 'drafts-title', hidden: true },
    title,
    explanation,
    list,
    h('div', { class: 'form-actions' }, sendButton),
    status,
  );

  let sending = false;

  const refresh = () => {
    const all = drafts.list();
    const sendable = all.filter((draft) => !draft.refusal).length;
    title.textContent = all.length > 0 ? `Draf belum terkirim (${formatNumber(all.length)})` : 'Draf laporan';
    explanation.hidden = all.length === 0;
    list.replaceChildren(...all.map(draftItem));
    sendButton.hidden = sendable === 0;
    section.hidden = all.length === 0 && status.textContent === '';
  };

  const draftItem = (draft: Draft) =>
    h(
      'li',
      { class: 'draft-item' },
      h('p', { class: 'draft-date' }, formatDate(draft.report.date)),
      h('p', { class: 'draft-activity' }, draft.report.activity),
      draft.refusal ? h('p', { class: 'field-error' }, `Ditolak server: ${draft.refusal}`) : null,
      h(
        'div',
        { class: 'draft-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'button secondary small',
            onclick: () => {
              drafts.remove(draft.id);
              refresh();
              options.onEdit(draft.report);
            },
          },
          'Ubah',
          h('span', { class: 'visually-hidden' }, ` draf ${formatDate(draft.report.date)}`),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button danger small',
            onclick: () => {
              drafts.remove(draft.id);
              showStatus('Draf dihapus.');
              refresh();
              sendButton.focus();
            },
          },
          'Hapus',
          h('span', { class: 'visually-hidden' }, ` draf ${formatDate(draft.report.date)}`),
        ),
      ),
    );

  const showStatus = (message: string) => status.replaceChildren(...(message ? [h('p', { class: 'notice info' }, message)] : []));

  async function sendAll() {
    if (sending) return;
    const pending = drafts.list().filter((draft) => !draft.refusal);
    if (pending.length === 0) return;
    sending = true;
    sendButton.setAttribute('aria-disabled', 'true');
    sendButton.textContent = 'Mengirim draf…';
    let sent = 0;
    let refused = 0;
    let offline = false;
    try {
      for (const draft of pending) {
        try {
          options.onSent(await submitReport(options.api, draft.report, draft.id));
          drafts.remove(draft.id);
          sent += 1;
        } catch (error) {
          if (error instanceof ApiError) {
            drafts.markRefused(draft.id, error.message);
            refused += 1;
          } else if (error instanceof NetworkError) {
            offline = true;
            break;
          } else if (error instanceof SessionEnded) {
            return;
          } else throw error;
        }
      }
      const parts = [
        sent > 0 ? `${formatNumber(sent)} draf terkirim.` : '',
        refused > 0 ? `${formatNumber(refused)} draf ditolak server; ubah atau hapus.` : '',
        offline ? 'Masih belum terhubung ke server; draf tetap tersimpan.' : '',
      ].filter(Boolean);
      showStatus(parts.join(' '));
      announce(parts.join(' '));
    } finally {
      sending = false;
      sendButton.removeAttribute('aria-disabled');
      sendButton.textContent = 'Kirim draf';
      refresh();
    }
  }

  sendButton.addEventListener('click', () => void sendAll());
  refresh();
  return { element: section, refresh, sendAll };
}
