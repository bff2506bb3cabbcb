import type { ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { askInDialog } from '../../core/form-dialog.ts';
import { formatInstant, witaLocalToIso } from '../../core/format.ts';
import type { Period } from '../../core/types.ts';
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
  return askInDialog({
    id: FORM_ID,
    title: `Buka kembali ${period.name}?`,
    intro: 'Laporan, verifikasi dan penilaian periode ini dapat diubah lagi. Penutupan berikutnya menghitung ulang setiap unit kerja; hasil yang berubah dikirim sebagai pemberitahuan koreksi dan piagam yang tidak lagi berhak dicabut.',
    fields: [reason, closesAt],
    submitLabel: 'Ya, buka kembali',
    busyLabel: 'Membuka kembali…',
    tone: 'danger',
    failure: 'Periode tidak dibuka kembali.',
    check: () => {
      const why = reason.control.value.trim();
      if (!why) {
        reason.setError('Tulis alasan membuka kembali periode ini.');
        reason.control.focus();
        return undefined;
      }
      const until = closesAt.control.value ? witaLocalToIso(closesAt.control.value) : undefined;
      if (closesAt.control.value && !until) {
        closesAt.setError('Tulis tanggal dan jam lengkap.');
        closesAt.control.focus();
        return undefined;
      }
      return { reason: why, ...(until ? { closesAt: until } : {}) };
    },
    send: (body) => reopenPeriod(api, period.periodId, body),
  });
}
