import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { formatInstant, formatNumber, todayInWita } from '../../core/format.ts';
import type { Me } from '../../core/types.ts';
import { errorNotice, fact, notice, show } from '../../core/ui.ts';
import { unitPeriodPicker } from '../../core/unit-period-picker.ts';
import type { ScreenContext } from '../screen.ts';
import { adoptionRows, neighbourWeeks, nudgeEffect, reminderRows, shareText, weekLabel, type Adoption, type AdoptionRow } from './adoption-model.ts';

const segment = (part: string) => encodeURIComponent(part);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Adopsi" (`#/adopsi/<unitId>/<any day of the week>[/<periodId>]`), for BKPSDM (any unit) and a unit's head (their
 * own): in one week, who reported, whose SKP is approved, how far the period's assessments are, the reminders sent
 * and whether the report nudges were followed within 3 days. Every figure is in a table; the bars only repeat it.
 */
export function mountAdoption(main: HTMLElement, { api, me, route }: ScreenContext): void {
  const [unitId = me.unit?.unitId, requestedWeek, periodId] = route;
  const week = requestedWeek && ISO_DATE.test(requestedWeek) ? requestedWeek : todayInWita();
  const body = h('div', { class: 'adoption-body' });
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Adopsi e-Kinerja'),
    h(
      'p',
      { class: 'lead' },
      'Seberapa jauh pegawai unit kerja memakai e-Kinerja dalam satu minggu: yang melapor kegiatan, SKP yang disetujui, penilaian yang selesai, dan pengingat yang terkirim beserta hasilnya.',
    ),
    picker(api, me, unitId, week, periodId),
    body,
  );
  if (!unitId) {
    show(body, notice('info', 'Pilih unit kerja di atas lalu pilih Tampilkan.'));
    return;
  }
  const unit: string = unitId;

  const load = async () => {
    body.setAttribute('aria-busy', 'true');
    show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat adopsi…'));
    try {
      const query = new URLSearchParams({ week, ...(periodId ? { period: periodId } : {}) });
      const view = await api.get<Adoption>(`/api/units/${segment(unit)}/adoption?${query}`);
      show(body, ...render(view));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(body, errorNotice('Adopsi tidak dapat dimuat.', error, () => void load()));
    } finally {
      body.removeAttribute('aria-busy');
    }
  };

  function render(view: Adoption): HTMLElement[] {
    const weeks = neighbourWeeks(view.week.startsOn);
    const address = (date: string) => `#/adopsi/${segment(unit)}/${date}${periodId ? `/${segment(periodId)}` : ''}`;
    return [
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'adoption-title' },
        h('h2', { id: 'adoption-title' }, `${view.unit.name} · minggu ${weekLabel(view.week)}`),
        h('p', { class: 'sub' }, `Senin–Minggu, WITA · data per ${formatInstant(view.asOf)}`),
        h(
          'nav',
          { class: 'week-nav', 'aria-label': 'Minggu lain' },
          h('a', { href: address(weeks.previous) }, h('span', { 'aria-hidden': 'true' }, '← '), 'Minggu sebelumnya'),
          view.week.endsOn < todayInWita() ? h('a', { href: address(weeks.next) }, 'Minggu berikutnya', h('span', { 'aria-hidden': 'true' }, ' →')) : null,
        ),
        summaryTable(view),
      ),
      remindersCard(view),
    ];
  }

  void load();
}

function summaryTable(view: Adoption): HTMLElement {
  const header = ['Ukuran', 'Jumlah', 'Dari', 'Persentase'];
  return h(
    'table',
    { class: 'data-table stack-table adoption-table', 'aria-labelledby': 'adoption-title' },
    h('thead', {}, h('tr', {}, ...header.map((label, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : undefined }, label)))),
    h('tbody', {}, ...adoptionRows(view).map(summaryRow)),
  );
}

function summaryRow(row: AdoptionRow): HTMLElement {
  const count = (value: number | null) => (value === null ? '—' : formatNumber(value));
  return h(
    'tr',
    { 'data-row': row.key },
    h('th', { scope: 'row', 'data-label': 'Ukuran' }, h('span', {}, row.label), row.note ? h('span', { class: 'sub' }, row.note) : null),
    h('td', { class: 'num', 'data-label': 'Jumlah' }, count(row.part)),
    h('td', { class: 'num', 'data-label': 'Dari' }, count(row.whole)),
    h(
      'td',
      { class: 'num', 'data-label': 'Persentase' },
      h(
        'div',
        { class: 'share' },
        h('span', {}, shareText(row.share)),
        // The bar repeats the percentage beside it for the eye; screen readers read the number.
        row.share === null ? null : h('meter', { class: 'share-bar', min: 0, max: 1, value: row.share, 'aria-hidden': 'true' }),
      ),
    ),
  );
}

function remindersCard(view: Adoption): HTMLElement {
  const rows = reminderRows(view.reminders.sentByKind);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'reminders-title' },
    h('h2', { id: 'reminders-title' }, `Pengingat terkirim minggu ini (${formatNumber(view.reminders.total)})`),
    rows.length === 0
      ? notice('info', 'Tidak ada pengingat yang terkirim kepada pegawai unit ini pada minggu ini.')
      : h(
          'table',
          { class: 'data-table reminders-table', 'aria-labelledby': 'reminders-title' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Jenis pengingat'), h('th', { scope: 'col', class: 'num' }, 'Terkirim'))),
          h('tbody', {}, ...rows.map((row) => h('tr', { 'data-kind': row.kind }, h('th', { scope: 'row' }, row.label), h('td', { class: 'num' }, formatNumber(row.count))))),
        ),
    h('h3', {}, 'Efek pengingat laporan'),
    h(
      'p',
      { class: 'sub' },
      'Pengingat laporan dihitung berhasil bila pegawai melapor dalam 3 hari setelah menerimanya. Pengingat yang 3 harinya belum lewat masih ditunggu dan belum dihitung.',
    ),
    h('dl', { class: 'facts nudge-effect' }, ...nudgeEffect(view.reminders.nudges).map(([term, value]) => fact(term, value))),
  );
}

/** Which unit (BKPSDM picks from the list; a head sees their own), which week (any day of it) and whose assessments. */
function picker(api: ApiClient, me: Me, unitId: string | undefined, week: string, periodId: string | undefined): HTMLElement {
  const weekField = field('adoption', {
    name: 'week',
    label: 'Minggu',
    hint: 'Pilih satu hari; yang ditampilkan Senin sampai Minggu yang memuatnya.',
    control: h('input', { type: 'date', value: week, max: todayInWita(), required: true }),
  });
  return unitPeriodPicker(api, me, {
    formId: 'adoption',
    unitId,
    periodId,
    label: 'Pilih unit, minggu dan periode',
    periodLabel: 'Penilaian periode',
    noPeriod: 'Periode pada minggu itu',
    // Only BKPSDM looks at any unit's adoption; Inspektorat does not see this screen.
    choosesUnit: me.roles.includes('admin'),
    extraFields: [weekField.wrapper],
    hashOf: (unit, period) => {
      const chosenWeek = weekField.control.value;
      const valid = ISO_DATE.test(chosenWeek);
      weekField.setError(valid ? undefined : 'Isi tanggal dalam minggu yang ingin dilihat.');
      if (!valid) return void weekField.control.focus();
      return `#/adopsi/${segment(unit)}/${chosenWeek}${period ? `/${segment(period)}` : ''}`;
    },
  });
}
