import type { ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { askInDialog } from '../../core/form-dialog.ts';
import type { UnitResult } from './unit-results-model.ts';

const FORM_ID = 'reopen-assessment';
const REASON_MAX = 2000;
const segment = (part: string) => encodeURIComponent(part);

/**
 * "Buka kembali penilaian" for one person of a period BKPSDM has reopened: the final assessment goes back to a draft
 * the supervisor of record can change and finalise before the period closes again. The reason is required and
 * audited. Resolves true once reopened.
 */
export function askReopenAssessment(api: ApiClient, result: UnitResult, periodId: string): Promise<boolean> {
  const reason = field(FORM_ID, {
    name: 'reason',
    label: 'Alasan membuka kembali penilaian',
    hint: 'Dicatat dalam jejak audit bersama NIP Anda, mis. nomor surat permintaan koreksi.',
    required: true,
    control: h('textarea', { rows: 3, maxlength: REASON_MAX }),
  });
  const reopened = askInDialog({
    id: FORM_ID,
    title: `Buka kembali penilaian ${result.name}?`,
    intro: 'Penilaian yang sudah final menjadi draf lagi, sehingga atasan langsungnya dapat mengubah dan memfinalkannya sebelum periode ditutup kembali. Penutupan berikutnya menghitung ulang hasilnya; bila berubah, pegawai menerima pemberitahuan koreksi.',
    fields: [reason],
    submitLabel: 'Ya, buka kembali',
    busyLabel: 'Membuka kembali…',
    tone: 'danger',
    failure: 'Penilaian tidak dibuka kembali.',
    check: () => {
      const why = reason.control.value.trim();
      if (why) return { reason: why };
      reason.setError('Tulis alasan membuka kembali penilaian ini.');
      reason.control.focus();
      return undefined;
    },
    send: async (body) => {
      await api.post(`/api/admin/assessments/${segment(result.nip)}/${segment(periodId)}/reopen`, body);
      return true;
    },
  });
  return reopened.then((done) => done === true);
}
