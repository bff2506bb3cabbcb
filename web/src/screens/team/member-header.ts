import type { ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { periodName } from '../../core/format.ts';
import { backLink } from '../../core/ui.ts';
import { teamOf } from './team-api.ts';

/**
 * The top of a team member's pages: the way back, whose page this is, and the two pages (reports, assessment).
 * The name arrives with the team list; until then (or if it fails) the NIP stands in.
 */
export function memberHeader(api: ApiClient, periodId: string, nip: string, active: 'laporan' | 'penilaian'): { element: HTMLElement; name: Promise<string> } {
  const title = active === 'laporan' ? 'Laporan kegiatan' : 'Penilaian kinerja';
  const who = h('span', { class: 'member-heading-name' }, `NIP ${nip}`);
  const name = teamOf(api, periodId)
    .then((team) => team.find((member) => member.nip === nip)?.name ?? `NIP ${nip}`)
    .catch(() => `NIP ${nip}`);
  void name.then((text) => {
    who.textContent = text;
    if (who.isConnected) document.title = `${title} ${text} · e-Kinerja Kendari`;
  });
  const tab = (page: 'laporan' | 'penilaian', label: string) =>
    h('li', {}, h('a', { href: `#/tim/${periodId}/${nip}/${page}`, 'aria-current': page === active ? 'page' : undefined }, label));
  const element = h(
    'div',
    { class: 'member-header' },
    backLink(`#/tim/${periodId}`, `Tim saya · ${periodName(periodId)}`),
    h('h1', { class: 'page-title' }, `${title}: `, who),
    h('p', { class: 'sub' }, `NIP ${nip} · Periode ${periodName(periodId)}`),
    h('nav', { 'aria-label': 'Halaman pegawai' }, h('ul', { class: 'tabs' }, tab('laporan', 'Laporan kegiatan'), tab('penilaian', 'Penilaian kinerja'))),
  );
  return { element, name };
}
