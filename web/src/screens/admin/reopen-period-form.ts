import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { formatInstant, witaLocalToIso } from '../../core/format.ts';
import type { Period } from '../../core/types.ts';
import { notice, reasonOf, show } from '../../core/ui.ts';
import { reopenPeriod } from './admin-api.ts';

const FORM_ID = 'reopen-period';
const REASON_MAX = 2000;

/**
 * "Buka kembali" for a CLOSED period, in a modal `<dialog>` (focus held inside, Escape cancels, focus returns): why
 * (required, audited with the admin's NIP) and, optionally, when it closes again. The request is sent from the dialog,
 * so a refusal stays beside what the admin wrote and can be corrected there. Resolves with the period as the server
 * left it (OPEN), or undefined when the admin cancelled.
 */
export function askReopen(api: ApiClient, period: Period): Promise<Period | undefined> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const reason = field(FORM_ID, {
    name: 'reason',
    label: 'Alasan membuka kembali',
    hint: 'Dicatat dalam jejak audit bersama NIP Anda, mis. nomor surat permintaan koreksi dari OPD.',
    required: true,
    control: h('textarea', { rows: 3, maxlength: REASON_MAX }),
  });
  const closesAtEcho = h('p', { class: 'date-echo', id: `${FORM_ID}-closesAt-echo` });
  const closesAt = field(FORM_ID, {
    name: 'closesAt',
    label: 'Batas penutupan kembali (WITA)',
    hint: 'Opsional. Kosongkan untuk seminggu dari hari ini, pukul 23.59 WITA; setelah batas itu periode ditutup lagi otomatis.',
    control: h('input', { type: 'datetime-local' }),
    extras: [closesAtEcho],
  });
  closesAt.control.addEventListener('input', () => {
    const iso = witaLocalToIso(closesAt.control.value);
    closesAtEcho.textContent = iso ? formatInstant(iso) : '';
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button danger' }, 'Ya, buka kembali');
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Batal');
  const titleId = `${FORM_ID}-title`;
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: titleId }, `Buka kembali ${period.name}?`),
    h('p', {}, 'Laporan, verifikasi dan penilaian periode ini dapat diubah lagi. Penutupan berikutnya menghitung ulang setiap unit kerja; hasil yang berubah dikirim sebagai pemberitahuan koreksi dan piagam yang tidak lagi berhak dicabut.'),
    reason.wrapper,
    closesAt.wrapper,
    alert,
    h('div', { class: 'form-actions' }, save, cancel),
  );
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let reopened: Period | undefined;
    let sending = false;
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(reopened);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      show(alert);
      reason.setError(undefined);
      closesAt.setError(undefined);
      const why = reason.control.value.trim();
      if (!why) {
        reason.setError('Tulis alasan membuka kembali periode ini.');
        reason.control.focus();
        return;
      }
      const until = closesAt.control.value ? witaLocalToIso(closesAt.control.value) : undefined;
      if (closesAt.control.value && !until) {
        closesAt.setError('Tulis tanggal dan jam lengkap.');
        closesAt.control.focus();
        return;
      }
      sending = true;
      save.setAttribute('aria-disabled', 'true');
      save.textContent = 'Membuka kembali…';
      try {
        reopened = await reopenPeriod(api, period.periodId, { reason: why, ...(until ? { closesAt: until } : {}) });
        dialog.close();
      } catch (error) {
        if (error instanceof SessionEnded) return dialog.close();
        for (const detail of error instanceof ApiError ? error.fields : []) (detail.field === 'reason' ? reason : detail.field === 'closesAt' ? closesAt : undefined)?.setError(detail.message);
        show(alert, notice('error', `Periode tidak dibuka kembali. ${reasonOf(error)}`));
      } finally {
        sending = false;
        save.removeAttribute('aria-disabled');
        save.textContent = 'Ya, buka kembali';
      }
    });
    dialog.showModal();
    reason.control.focus();
  });
}
