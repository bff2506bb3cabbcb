import { ApiError, NetworkError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field, type Field } from '../../core/fields.ts';
import { formatDate, formatLongDate, formatNumber, todayInWita } from '../../core/format.ts';
import type { ActivityReport, NewReport, Period, Rhk } from '../../core/types.ts';
import type { DraftStore } from './drafts.ts';
import { indicatorChoice, setIndicator } from './indicator-choice.ts';
import { newReportFrom } from './report-actions.ts';
import { newAttemptId, reviseReport, submitReport } from './reports-api.ts';
import { ACTIVITY_MAX, isRealDate, validateReport, type FieldErrors, type FieldName, type ReportFields } from './validate.ts';

export interface ReportFormOptions {
  readonly api: ApiClient;
  readonly drafts: DraftStore;
  /** To name the period a report landed in ("November 2026"); other periods are named by id. */
  readonly openPeriod: Period | null;
  readonly onSubmitted: (report: ActivityReport) => void;
  /** A report corrected through `edit`, as the server now holds it. */
  readonly onRevised: (report: ActivityReport) => void;
  readonly onDraftSaved: () => void;
}

export interface ReportForm {
  readonly element: HTMLElement;
  /** Puts a draft back into the form for editing. */
  fill(report: NewReport): void;
  /** Opens a sent report for correction: the next submit replaces it (a returned one goes back to the supervisor). */
  edit(report: ActivityReport): void;
  /** "Ulangi": a new report prefilled from an earlier one, dated today. */
  repeat(report: ActivityReport): void;
  /** Leaves correction mode if it was correcting this report (it was deleted meanwhile). */
  forget(reportId: string): void;
  /** Replaces the free-text indicator code with a choice among the approved SKP's indicators. */
  offerIndicators(rows: readonly Rhk[]): void;
}

const FORM_ID = 'report';

