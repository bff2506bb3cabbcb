import { refusedFields, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field, type Field } from '../../core/fields.ts';
import { currentYearInWita, formatDate, formatDateRange, formatNumber, periodName, todayInWita } from '../../core/format.ts';
import { busy, errorNotice, isBusy, notice, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { TRAINING_KINDS, jpSummary, validateTraining, type Training, type TrainingErrors, type TrainingFieldName, type TrainingFields, type TrainingYear } from './training-model.ts';
import { seesUnitJp } from './unit-jp-model.ts';
import { unitJpSection } from './unit-jp-section.ts';

const FORM_ID = 'training';

function loadYear(api: ApiClient, year: number): Promise<TrainingYear> {
  return api.get(`/api/trainings?year=${year}`);
}

function recordTraining(api: ApiClient, body: unknown): Promise<Training> {
  return api.post('/api/trainings', body);
}

/**
 * "Pengembangan kompetensi" (`#/pelatihan/<year>`): the year's JP against the 20 JP every PNS is owed, what was
 * recorded, the training a pembinaan recommended, and a form to record a completed activity. BKPSDM, auditors and
 * heads of units also see a unit's JP per employee below (`#/pelatihan/<year>/<unitId>`).
 */
export function mountTrainings(main: HTMLElement, { api, me, route }: ScreenContext): void {
  const thisYear = currentYearInWita();
  const requested = Number(route[0]);
  const year = Number.isInteger(requested) && requested >= 2020 && requested <= thisYear ? requested : thisYear;
  const summary = h('div', { class: 'training-summary' });
  const list = h('ol', { class: 'training-list', 'aria-labelledby': 'training-list-title' });
  const yearSelect = h(
    'select',
    { id: 'training-year' },
    ...[thisYear, thisYear - 1, thisYear - 2].map((y) => h('option', { value: String(y), selected: y === year }, String(y))),
  );
  // A unit chosen for the unit JP section (`#/pelatihan/<year>/<unitId>`) stays chosen when the year changes.
  const unitId = route[1];
  yearSelect.addEventListener('change', () => (location.hash = `#/pelatihan/${yearSelect.value}${unitId ? `/${unitId}` : ''}`));
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Pengembangan kompetensi'),
    h('p', { class: 'lead' }, 'Setiap PNS berhak dan wajib mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) setahun. Catat pelatihan, seminar, kursus atau coaching yang sudah selesai.'),
    h('div', { class: 'inline-picker card' }, h('label', { for: yearSelect.id }, 'Tahun'), yearSelect),
    h(
      'div',
      { class: 'team-layout' },
      h('section', { class: 'card', 'aria-labelledby': 'training-list-title' }, h('h2', { id: 'training-list-title' }, `JP tahun ${year}`), summary, list),
      trainingForm(api, (saved) => {
        if (saved.year === year) void load();
      }),
    ),
    ...(seesUnitJp(me) ? [unitJpSection(api, me, year, unitId)] : []),
  );

  async function load(): Promise<void> {
    show(summary, h('p', { class: 'loading', role: 'status' }, 'Memuat JP…'));
    try {
      const view = await loadYear(api, year);
      show(summary, ...summaryOf(view));
      list.replaceChildren(...(view.items.length > 0 ? view.items.map(trainingItem) : [h('li', { class: 'empty' }, `Belum ada pengembangan kompetensi yang dicatat untuk ${year}.`)]));
    } catch (error) {
      if (!(error instanceof SessionEnded)) show(summary, errorNotice('JP tidak dapat dimuat.', error, () => void load()));
    }
  }
  void load();
}

function summaryOf(view: TrainingYear): HTMLElement[] {
  const progress = h('progress', { id: 'jp-progress', max: view.targetJp, value: Math.min(view.totalJp, view.targetJp) });
  const parts: (HTMLElement | null)[] = [
    h('div', { class: 'progress-row' }, h('label', { for: progress.id }, 'Capaian JP'), progress, h('p', { class: 'progress-text' }, jpSummary(view))),
    view.recommended.length === 0
      ? null
      : h(
          'div',
          { class: 'notice info' },
          h('p', {}, h('strong', {}, 'Disarankan dari pembinaan:')),
          h('ul', {}, ...view.recommended.map((r) => h('li', {}, `${r.training} (${periodName(r.periodId)}; pertemuan dengan atasan paling lambat ${formatDate(r.meetingBy)})`))),
        ),
  ];
  return parts.filter((node): node is HTMLElement => node !== null);
}

