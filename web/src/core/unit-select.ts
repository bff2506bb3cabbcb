import { SessionEnded, type ApiClient } from './api.ts';
import { h } from './dom.ts';
import { field, type Field } from './fields.ts';
import type { Me } from './types.ts';
import { reasonOf } from './ui.ts';

/** One entry of `GET /api/units`: the OPDs by name. */
export interface UnitChoice {
  readonly unitId: string;
  readonly name: string;
}

export interface UnitSelect extends Field {
  readonly control: HTMLSelectElement;
  /** Settles once the list is in (or could not be loaded; the field then says so). */
  readonly ready: Promise<void>;
}

/**
 * "Unit kerja" as a list of the OPDs by name (`GET /api/units`), for BKPSDM, who may look at any unit, instead of
 * typing a unit code. The unit already chosen (from the address) is selected; until the names arrive it is listed by
 * its code, and stays so if it is not among them, so the server's own refusal is what the person reads.
 */
export function unitSelect(api: ApiClient, formId: string, selected: string | undefined): UnitSelect {
  const control = h('select', { 'aria-busy': 'true' }, selected ? h('option', { value: selected, selected: true }, selected) : h('option', { value: '' }, 'Memuat daftar unit kerja…'));
  const base = field(formId, { name: 'unit', label: 'Unit kerja', control });
  const ready = (async () => {
    try {
      const { items } = await api.get<{ items: UnitChoice[] }>('/api/units');
      control.replaceChildren(...unitOptions(items, selected).map(({ value, label }) => h('option', { value, selected: value === (selected ?? '') }, label)));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      base.setError(`Daftar unit kerja tidak dapat dimuat. ${reasonOf(error)}`);
    } finally {
      control.removeAttribute('aria-busy');
    }
  })();
  return { ...base, control, ready };
}

/** The options in order: a prompt when nothing is chosen yet, the units by name, and a chosen code the list lacks. */
export function unitOptions(units: readonly UnitChoice[], selected: string | undefined): { value: string; label: string }[] {
  const known = units.some((unit) => unit.unitId === selected);
  return [
    ...(selected ? [] : [{ value: '', label: 'Pilih unit kerja…' }]),
    ...units.map((unit) => ({ value: unit.unitId, label: unit.name })),
    ...(selected && !known ? [{ value: selected, label: `${selected} (tidak ada dalam daftar)` }] : []),
  ];
}

/** BKPSDM admins and auditors may look at any unit, so they pick one; a pimpinan sees only the unit they work in. */
export function choosesUnit(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin') || me.roles.includes('auditor');
}

/** "Unit kerja" as a fixed line for whoever may not pick: their own unit's name (or the code the address named). */
export function fixedUnit(me: Pick<Me, 'unit'>, unitId: string | undefined, className?: string): HTMLElement {
  return h('p', { class: className ? `picker-fixed ${className}` : 'picker-fixed' }, h('span', { class: 'sub' }, 'Unit kerja'), h('strong', {}, me.unit?.name ?? unitId ?? '—'));
}
