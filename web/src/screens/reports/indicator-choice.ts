import { h } from '../../core/dom.ts';
import { field, type Field } from '../../core/fields.ts';
import type { Rhk } from '../../core/types.ts';

/**
 * The indicator as a choice among the approved SKP's indicators (grouped by RHK) instead of a typed code.
 * The satuan follows the chosen indicator unless the person typed their own. Undefined when the SKP has none.
 */
export function indicatorChoice(formId: string, rows: readonly Rhk[], current: string, unit: Field): Field | undefined {
  const indicators = rows.flatMap((row) => row.indicators);
  if (indicators.length === 0) return undefined;
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
  select.value = indicators.some((indicator) => indicator.indicatorId === current) ? current : '';
  let suggestedUnit = '';
  select.addEventListener('change', () => {
    const chosen = indicators.find((indicator) => indicator.indicatorId === select.value);
    if (unit.control.value === '' || unit.control.value === suggestedUnit) {
      suggestedUnit = chosen?.satuan ?? '';
      unit.control.value = suggestedUnit;
    }
  });
  return field(formId, {
    name: 'indicatorId',
    label: 'Indikator SKP',
    hint: 'Pilih indikator SKP yang didukung kegiatan ini; realisasinya dihitung ke capaian indikator.',
    control: select,
  });
}

/** Sets the indicator control, adding an option for a code that is not (or no longer) in the approved SKP. */
export function setIndicator(control: Field['control'], indicatorId: string | undefined): void {
  if (control instanceof HTMLSelectElement && indicatorId && ![...control.options].some((option) => option.value === indicatorId)) {
    control.append(h('option', { value: indicatorId }, `${indicatorId} (tidak ada di SKP yang disetujui)`));
  }
  control.value = indicatorId ?? '';
}
