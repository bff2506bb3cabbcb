import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { formatInstant, formatNumber, MONTH_NAMES, QUARTER_NAMES, witaLocalToIso } from '../../core/format.ts';
import { PERIOD_KIND_LABELS } from '../../core/labels.ts';
import type { Period, PeriodKind } from '../../core/types.ts';
import { busy, notice, reasonOf, show } from '../../core/ui.ts';
import { createPeriods, type NewPeriods } from './admin-api.ts';

/** "Buat periode": one period (a month, a quarter or the year) or a whole year's calendar of one kind. */
export function createPeriodForm(api: ApiClient, thisYear: number, onCreated: (created: readonly Period[]) => void): HTMLElement {
  const id = 'new-period';
  const kind = field(id, {
    name: 'kind',
    label: 'Jenis periode',
    required: true,
    control: h('select', {}, ...(Object.entries(PERIOD_KIND_LABELS) as [PeriodKind, string][]).map(([code, label]) => h('option', { value: code }, label))),
  });
  const year = field(id, {
    name: 'year',
    label: 'Tahun',
    required: true,
    control: h('input', { type: 'number', min: 2020, max: 2100, step: 1, value: thisYear, inputmode: 'numeric' }),
  });
  const index = field(id, { name: 'index', label: 'Bulan', required: true, control: h('select', {}) });
  const closesAtEcho = h('p', { class: 'date-echo', id: `${id}-closesAt-echo` });
  const closesAt = field(id, {
    name: 'closesAt',
    label: 'Batas penutupan (WITA)',
    hint: 'Opsional. Kosongkan untuk batas bawaan: pukul 23.59 WITA beberapa hari setelah periode berakhir.',
    control: h('input', { type: 'datetime-local' }),
    extras: [closesAtEcho],
  });
  // The control shows the device's own format; this line says the chosen moment in Indonesian, in WITA.
  closesAt.control.addEventListener('input', () => {
    const iso = witaLocalToIso(closesAt.control.value);
    closesAtEcho.textContent = iso ? formatInstant(iso) : '';
  });
  const wholeYear = h('input', { type: 'checkbox', id: `${id}-wholeYear`, name: 'wholeYear' });
  const wholeYearField = h(
    'div',
    { class: 'field check-field' },
    wholeYear,
    h('label', { for: wholeYear.id }, 'Buat kalender setahun penuh untuk jenis ini'),
    h('p', { class: 'hint', id: `${id}-wholeYear-hint` }, 'Periode yang sudah ada tidak diubah.'),
  );
  wholeYear.setAttribute('aria-describedby', `${id}-wholeYear-hint`);
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Buat periode');

  const updateIndex = () => {
    const selectedKind = kind.control.value as PeriodKind;
    const names = selectedKind === 'BULANAN' ? MONTH_NAMES : selectedKind === 'TRIWULAN' ? QUARTER_NAMES.map((q) => `Triwulan ${q}`) : [];
    const select = index.control as HTMLSelectElement;
    const previous = Number(select.value) || 0;
    select.replaceChildren(...names.map((name, i) => h('option', { value: i + 1, selected: i + 1 === previous }, name)));
    index.wrapper.querySelector('label')!.firstChild!.textContent = selectedKind === 'TRIWULAN' ? 'Triwulan' : 'Bulan';
    index.wrapper.hidden = names.length === 0 || wholeYear.checked;
    closesAt.wrapper.hidden = wholeYear.checked;
  };
  kind.control.addEventListener('change', updateIndex);
  wholeYear.addEventListener('change', updateIndex);
  updateIndex();

  const form = h(
    'form',
    { class: 'card new-period', novalidate: true, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Buat periode'),
    h('div', { class: 'field-row' }, kind.wrapper, year.wrapper),
    wholeYearField,
    index.wrapper,
    closesAt.wrapper,
    alert,
    h('div', { class: 'form-actions' }, submit),
    status,
  );

  const fields = [kind, year, index, closesAt];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(submit, 'Membuat…', async () => {
      show(alert);
      show(status);
      fields.forEach((f) => f.setError(undefined));
      const selectedKind = kind.control.value as PeriodKind;
      const yearValue = Number(year.control.value);
      if (!Number.isInteger(yearValue) || yearValue < 2020 || yearValue > 2100) {
        year.setError('Tahun harus antara 2020 dan 2100.');
        year.control.focus();
        return;
      }
      const closesAtValue = closesAt.control.value ? witaLocalToIso(closesAt.control.value) : undefined;
      if (closesAt.control.value && !closesAtValue && !wholeYear.checked) {
        closesAt.setError('Tulis tanggal dan jam lengkap.');
        closesAt.control.focus();
        return;
      }
      const request: NewPeriods = wholeYear.checked
        ? { kind: selectedKind, year: yearValue, wholeYear: true }
        : {
            kind: selectedKind,
            year: yearValue,
            ...(selectedKind === 'TAHUNAN' ? {} : { index: Number(index.control.value) }),
            ...(closesAtValue ? { closesAt: closesAtValue } : {}),
          };
      try {
        const result = await createPeriods(api, request);
        const made = result.created.map((period) => period.name).join(', ');
        const text =
          result.created.length === 0
            ? `Tidak ada periode baru: ${formatNumber(result.existing.length)} periode sudah ada.`
            : `Dibuat: ${made}.${result.existing.length > 0 ? ` ${formatNumber(result.existing.length)} periode sudah ada dan tidak diubah.` : ''}`;
        show(status, notice('success', text));
        announce(text);
        onCreated(result.created);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        if (error instanceof ApiError) {
          for (const detail of error.fields) fields.find((f) => f.name === detail.field)?.setError(detail.message);
        }
        show(alert, notice('error', `Periode tidak dibuat: ${reasonOf(error)}`));
      }
    });
  });
  return form;
}