function trainingItem(training: Training): HTMLElement {
  return h(
    'li',
    { class: 'report-item', 'data-training-id': training.trainingId },
    h('div', { class: 'report-head' }, h('strong', { class: 'report-date' }, training.title), h('span', { class: 'status status-sesuai' }, `${formatNumber(training.hours)} JP`)),
    h('p', { class: 'sub' }, `${TRAINING_KINDS[training.kind]} · ${formatDateRange(training.startsOn, training.endsOn)}${training.provider ? ` · ${training.provider}` : ''}`),
    training.evidenceUrl
      ? h('p', { class: 'sub' }, h('a', { href: training.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Buka bukti', h('span', { class: 'visually-hidden' }, ` ${training.title} (tab baru)`)))
      : null,
  );
}

function trainingForm(api: ApiClient, onSaved: (training: Training) => void): HTMLElement {
  const today = todayInWita();
  const input = (attrs: Record<string, string | number>) => h('input', { autocomplete: 'off', ...attrs });
  const fields: Record<TrainingFieldName, Field> = {
    title: field(FORM_ID, { name: 'title', label: 'Nama kegiatan', required: true, control: input({ type: 'text', maxlength: 300 }) }),
    kind: field(FORM_ID, {
      name: 'kind',
      label: 'Jenis',
      required: true,
      control: h('select', {}, h('option', { value: '' }, 'Pilih jenis…'), ...Object.entries(TRAINING_KINDS).map(([value, label]) => h('option', { value }, label))),
    }),
    startsOn: field(FORM_ID, { name: 'startsOn', label: 'Tanggal mulai', required: true, control: input({ type: 'date', max: today }) }),
    endsOn: field(FORM_ID, { name: 'endsOn', label: 'Tanggal selesai', required: true, control: input({ type: 'date', max: today }) }),
    hours: field(FORM_ID, {
      name: 'hours',
      label: 'Jumlah JP',
      required: true,
      hint: 'Jam pelajaran pada sertifikat, mis. 24 atau 2,5; dihitung pada tahun kegiatan selesai.',
      control: input({ type: 'text', inputmode: 'decimal' }),
    }),
    provider: field(FORM_ID, { name: 'provider', label: 'Penyelenggara', control: input({ type: 'text', maxlength: 300 }) }),
    evidenceUrl: field(FORM_ID, {
      name: 'evidenceUrl',
      label: 'Tautan sertifikat atau bukti',
      control: input({ type: 'url', inputmode: 'url', spellcheck: 'false', placeholder: 'https://' }),
    }),
  };
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Catat');
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'training-form-title' },
    h('h2', { id: 'training-form-title' }, 'Catat pengembangan kompetensi'),
    fields.title.wrapper,
    fields.kind.wrapper,
    h('div', { class: 'field-row' }, fields.startsOn.wrapper, fields.endsOn.wrapper),
    fields.hours.wrapper,
    fields.provider.wrapper,
    fields.evidenceUrl.wrapper,
    alert,
    h('div', { class: 'form-actions' }, submit),
    status,
  );

  const showErrors = (errors: TrainingErrors) => {
    let first: Field | undefined;
    for (const [name, f] of Object.entries(fields) as [TrainingFieldName, Field][]) {
      f.setError(errors[name]);
      if (errors[name] && !first) first = f;
    }
    first?.control.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    show(alert);
    show(status);
    const typed = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.control.value])) as unknown as TrainingFields;
    const checked = validateTraining(typed, todayInWita());
    if (!checked.ok) {
      showErrors(checked.errors);
      show(alert, notice('error', 'Belum dicatat. Periksa isian yang ditandai.'));
      return;
    }
    showErrors({});
    void busy(submit, 'Menyimpan…', async () => {
      try {
        const saved = await recordTraining(api, checked.training);
        for (const f of Object.values(fields)) f.control.value = '';
        show(status, notice('success', `Tercatat: ${saved.title} (${formatNumber(saved.hours)} JP, tahun ${saved.year}).`));
        announce(`${saved.title} tercatat.`);
        onSaved(saved);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        showErrors(refusedFields(error, Object.keys(fields) as TrainingFieldName[]));
        show(alert, errorNotice('Ditolak server:', error));
      }
    });
  });
  return form;
}
