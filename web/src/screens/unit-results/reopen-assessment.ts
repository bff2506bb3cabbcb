import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { notice, reasonOf, show } from '../../core/ui.ts';
import type { UnitResult } from './unit-results-model.ts';

const FORM_ID = 'reopen-assessment';
const REASON_MAX = 2000;
const segment = (part: string) => encodeURIComponent(part);

/**
 * "Buka kembali penilaian" for one person of a period BKPSDM has reopened: the final assessment goes back to a draft
 * the supervisor of record can change and finalise before the period closes again. In a modal `<dialog>` (focus held,
 * Escape cancels, focus returns), with the reason required and audited; a refusal stays beside what was written.
 * Resolves true once reopened.
 */
export function askReopenAssessment(api: ApiClient, result: UnitResult, periodId: string): Promise<boolean> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const reason = field(FORM_ID, {
    name: 'reason',
    label: 'Alasan membuka kembali penilaian',
    hint: 'Dicatat dalam jejak audit bersama NIP Anda, mis. nomor surat permintaan koreksi.',
    required: true,
    control: h('textarea', { rows: 3, maxlength: REASON_MAX }),
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button danger' }, 'Ya, buka kembali');
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Batal');
  const titleId = `${FORM_ID}-title`;
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: titleId }, `Buka kembali penilaian ${result.name}?`),
    h('p', {}, 'Penilaian yang sudah final menjadi draf lagi, sehingga atasan langsungnya dapat mengubah dan memfinalkannya sebelum periode ditutup kembali. Penutupan berikutnya menghitung ulang hasilnya; bila berubah, pegawai menerima pemberitahuan koreksi.'),
    reason.wrapper,
    alert,
    h('div', { class: 'form-actions' }, save, cancel),
  );
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let reopened = false;
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
      const why = reason.control.value.trim();
      if (!why) {
        reason.setError('Tulis alasan membuka kembali penilaian ini.');
        reason.control.focus();
        return;
      }
      sending = true;
      save.setAttribute('aria-disabled', 'true');
      try {
        await api.post(`/api/admin/assessments/${segment(result.nip)}/${segment(periodId)}/reopen`, { reason: why });
        reopened = true;
        dialog.close();
      } catch (error) {
        if (error instanceof SessionEnded) return dialog.close();
        const onReason = error instanceof ApiError ? error.fields.find((f) => f.field === 'reason') : undefined;
        if (onReason) reason.setError(onReason.message);
        else show(alert, notice('error', `Penilaian tidak dibuka kembali. ${reasonOf(error)}`));
      } finally {
        sending = false;
        save.removeAttribute('aria-disabled');
      }
    });
    dialog.showModal();
    reason.control.focus();
  });
}
