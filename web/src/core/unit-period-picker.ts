import type { ApiClient } from './api.ts';
import { h } from './dom.ts';
import { field } from './fields.ts';
import { periodName } from './format.ts';
import { PERIOD_STATUS_LABELS } from './labels.ts';
import { startedPeriods } from './started-periods.ts';
import type { Me, Period } from './types.ts';
import { choosesUnit, fixedUnit, unitSelect } from './unit-select.ts';

export interface UnitPeriodPickerOptions {
  /** Prefix of the controls' ids: `<formId>-unit`, `<formId>-period`. */
  readonly formId: string;
  /** The address to go to; `undefined` keeps the person on the form (the caller has said what is wrong). */
  hashOf(unitId: string, periodId: string): string | undefined;
  /** The unit and period the address named, if any. */
  readonly unitId: string | undefined;
  readonly periodId: string | undefined;
  /** The form's accessible name; "Pilih unit dan periode" unless told. */
  readonly label?: string;
  /** The period field's label; "Periode" unless told. */
  readonly periodLabel?: string;
  /** An empty first choice with this label, for a screen where the period may be left unchosen. */
  readonly noPeriod?: string;
  /** The period chosen when the address names none; the first (latest) unless told. */
  defaultPeriod?(periods: readonly Period[]): string | undefined;
  /** Whether this person picks the unit; `choosesUnit(me)` unless the screen is narrower. */
  readonly choosesUnit?: boolean;
  /** Further fields between the unit and the period (their checks belong in `hashOf`). */
  readonly extraFields?: readonly HTMLElement[];
}

/**
 * "Which unit and which period" for the unit screens: the unit from the list for whoever may pick (BKPSDM; the head
 * of a unit sees their own, fixed), the periods of this year and last that have begun, and "Tampilkan" going to
 * `hashOf(unit, period)`. A head always goes to the unit they work in, whatever unit an address named.
 */
export function unitPeriodPicker(api: ApiClient, me: Me, options: UnitPeriodPickerOptions): HTMLFormElement {
  const { formId, unitId, periodId } = options;
  const unit = (options.choosesUnit ?? choosesUnit(me)) ? unitSelect(api, formId, unitId) : undefined;
  const select = h('select', {});
  const period = field(formId, { name: 'period', label: options.periodLabel ?? 'Periode', control: select });
  const noPeriod = () => (options.noPeriod === undefined ? [] : [h('option', { value: '', selected: !periodId }, options.noPeriod)]);
  select.append(...noPeriod());
  if (periodId) select.append(h('option', { value: periodId, selected: true }, periodName(periodId)));
  const form = h(
    'form',
    { class: 'period-picker card', 'aria-label': options.label ?? 'Pilih unit dan periode', novalidate: true },
    unit ? unit.wrapper : h('div', { class: 'field' }, fixedUnit(me, unitId)),
    ...(options.extraFields ?? []),
    period.wrapper,
    h('button', { type: 'submit', class: 'button secondary' }, 'Tampilkan'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosenUnit = unit ? unit.control.value : (me.unit?.unitId ?? unitId);
    unit?.setError(chosenUnit ? undefined : 'Pilih unit kerja.');
    if (!chosenUnit) return unit?.control.focus();
    if (!select.value && options.noPeriod === undefined) return;
    const hash = options.hashOf(chosenUnit, select.value);
    if (hash !== undefined) location.hash = hash;
  });
  void (async () => {
    try {
      const periods = await startedPeriods(api);
      const chosen = periodId ?? (options.noPeriod === undefined ? (options.defaultPeriod?.(periods) ?? periods[0]?.periodId) : undefined);
      select.replaceChildren(
        ...noPeriod(),
        ...periods.map((p) => h('option', { value: p.periodId, selected: p.periodId === chosen }, `${p.name}${p.status === 'OPEN' ? '' : ` · ${PERIOD_STATUS_LABELS[p.status]}`}`)),
      );
      if (periodId && !periods.some((p) => p.periodId === periodId)) select.append(h('option', { value: periodId, selected: true }, periodName(periodId)));
    } catch {
      // The period in the address stays selectable; the list is a convenience.
    }
  })();
  return form;
}
