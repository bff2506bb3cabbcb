import { clear, h } from '../core/dom.ts';
import { formatDateRange, formatInstant } from '../core/format.ts';
import { roleLabel, type Me } from '../core/types.ts';

/** The parts of the page around a screen: who is signed in (header), their profile band, the menu. */
export interface ShellSlots {
  readonly account: HTMLElement;
  readonly nav: HTMLElement;
  readonly profile: HTMLElement;
}

export function shellSlots(): ShellSlots {
  const get = (id: string) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`index.html has no #${id}`);
    return element;
  };
  return { account: get('account'), nav: get('nav'), profile: get('profile') };
}

export function renderAccount(slot: HTMLElement, me: Me, onSignOut: () => void): void {
  slot.replaceChildren(
    h(
      'div',
      { class: 'account-who' },
      h('span', { class: 'account-name' }, me.profile.name),
      h('span', { class: 'account-role' }, roleLabel(me.roles)),
    ),
    h('button', { type: 'button', class: 'button ghost', onclick: onSignOut }, 'Keluar'),
  );
}

/** Saves the weekly-nudge choice; resolves when the server has it, rejects with a message to show. */
export type SaveNudgeChoice = (nudges: boolean) => Promise<void>;

export function renderProfile(slot: HTMLElement, me: Me, saveNudgeChoice: SaveNudgeChoice): void {
  const period = me.openPeriod;
  const row = (key: string, term: string, ...detail: (Node | string)[]) =>
    h('div', { class: `profile-item item-${key}` }, h('dt', {}, term), h('dd', {}, ...detail));
  slot.replaceChildren(
    h(
      'dl',
      { class: 'profile-grid' },
      row('pegawai', 'Pegawai', h('strong', {}, me.profile.name), h('span', { class: 'sub' }, `NIP ${me.profile.nip}`)),
      row('jabatan', 'Jabatan', me.profile.jabatan, h('span', { class: 'sub' }, `Golongan ${me.profile.golongan}`)),
      row('unit', 'Unit kerja', me.unit?.name ?? me.profile.unitId),
      row(
        'atasan',
        'Atasan langsung',
        ...(me.supervisor ? [me.supervisor.name, h('span', { class: 'sub' }, me.supervisor.jabatan)] : ['Belum ditetapkan']),
      ),
      row(
        'periode',
        'Periode aktif',
        ...(period
          ? [
              h('strong', {}, period.name),
              h('span', { class: 'sub' }, formatDateRange(period.startsOn, period.endsOn)),
              h('span', { class: 'sub' }, `Ditutup ${formatInstant(period.closesAt)}`),
            ]
          : ['Tidak ada periode yang terbuka']),
      ),
    ),
    nudgeChoice(me, saveNudgeChoice),
  );
  slot.hidden = false;
}

/** The opt-out the reminder emails point to: weekly nudges and the JP reminder, never results or notices. */
function nudgeChoice(me: Me, save: SaveNudgeChoice): HTMLElement {
  const status = h('span', { class: 'sub', role: 'status' });
  const box = h('input', { type: 'checkbox', id: 'nudges', checked: me.profile.nudgesOptOut !== true }) as HTMLInputElement;
  box.addEventListener('change', () => {
    const wanted = box.checked;
    box.disabled = true;
    status.textContent = 'Menyimpan…';
    save(wanted)
      .then(() => {
        status.textContent = wanted ? 'Pengingat email aktif.' : 'Pengingat email dimatikan. Hasil penilaian tetap dikirim.';
      })
      .catch((error: unknown) => {
        box.checked = !wanted;
        status.textContent = error instanceof Error ? error.message : 'Pilihan belum tersimpan; coba lagi.';
      })
      .finally(() => {
        box.disabled = false;
      });
  });
  return h('p', { class: 'profile-reminders' }, box, ' ', h('label', { for: 'nudges' }, 'Kirimi saya pengingat lewat email (laporan mingguan, JP pelatihan)'), ' ', status);
}

export interface NavItem {
  readonly path: string;
  readonly title: string;
}

export function renderNav(slot: HTMLElement, items: readonly NavItem[], activePath: string): void {
  slot.replaceChildren(
    h(
      'ul',
      { class: 'wrap nav-list' },
      ...items.map((item) =>
        h('li', {}, h('a', { href: `#${item.path}`, 'aria-current': item.path === activePath ? 'page' : undefined }, item.title)),
      ),
    ),
  );
  slot.hidden = false;
}

/** Back to the signed-out page: nothing of the previous person stays on screen. */
export function resetShell(slots: ShellSlots): void {
  clear(slots.account);
  clear(slots.nav);
  clear(slots.profile);
  slots.nav.hidden = true;
  slots.profile.hidden = true;
}
