import type { ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { askInDialog } from '../../core/form-dialog.ts';
import { excludePerson } from './compliance-api.ts';
import { EXCLUSION_LABELS, EXCLUSION_REASONS, type ComplianceRow, type ExclusionReason } from './compliance-model.ts';

const FORM_ID = 'exclusion';

/**
 * "Kecualikan": why a person is left out of the unit's count this period, asked in a modal `<dialog>` (focus held
 * inside, Escape cancels, focus returns). The request is sent from the dialog, so a refusal is shown beside its field
 * and the person can correct it there. Resolves true once the server has stored the exclusion.
 */
export function askExclusion(api: ApiClient, unitId: string, periodId: string, person: Pick<ComplianceRow, 'nip' | 'name'>): Promise<boolean> {
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
  const stored = askInDialog({
    id: FORM_ID,
    title: `Kecualikan ${person.name}`,
    intro: `NIP ${person.nip} tidak dihitung sebagai wajib melapor pada periode ini. Pengecualian dapat dibatalkan kapan saja.`,
    fields: [reason, note],
    submitLabel: 'Simpan pengecualian',
    busyLabel: 'Menyimpan…',
    failure: 'Pengecualian tidak disimpan.',
    check: () => {
      const chosen = reason.control.value as ExclusionReason | '';
      if (!chosen) {
        reason.setError('Pilih alasan pengecualian.');
        reason.control.focus();
        return undefined;
      }
      const text = note.control.value.trim();
      return { periodId, reason: chosen, ...(text ? { note: text } : {}) };
    },
    send: async (body) => {
      await excludePerson(api, unitId, person.nip, body);
      return true;
    },
  });
  return stored.then((saved) => saved === true);
}
