import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { notice, reasonOf, show } from '../../core/ui.ts';
import { excludePerson } from './compliance-api.ts';
import { EXCLUSION_LABELS, EXCLUSION_REASONS, type ComplianceRow, type ExclusionReason } from './compliance-model.ts';

const FORM_ID = 'exclusion';

/**
 * "Kecualikan": why a person is left out of the unit's count this period, asked in a modal `<dialog>` (focus held
 * inside, Escape cancels, focus returns). The request is sent from the dialog, so a refusal is shown beside its field
 * and the person can correct it there. Resolves true once the server has stored the exclusion.
 */
export function askExclusion(api: ApiClient, unitId: string, periodId: string, person: Pick<ComplianceRow, 'nip' | 'name'>): Promise<boolean> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const reason = field(FORM_ID, {
    name: 'reason',
    label: 'Alasan',
    required: true,
    control: h('select', {}, h('option', { value: '' }, 'Pilih alasan…'), ...EXCLUSION_REASONS.map((value) => h('option', { value }, EXCLUSION_LABELS[value]))),
  });
  const note = field(FORM_ID, {
    name: 'note',
    label: 'Keterangan',
    hint: 'Opsional, mis. nomor surat cuti atau tanggal mulai tugas belajar.',
    control: h('textarea', { rows: 3, maxlength: 500 }),
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button primary' }, 'Simpan pengecualian');
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Batal');
  const titleId = `${FORM_ID}-title`;
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: titleId }, `Kecualikan ${person.name}`),
    h('p', {}, `NIP ${person.nip} tidak dihitung sebagai wajib melapor pada periode ini. Pengecualian dapat dibatalkan kapan saja.`),
    reason.wrapper,
    note.wrapper,
    alert,
    h('div', { class: 'form-actions' }, save, cancel),
  );
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let saved = false;
    let sending = false;
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(saved);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      show(alert);
      reason.setError(undefined);
      note.setError(undefined);
      const chosen = reason.control.value as ExclusionReason | '';
      if (!chosen) {
        reason.setError('Pilih alasan pengecualian.');
        reason.control.focus();
        return;
      }
      const text = note.control.value.trim();
      sending = true;
      save.setAttribute('aria-disabled', 'true');
      save.textContent = 'Menyimpan…';
      try {
        await excludePerson(api, unitId, person.nip, { periodId, reason: chosen, ...(text ? { note: text } : {}) });
        saved = true;
        dialog.close();
      } catch (error) {
        if (error instanceof SessionEnded) return dialog.close();
        const fields = error instanceof ApiError ? error.fields : [];
        for (const detail of fields) (detail.field === 'reason' ? reason : detail.field === 'note' ? note : undefined)?.setError(detail.message);
        show(alert, notice('error', `Pengecualian tidak disimpan. ${reasonOf(error)}`));
      } finally {
        sending = false;
        save.removeAttribute('aria-disabled');
        save.textContent = 'Simpan pengecualian';
      }
    });
    dialog.showModal();
    reason.control.focus();
  });
}
