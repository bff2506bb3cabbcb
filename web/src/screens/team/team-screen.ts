import { SessionEnded } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { currentYearInWita, formatDateRange, formatNumber, periodName } from '../../core/format.ts';
import { ASSESSMENT_STATUS_LABELS, PERIOD_STATUS_LABELS, predikatLabel, statusTone } from '../../core/labels.ts';
import { startedPeriods } from '../../core/started-periods.ts';
import type { Period, TeamMember } from '../../core/types.ts';
import { errorNotice, show } from '../../core/ui.ts';
import type { ApiClient } from '../../core/api.ts';
import type { Cleanup, ScreenContext } from '../screen.ts';
import { mountAssessment } from './assessment-page.ts';
import { mountMemberReports } from './member-reports.ts';
import { createSkpDecisions } from './skp-decisions.ts';
import { teamOf } from './team-api.ts';

/**
 * "Tim saya", for a supervisor of record. Its pages live under its address:
 * `#/tim` (the open period), `#/tim/<periodId>`, `#/tim/<periodId>/<nip>/laporan`, `#/tim/<periodId>/<nip>/penilaian`.
 */
export function mountTeam(main: HTMLElement, context: ScreenContext): Cleanup | Promise<Cleanup> {
  const [periodId = context.me.openPeriod?.periodId, nip, page] = context.route;
  if (periodId && nip && page === 'penilaian') return mountAssessment(main, context, periodId, nip);
  if (periodId && nip) return mountMemberReports(main, context, periodId, nip);
  return mountTeamList(main, context, periodId);
}

function mountTeamList(main: HTMLElement, { api }: ScreenContext, periodId: string | undefined): void {
  const picker = periodPicker(api, periodId);
  const summary = h('p', { class: 'muted list-summary' });
  const message = h('div', { class: 'list-message' });
  const list = h('ul', { class: 'team-list', 'aria-labelledby': 'team-title' });
  const title = h('h2', { id: 'team-title' }, periodId ? `Penilaian ${periodName(periodId)}` : 'Penilaian');
  const year = periodId ? Number(periodId.slice(0, 4)) : currentYearInWita();
  const nameOf = async (nip: string) => (periodId ? (await teamOf(api, periodId).catch(() => [])).find((m) => m.nip === nip)?.name : undefined);
  const decisions = createSkpDecisions(api, year, nameOf);

  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Tim saya'),
    h('p', { class: 'lead' }, 'Pegawai yang Anda nilai sebagai atasan langsung: verifikasi laporan, putuskan SKP, dan nilai kinerja mereka.'),
    picker.element,
    h(
      'div',
      { class: 'team-layout' },
      h('section', { class: 'card', 'aria-labelledby': 'team-title' }, h('div', { class: 'card-head' }, title, summary), message, list),
      decisions.element,
    ),
  );

  if (!periodId) {
    show(message, h('p', { class: 'notice info' }, 'Tidak ada periode yang terbuka saat ini. Pilih periode di atas untuk melihat tim Anda.'));
    return;
  }
  const load = async () => {
    show(message, h('p', { class: 'loading', role: 'status' }, 'Memuat tim…'));
    try {
      const team = await teamOf(api, periodId, true);
      show(message);
      list.replaceChildren(...(team.length > 0 ? team.map((member) => memberItem(member, periodId)) : [h('li', { class: 'empty' }, 'Tidak ada pegawai yang Anda nilai pada periode ini.')]));
      const count = (status: TeamMember['status']) => team.filter((member) => member.status === status).length;
      summary.textContent = `${formatNumber(team.length)} pegawai · ${formatNumber(count('FINAL'))} final · ${formatNumber(count('DRAFT'))} draf · ${formatNumber(count('BELUM_DINILAI'))} belum dinilai`;
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(message, errorNotice('Daftar tim tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}

function memberItem(member: TeamMember, periodId: string): HTMLElement {
  const base = `#/tim/${periodId}/${member.nip}`;
  return h(
    'li',
    { class: 'team-member', 'data-nip': member.nip },
    h(
      'div',
      { class: 'member-id' },
      h('strong', { class: 'member-name' }, member.name),
      h('span', { class: 'sub' }, member.jabatan),
      h('span', { class: 'sub' }, `NIP ${member.nip}`),
    ),
    h(
      'div',
      { class: 'member-status' },
      h('span', { class: statusTone(member.status) }, ASSESSMENT_STATUS_LABELS[member.status]),
      member.predikat ? h('span', { class: 'member-predikat' }, `Predikat: ${predikatLabel(member.predikat)}`) : null,
    ),
    h(
      'div',
      { class: 'member-actions' },
      h('a', { class: 'button secondary small', href: `${base}/laporan` }, 'Laporan', h('span', { class: 'visually-hidden' }, ` ${member.name}`)),
      h(
        'a',
        { class: 'button primary small', href: `${base}/penilaian` },
        member.status === 'FINAL' ? 'Lihat penilaian' : 'Nilai',
        h('span', { class: 'visually-hidden' }, ` ${member.name}`),
      ),
    ),
  );
}

/** Which period to show: every period that has begun, this year and last, newest first; open ones first. */
function periodPicker(api: ApiClient, selected: string | undefined): { element: HTMLElement } {
  const select = h('select', { id: 'team-period', name: 'period' });
  if (selected) select.append(h('option', { value: selected, selected: true }, periodName(selected)));
  const status = h('p', { class: 'hint', id: 'team-period-hint' });
  const form = h(
    'form',
    { class: 'period-picker card', 'aria-label': 'Pilih periode' },
    h('div', { class: 'field' }, h('label', { for: 'team-period' }, 'Periode penilaian'), status, select),
    h('button', { type: 'submit', class: 'button secondary' }, 'Tampilkan'),
  );
  select.setAttribute('aria-describedby', status.id);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) location.hash = `#/tim/${select.value}`;
  });
  void (async () => {
    try {
      const periods = await startedPeriods(api);
      const group = (label: string, items: Period[]) =>
        items.length === 0
          ? null
          : h(
              'optgroup',
              { label },
              ...items.map((period) =>
                h(
                  'option',
                  { value: period.periodId, selected: period.periodId === selected },
                  `${period.name} (${formatDateRange(period.startsOn, period.endsOn)})${period.status === 'OPEN' ? '' : ` · ${PERIOD_STATUS_LABELS[period.status]}`}`,
                ),
              ),
            );
      const open = periods.filter((period) => period.status === 'OPEN');
      const past = periods.filter((period) => period.status !== 'OPEN');
      select.replaceChildren(...[group('Terbuka', open), group('Sudah ditutup', past)].filter((node): node is HTMLOptGroupElement => node !== null));
      if (!selected) select.prepend(h('option', { value: '', selected: true }, 'Pilih periode…'));
      status.textContent = 'Penilaian dan verifikasi hanya dapat diubah selama periode terbuka.';
    } catch (error) {
      if (error instanceof SessionEnded) return;
      status.textContent = 'Daftar periode tidak dapat dimuat; periode yang terbuka tetap ditampilkan.';
    }
  })();
  return { element: form };
}
