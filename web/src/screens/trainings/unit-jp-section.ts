import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { formatNumber } from '../../core/format.ts';
import type { Me } from '../../core/types.ts';
import { choosesUnit, fixedUnit, unitSelect } from '../../core/unit-select.ts';
import { errorNotice, notice, show } from '../../core/ui.ts';
import { ANNUAL_JP_TARGET } from './training-model.ts';
import { byDistanceFromTarget, jpStanding, unitJpSummary, type UnitJp, type UnitJpPerson } from './unit-jp-model.ts';

const TITLE_ID = 'unit-jp-title';

/**
 * "JP pegawai unit kerja" under the employee's own JP on Pelatihan, for BKPSDM, auditors and heads of units: who in a
 * unit reached the 20 JP of the year, those furthest from it first. BKPSDM and auditors pick the unit
 * (`#/pelatihan/<year>/<unitId>`); a pimpinan sees their own, and the server refuses any other.
 */
export function unitJpSection(api: ApiClient, me: Me, year: number, requestedUnit: string | undefined): HTMLElement {
  const unitId = requestedUnit ?? me.unit?.unitId;
  const body = h('div', { class: 'unit-jp-body' });
  const section = h(
    'section',
    { class: 'card unit-jp', 'aria-labelledby': TITLE_ID },
    h('h2', { id: TITLE_ID }, `JP pegawai unit kerja ${year}`),
    h('p', { class: 'muted' }, `Jam pelajaran pengembangan kompetensi yang dicatat pegawai, terhadap target ${formatNumber(ANNUAL_JP_TARGET)} JP setahun. Yang paling jauh dari target tampil paling atas.`),
    unitPicker(api, me, year, unitId),
    body,
  );
  if (!unitId) {
    show(body, notice('info', choosesUnit(me) ? 'Pilih unit kerja lalu pilih Tampilkan.' : 'Unit kerja Anda tidak tercatat; hubungi BKPSDM.'));
    return section;
  }
  const unit = unitId;

  const load = async () => {
    show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat JP unit…'));
    try {
      const view = await api.get<UnitJp>(`/api/units/${encodeURIComponent(unit)}/trainings?year=${year}`);
      show(body, ...unitJpView(view));
    } catch (error) {
      if (!(error instanceof SessionEnded)) show(body, errorNotice('JP unit tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
  return section;
}

function unitPicker(api: ApiClient, me: Me, year: number, unitId: string | undefined): HTMLElement {
  if (!choosesUnit(me)) {
    return fixedUnit(me, unitId, 'unit-jp-picker');
  }
  const unit = unitSelect(api, 'unit-jp', unitId);
  const form = h(
    'form',
    { class: 'unit-jp-picker', 'aria-label': 'Pilih unit kerja untuk JP pegawai', novalidate: true },
    unit.wrapper,
    h('button', { type: 'submit', class: 'button secondary' }, 'Tampilkan'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!unit.control.value) {
      unit.setError('Pilih unit kerja.');
      unit.control.focus();
      return;
    }
    unit.setError(undefined);
    location.hash = `#/pelatihan/${year}/${encodeURIComponent(unit.control.value)}`;
  });
  return form;
}

function unitJpView(view: UnitJp): HTMLElement[] {
  const people = byDistanceFromTarget(view.people);
  const summary = h('p', { class: 'unit-jp-summary' }, h('strong', {}, view.unit.name), ` · ${unitJpSummary(view, ANNUAL_JP_TARGET)}`);
  if (people.length === 0) return [summary];
  const header = ['Pegawai', 'NIP', 'Total JP', `Target ${formatNumber(ANNUAL_JP_TARGET)} JP`];
  return [
    summary,
    h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': `Tabel JP pegawai ${view.unit.name} ${view.year}` },
      h(
        'table',
        { class: 'data-table stack-table unit-jp-table', 'aria-labelledby': TITLE_ID },
        h('thead', {}, h('tr', {}, ...header.map((label, i) => h('th', { scope: 'col', class: i === 2 ? 'num' : undefined }, label)))),
        h('tbody', {}, ...people.map(personRow)),
      ),
    ),
  ];
}

function personRow(person: UnitJpPerson): HTMLElement {
  const standing = jpStanding(person);
  return h(
    'tr',
    { 'data-nip': person.nip },
    h('th', { scope: 'row', 'data-label': 'Pegawai' }, h('span', {}, person.name, h('span', { class: 'sub' }, person.jabatan))),
    h('td', { 'data-label': 'NIP', class: 'nip' }, person.nip),
    h('td', { 'data-label': 'Total JP', class: 'num' }, `${formatNumber(person.totalJp)} JP`),
    h('td', { 'data-label': `Target ${formatNumber(ANNUAL_JP_TARGET)} JP` }, h('span', { class: `status ${standing.met ? 'status-sesuai' : 'status-diajukan'}` }, standing.text)),
  );
}
