import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { formatInstant, formatNumber } from '../../core/format.ts';
import type { Skp } from '../../core/types.ts';
import { busy, errorNotice, notice, reasonOf, show } from '../../core/ui.ts';
import { skpCounts, skpView } from '../skp/skp-view.ts';
import { decideSkp, listSkpsAwaitingDecision } from './team-api.ts';

/** "SKP menunggu keputusan": the team's submitted plans for a year, each approved or returned with a note. */
export function createSkpDecisions(api: ApiClient, year: number, nameOf: (nip: string) => Promise<string | undefined>): { element: HTMLElement } {
  const list = h('ul', { class: 'skp-decisions' });
  const message = h('div', { class: 'list-message' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const count = h('p', { class: 'muted list-summary' });
  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'skp-decisions-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'skp-decisions-title', tabindex: -1 }, `SKP menunggu keputusan (${year})`), count),
    message,
    status,
    list,
  );

  const refreshCount = () => {
    const left = list.querySelectorAll('.skp-decision').length;
    count.textContent = `${formatNumber(left)} SKP`;
    if (left === 0 && !list.querySelector('.empty')) list.replaceChildren(h('li', { class: 'empty' }, 'Tidak ada SKP yang menunggu keputusan Anda.'));
  };

  const decided = (item: HTMLElement, text: string) => {
    item.remove();
    show(status, notice('success', text));
    announce(text);
    refreshCount();
    element.querySelector<HTMLElement>('h2')?.focus();
  };

  const load = async () => {
    show(message, h('p', { class: 'loading' }, 'Memuat SKP…'));
    try {
      const { items } = await listSkpsAwaitingDecision(api, year);
      const names = await Promise.all(items.map((skp) => nameOf(skp.nip)));
      show(message);
      list.replaceChildren(...items.map((skp, i) => decisionItem(skp, names[i] ?? `NIP ${skp.nip}`)));
      refreshCount();
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(message, errorNotice('SKP tim tidak dapat dimuat.', error, () => void load()));
    }
  };

  function decisionItem(skp: Skp, name: string): HTMLElement {
    const id = `skp-${skp.nip}`;
    const alert = h('div', { class: 'form-alert', role: 'alert' });
    const note = field(id, {
      name: 'note',
      label: 'Catatan pengembalian',
      required: true,
      hint: 'Apa yang perlu diperbaiki pegawai.',
      control: h('textarea', { rows: 3, maxlength: 2000 }),
    });
    const approve = h('button', { type: 'button', class: 'button primary small' }, 'Setujui', h('span', { class: 'visually-hidden' }, ` SKP ${name}`));
    const reject = h('button', { type: 'button', class: 'button danger small' }, 'Kembalikan', h('span', { class: 'visually-hidden' }, ` SKP ${name}`));
    const sendReturn = h('button', { type: 'submit', class: 'button danger small' }, 'Kirim pengembalian');
    const cancel = h('button', { type: 'button', class: 'button secondary small' }, 'Batal');
    const returnForm = h('form', { class: 'return-form', hidden: true, novalidate: true }, note.wrapper, h('div', { class: 'form-actions' }, sendReturn, cancel));
    const item = h(
      'li',
      { class: 'skp-decision', 'data-nip': skp.nip },
      h('h3', {}, name),
      h('p', { class: 'sub' }, `SKP ${skp.year} · revisi ${formatNumber(skp.revision)}${skp.submittedAt ? ` · diajukan ${formatInstant(skp.submittedAt)}` : ''}`),
      h('details', { class: 'skp-details' }, h('summary', {}, `Lihat rencana (${skpCounts(skp.rhk)})`), skpView(skp.rhk)),
      h('div', { class: 'form-actions' }, approve, reject),
      returnForm,
      alert,
    );
    const fail = (error: unknown) => {
      if (error instanceof SessionEnded) return;
      show(alert, notice('error', error instanceof ApiError && error.status === 409 ? `${reasonOf(error)} Muat ulang halaman ini.` : reasonOf(error)));
    };
    approve.addEventListener('click', () =>
      void busy(approve, 'Menyetujui…', async () => {
        show(alert);
        try {
          await decideSkp(api, skp, { approve: true });
          decided(item, `SKP ${name} disetujui.`);
        } catch (error) {
          fail(error);
        }
      }),
    );
    reject.addEventListener('click', () => {
      returnForm.hidden = false;
      note.control.focus();
    });
    cancel.addEventListener('click', () => {
      returnForm.hidden = true;
      note.setError(undefined);
      reject.focus();
    });
    returnForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = note.control.value.trim();
      if (!text) {
        note.setError('Tuliskan catatan agar pegawai tahu apa yang harus diperbaiki.');
        note.control.focus();
        return;
      }
      note.setError(undefined);
      void busy(sendReturn, 'Mengirim…', async () => {
        show(alert);
        try {
          await decideSkp(api, skp, { approve: false, note: text });
          decided(item, `SKP ${name} dikembalikan dengan catatan.`);
        } catch (error) {
          if (error instanceof ApiError && error.fields.some((f) => f.field === 'note')) note.setError(error.fields.find((f) => f.field === 'note')?.message);
          fail(error);
        }
      });
    });
    return item;
  }

  void load();
  return { element };
}
