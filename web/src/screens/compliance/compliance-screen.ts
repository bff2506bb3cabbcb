import { SessionEnded } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatNumber, periodName } from '../../core/format.ts';
import { PERIOD_STATUS_LABELS } from '../../core/labels.ts';
import { unitPeriodPicker } from '../../core/unit-period-picker.ts';
import { busy, errorNotice, fact, notice, reasonOf, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { includePerson, loadCompliance } from './compliance-api.ts';
import { canManageExclusions, complianceFacts, defaultUnitId, standingOf, type Compliance, type ComplianceRow } from './compliance-model.ts';
import { askExclusion } from './exclusion-dialog.ts';

/**
 * "Kepatuhan laporan" (`#/kepatuhan/<unitId>/<periodId>`), for pimpinan, BKPSDM and Inspektorat: who in a unit reported
 * in a period, the rate, what awaits verification, who has nothing yet, and (pimpinan of the unit, admin) who is left out.
 */
export function mountCompliance(main: HTMLElement, { api, me, route }: ScreenContext): void {
  const [unitId = defaultUnitId(me), periodId = me.openPeriod?.periodId] = route;
  const body = h('div', { class: 'compliance-body' });
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Kepatuhan laporan'),
    h('p', { class: 'lead' }, 'Siapa yang sudah melaporkan kegiatan pada periode ini, yang belum, dan laporan yang menunggu verifikasi atasan. Pegawai yang cuti, tugas belajar atau pensiun dapat dikecualikan.'),
    unitPeriodPicker(api, me, { formId: 'compliance', unitId, periodId, hashOf: (unit, period) => `#/kepatuhan/${encodeURIComponent(unit)}/${period}` }),
    body,
  );
  if (!unitId || !periodId) {
    show(body, notice('info', !unitId ? 'Pilih unit kerja di atas lalu pilih Tampilkan.' : 'Tidak ada periode yang terbuka saat ini. Pilih periode di atas.'));
    return;
  }
  const unit: string = unitId;
  const period: string = periodId;
  const manage = canManageExclusions(me, unit);

  const load = async (focusAfter?: string) => {
    body.setAttribute('aria-busy', 'true');
    if (!body.firstChild) show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat kepatuhan…'));
    try {
      const view = await loadCompliance(api, unit, period);
      show(body, ...render(view));
      if (focusAfter) body.querySelector<HTMLElement>(`[data-nip="${CSS.escape(focusAfter)}"] .person-name`)?.focus();
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(body, errorNotice('Kepatuhan laporan tidak dapat dimuat.', error, () => void load()));
    } finally {
      body.removeAttribute('aria-busy');
    }
  };

  function render(view: Compliance): HTMLElement[] {
    const titleId = 'compliance-title';
    return [
      h(
        'section',
        { class: 'card', 'aria-labelledby': titleId },
        h('h2', { id: titleId }, `${view.unit.name} · ${view.period.name}`),
        h('p', { class: 'sub' }, `Periode ${PERIOD_STATUS_LABELS[view.period.status].toLowerCase()} · data per ${formatInstant(view.asOf)}`),
        h('dl', { class: 'facts compliance-totals' }, ...complianceFacts(view.totals).map(([term, value]) => fact(term, value))),
      ),
      notReportedCard(view),
      peopleCard(view),
    ];
  }

  function notReportedCard(view: Compliance): HTMLElement {
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'not-reported-title' },
      h('h2', { id: 'not-reported-title' }, `Belum melapor (${formatNumber(view.notReported.length)})`),
      view.notReported.length === 0
        ? notice('success', 'Semua pegawai yang wajib melapor sudah melaporkan kegiatan pada periode ini.')
        : h(
            'ul',
            { class: 'not-reported' },
            ...view.notReported.map((person) => h('li', {}, h('strong', {}, person.name), h('span', { class: 'sub' }, `${person.jabatan} · NIP ${person.nip}`))),
          ),
    );
  }

  function peopleCard(view: Compliance): HTMLElement {
    const alert = h('div', { class: 'form-alert', role: 'alert' });
    const header = ['Pegawai', 'Laporan', 'Belum diverifikasi', 'Dikembalikan', 'Keterangan', ...(manage ? ['Pengecualian'] : [])];
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'people-title' },
      h('h2', { id: 'people-title' }, `Semua pegawai (${formatNumber(view.people.length)})`),
      alert,
      h(
        'table',
        { class: 'data-table stack-table compliance-table', 'aria-labelledby': 'people-title' },
        h('thead', {}, h('tr', {}, ...header.map((label, i) => h('th', { scope: 'col', class: i >= 1 && i <= 3 ? 'num' : undefined }, label)))),
        h('tbody', {}, ...view.people.map((row) => personRow(row, alert))),
      ),
    );
  }

  function personRow(row: ComplianceRow, alert: HTMLElement): HTMLElement {
    const cells: HTMLElement[] = [
      h('th', { scope: 'row', 'data-label': 'Pegawai' }, h('span', { class: 'person-name', tabindex: -1 }, row.name), h('span', { class: 'sub' }, `${row.jabatan} · NIP ${row.nip}`)),
      h('td', { class: 'num', 'data-label': 'Laporan' }, formatNumber(row.reports)),
      h('td', { class: 'num', 'data-label': 'Belum diverifikasi' }, formatNumber(row.unverified)),
      h('td', { class: 'num', 'data-label': 'Dikembalikan' }, formatNumber(row.returned)),
      h('td', { 'data-label': 'Keterangan' }, standingOf(row)),
    ];
    if (manage) cells.push(h('td', { 'data-label': 'Pengecualian' }, exclusionButton(row, alert)));
    return h('tr', { 'data-nip': row.nip, class: row.exclusion ? 'excluded' : undefined }, ...cells);
  }

  function exclusionButton(row: ComplianceRow, alert: HTMLElement): HTMLButtonElement {
    if (!row.exclusion) {
      const button = h('button', { type: 'button', class: 'button secondary small', 'aria-label': `Kecualikan ${row.name}` }, 'Kecualikan');
      button.addEventListener('click', async () => {
        show(alert);
        if (await askExclusion(api, unit, period, row)) {
          announce(`${row.name} dikecualikan pada periode ${periodName(period)}.`);
          await load(row.nip);
        }
      });
      return button;
    }
    const button = h('button', { type: 'button', class: 'button secondary small', 'aria-label': `Hitung kembali ${row.name}` }, 'Hitung kembali');
    button.addEventListener('click', () =>
      void busy(button, 'Menyimpan…', async () => {
        show(alert);
        try {
          await includePerson(api, unit, row.nip, period);
        } catch (error) {
          if (!(error instanceof SessionEnded)) show(alert, notice('error', `Pengecualian ${row.name} tidak dibatalkan. ${reasonOf(error)}`));
          return;
        }
        announce(`${row.name} dihitung kembali sebagai wajib melapor.`);
        await load(row.nip);
      }),
    );
    return button;
  }

  void load();
}