/** "Laporkan kegiatan": one report per submit, however often the button is pressed. */
export function createReportForm(options: ReportFormOptions): ReportForm {
  const counter = h('p', { class: 'counter', id: `${FORM_ID}-activity-count` });
  const dateEcho = h('p', { class: 'date-echo', id: `${FORM_ID}-date-echo` });
  const fields: Record<FieldName, Field> = {
    date: field(FORM_ID, {
      name: 'date',
      label: 'Tanggal kegiatan',
      required: true,
      hint: 'Hari kegiatan dilakukan (WITA).',
      control: h('input', { type: 'date', max: todayInWita(), value: todayInWita() }),
      extras: [dateEcho],
    }),
    activity: field(FORM_ID, {
      name: 'activity',
      label: 'Uraian kegiatan',
      required: true,
      hint: 'Apa yang Anda kerjakan dan hasilnya.',
      control: h('textarea', { rows: 5, spellcheck: 'true' }),
      extras: [counter],
    }),
    indicatorId: field(FORM_ID, {
      name: 'indicatorId',
      label: 'Kode indikator (RHK)',
      hint: 'Isi jika kegiatan mendukung indikator SKP Anda, mis. iki-1.',
      control: h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 64 }),
    }),
    realization: field(FORM_ID, {
      name: 'realization',
      label: 'Realisasi',
      hint: 'Angka, mis. 12,5.',
      control: h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }),
    }),
    unit: field(FORM_ID, {
      name: 'unit',
      label: 'Satuan',
      hint: 'Mis. dokumen.',
      control: h('input', { type: 'text', autocomplete: 'off', maxlength: 40 }),
    }),
    evidenceUrl: field(FORM_ID, {
      name: 'evidenceUrl',
      label: 'Tautan bukti dukung',
      hint: 'Alamat https:// ke dokumen atau foto kegiatan.',
      control: h('input', { type: 'url', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://' }),
    }),
  };
  const activity = fields.activity.control;
  const updateCounter = () => {
    const length = activity.value.trim().length;
    counter.textContent = `${formatNumber(length)} / ${formatNumber(ACTIVITY_MAX)} karakter`;
    counter.classList.toggle('over', length > ACTIVITY_MAX);
  };
  activity.addEventListener('input', updateCounter);
  updateCounter();
  // The date control shows the device's own format; this line says the chosen day in Indonesian.
  const date = fields.date.control;
  const updateDateEcho = () => {
    dateEcho.textContent = isRealDate(date.value) ? formatLongDate(date.value) : '';
  };
  date.addEventListener('input', updateDateEcho);
  updateDateEcho();

  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Kirim laporan');
  const cancelEdit = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Batal mengubah');
  const modeBanner = h('div', { class: 'edit-banner', hidden: true });
  const form = h(
    'form',
    { class: 'report-form', novalidate: true, 'aria-labelledby': `${FORM_ID}-title` },
    modeBanner,
    fields.date.wrapper,
    fields.activity.wrapper,
    h(
      'fieldset',
      { class: 'optional' },
      h('legend', {}, 'Capaian dan bukti ', h('span', { class: 'optional-tag' }, '(opsional)')),
      fields.indicatorId.wrapper,
      h('div', { class: 'field-row' }, fields.realization.wrapper, fields.unit.wrapper),
      fields.evidenceUrl.wrapper,
    ),
    alert,
    h('div', { class: 'form-actions' }, submit, cancelEdit),
    status,
  );

  /** The sent report being corrected, if any; otherwise a submit sends a new report. */
  let editing: ActivityReport | undefined;
  const submitLabel = () => (!editing ? 'Kirim laporan' : editing.status === 'DIKEMBALIKAN' ? 'Kirim ulang ke atasan' : 'Simpan perubahan');
  const setEditing = (report: ActivityReport | undefined) => {
    editing = report;
    submit.textContent = submitLabel();
    cancelEdit.hidden = !report;
    form.classList.toggle('editing', Boolean(report));
    modeBanner.hidden = !report;
    const lines: (HTMLElement | null)[] = report
      ? [
          h('p', { class: 'edit-title' }, h('strong', {}, `Mengubah laporan ${formatLongDate(report.date)}`)),
          report.verificationNote ? h('p', { class: 'verification-note' }, h('strong', {}, 'Catatan atasan: '), report.verificationNote) : null,
          h(
            'p',
            { class: 'hint' },
            report.status === 'DIKEMBALIKAN'
              ? 'Perbaiki sesuai catatan atasan, lalu kirim ulang; laporan kembali diperiksa atasan.'
              : 'Perubahan menggantikan laporan yang sudah terkirim.',
          ),
        ]
      : [];
    modeBanner.replaceChildren(...lines.filter((line): line is HTMLElement => line !== null));
  };
  cancelEdit.addEventListener('click', () => {
    setEditing(undefined);
    resetAfterSend();
    fields.date.control.value = todayInWita();
    updateDateEcho();
    showErrors({});
    showAlert(undefined);
    showStatus('Perubahan dibatalkan; laporan tidak diubah.', 'info');
    fields.activity.control.focus();
  });

  const readFields = (): ReportFields =>
    Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.control.value])) as unknown as ReportFields;

  const showErrors = (errors: FieldErrors) => {
    let first: Field | undefined;
    for (const f of Object.values(fields)) {
      const message = errors[f.name as FieldName];
      f.setError(message);
      if (message && !first) first = f;
    }
    first?.control.focus();
    return first !== undefined;
  };

  const showAlert = (message: string | undefined) => alert.replaceChildren(...(message ? [h('p', { class: 'notice error' }, message)] : []));
  const showStatus = (message: string | undefined, tone: 'success' | 'info' = 'success') =>
    status.replaceChildren(...(message ? [h('p', { class: `notice ${tone}` }, message)] : []));

  const resetAfterSend = () => {
    for (const name of ['activity', 'indicatorId', 'realization', 'unit', 'evidenceUrl'] as const) fields[name].control.value = '';
    updateCounter();
  };

  // aria-disabled rather than `disabled`: the button keeps keyboard focus while the request runs;
  // the `sending` flag is what guarantees one request per report.
  let sending = false;
  const setSending = (value: boolean) => {
    sending = value;
    submit.setAttribute('aria-disabled', String(value));
    submit.textContent = value ? 'Mengirim…' : submitLabel();
    form.setAttribute('aria-busy', String(value));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    void send();
  });

  async function send() {
    showAlert(undefined);
    showStatus(undefined);
    const result = validateReport(readFields());
    if (!result.ok) {
      showErrors(result.errors);
      showAlert('Laporan belum dikirim. Periksa isian yang ditandai.');
      return;
    }
    showErrors({});
    if (editing) {
      await sendCorrection(editing, result.report);
      return;
    }
    setSending(true);
    const attemptId = newAttemptId();
    try {
      const saved = await submitReport(options.api, result.report, attemptId);
      resetAfterSend();
      const periodName = saved.periodId === options.openPeriod?.periodId ? options.openPeriod.name : saved.periodId;
      showStatus(`Laporan tanggal ${formatDate(saved.date)} berhasil dikirim (periode ${periodName}).`);
      options.onSubmitted(saved);
    } catch (error) {
      if (error instanceof NetworkError || error instanceof SessionEnded) {
        options.drafts.add(attemptId, result.report);
        resetAfterSend();
        options.onDraftSaved();
        if (error instanceof NetworkError) {
          showStatus('Koneksi terputus. Laporan disimpan sebagai draf di perangkat ini dan dapat dikirim nanti ("Kirim draf").', 'info');
        }
      } else showRefusal(error);
    } finally {
      setSending(false);
    }
  }

  const showRefusal = (error: unknown) => {
    if (error instanceof ApiError) {
      const errors: FieldErrors = {};
      for (const detail of error.fields) if (detail.field in fields) errors[detail.field as FieldName] ??= detail.message;
      showAlert(`Laporan ditolak server: ${error.message}`);
      showErrors(errors);
    } else if (error instanceof NetworkError) showAlert(`${error.message} Perubahan belum tersimpan; coba lagi.`);
    else if (!(error instanceof SessionEnded)) showAlert('Terjadi kesalahan yang tidak terduga. Silakan coba lagi.');
  };

  /** A correction is never kept as a draft: a draft is sent as a new report, which would duplicate this one. */
  async function sendCorrection(report: ActivityReport, changes: NewReport) {
    setSending(true);
    try {
      const saved = await reviseReport(options.api, report, changes);
      const resent = report.status === 'DIKEMBALIKAN';
      setEditing(undefined);
      resetAfterSend();
      fields.date.control.value = todayInWita();
      updateDateEcho();
      showStatus(resent ? `Laporan ${formatDate(saved.date)} diperbaiki dan dikirim ulang ke atasan.` : `Perubahan laporan ${formatDate(saved.date)} tersimpan.`);
      options.onRevised(saved);
    } catch (error) {
      showRefusal(error);
    } finally {
      setSending(false);
    }
  }

  const load = (report: NewReport, message: string) => {
    fields.date.control.value = report.date;
    updateDateEcho();
    fields.activity.control.value = report.activity;
    setIndicator(fields.indicatorId.control, report.indicatorId);
    fields.realization.control.value = report.realization === undefined ? '' : String(report.realization).replace('.', ',');
    fields.unit.control.value = report.unit ?? '';
    fields.evidenceUrl.control.value = report.evidenceUrl ?? '';
    updateCounter();
    showErrors({});
    showAlert(undefined);
    showStatus(message, 'info');
    fields.activity.control.focus();
  };

  return {
    element: form,
    offerIndicators(rows) {
      const next = indicatorChoice(FORM_ID, rows, fields.indicatorId.control.value, fields.unit);
      if (!next) return;
      fields.indicatorId.wrapper.replaceWith(next.wrapper);
      fields.indicatorId = next;
    },
    fill(report) {
      setEditing(undefined);
      load(report, 'Draf dimuat ke formulir. Periksa lalu kirim.');
      announce('Draf dimuat ke formulir.');
    },
    edit(report) {
      setEditing(report);
      load(newReportFrom(report), `Laporan ${formatDate(report.date)} dimuat untuk diubah.`);
      announce(`Laporan ${formatDate(report.date)} dimuat ke formulir untuk diubah.`);
    },
    repeat(report) {
      setEditing(undefined);
      load({ ...newReportFrom(report), date: todayInWita() }, `Isian disalin dari laporan ${formatDate(report.date)} dengan tanggal hari ini. Periksa lalu kirim.`);
      announce('Laporan disalin ke formulir dengan tanggal hari ini.');
    },
    forget(reportId) {
      if (editing?.reportId === reportId) cancelEdit.click();
    },
  };
}
