import { ApiError, NetworkError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field, type Field } from '../../core/fields.ts';
import { formatDate, formatLongDate, formatNumber, todayInWita } from '../../core/format.ts';
import type { ActivityReport, NewReport, Period, Rhk } from '../../core/types.ts';
import type { DraftStore } from './drafts.ts';
import { newAttemptId, submitReport } from './reports-api.ts';
import { ACTIVITY_MAX, isRealDate, validateReport, type FieldErrors, type FieldName, type ReportFields } from './validate.ts';

export interface ReportFormOptions {
  readonly api: ApiClient;
  readonly drafts: DraftStore;
  /** To name the period a report landed in ("November 2026"); other periods are named by id. */
  readonly openPeriod: Period | null;
  readonly onSubmitted: (report: ActivityReport) => void;
  readonly onDraftSaved: () => void;
}

export interface ReportForm {
  readonly element: HTMLElement;
  /** Puts a draft back into the form for editing. */
  fill(report: NewReport): void;
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
  const form = h(
    'form',
    { class: 'report-form', novalidate: true, 'aria-labelledby': `${FORM_ID}-title` },
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
    h('div', { class: 'form-actions' }, submit),
    status,
  );

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
    submit.textContent = value ? 'Mengirim…' : 'Kirim laporan';
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
      } else if (error instanceof ApiError) {
        const errors: FieldErrors = {};
        for (const detail of error.fields) if (detail.field in fields) errors[detail.field as FieldName] ??= detail.message;
        showAlert(`Laporan ditolak server: ${error.message}`);
        showErrors(errors);
      } else {
        showAlert('Terjadi kesalahan yang tidak terduga. Silakan coba lagi.');
      }
    } finally {
      setSending(false);
    }
  }

  return {
    element: form,
    offerIndicators(rows) {
      const indicators = rows.flatMap((row) => row.indicators);
      if (indicators.length === 0) return;
      const previous = fields.indicatorId;
      const select = h(
        'select',
        {},
        h('option', { value: '' }, 'Tidak terkait indikator'),
        ...rows.map((row, i) =>
          h(
            'optgroup',
            { label: `RHK ${i + 1} (${row.kind === 'UTAMA' ? 'utama' : 'tambahan'}): ${row.text.length > 60 ? `${row.text.slice(0, 57)}…` : row.text}` },
            ...row.indicators.map((indicator) => h('option', { value: indicator.indicatorId }, `${indicator.name} (${indicator.satuan})`)),
          ),
        ),
      );
      select.value = indicators.some((indicator) => indicator.indicatorId === previous.control.value) ? previous.control.value : '';
      const next = field(FORM_ID, {
        name: 'indicatorId',
        label: 'Indikator SKP',
        hint: 'Pilih indikator SKP yang didukung kegiatan ini; realisasinya dihitung ke capaian indikator.',
        control: select,
      });
      // The satuan follows the chosen indicator unless the person typed their own.
      let suggestedUnit = '';
      select.addEventListener('change', () => {
        const chosen = indicators.find((indicator) => indicator.indicatorId === select.value);
        if (fields.unit.control.value === '' || fields.unit.control.value === suggestedUnit) {
          suggestedUnit = chosen?.satuan ?? '';
          fields.unit.control.value = suggestedUnit;
        }
      });
      previous.wrapper.replaceWith(next.wrapper);
      fields.indicatorId = next;
    },
    fill(report) {
      fields.date.control.value = report.date;
      updateDateEcho();
      fields.activity.control.value = report.activity;
      const indicator = fields.indicatorId.control;
      if (indicator instanceof HTMLSelectElement && report.indicatorId && ![...indicator.options].some((option) => option.value === report.indicatorId)) {
        indicator.append(h('option', { value: report.indicatorId }, `${report.indicatorId} (tidak ada di SKP yang disetujui)`));
      }
      indicator.value = report.indicatorId ?? '';
      fields.realization.control.value = report.realization === undefined ? '' : String(report.realization).replace('.', ',');
      fields.unit.control.value = report.unit ?? '';
      fields.evidenceUrl.control.value = report.evidenceUrl ?? '';
      updateCounter();
      showErrors({});
      showAlert(undefined);
      showStatus('Draf dimuat ke formulir. Periksa lalu kirim.', 'info');
      announce('Draf dimuat ke formulir.');
      fields.activity.control.focus();
    },
  };
}
