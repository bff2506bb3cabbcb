import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { formatNumber } from '../../core/format.ts';
import type { Me } from '../../core/types.ts';
import { backLink, errorNotice, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { appealTitle, type NamedAppeal } from './appeal-model.ts';
import { appealView } from './appeal-view.ts';
import { addExplanation, getAppeal, listInbox } from './appeals-api.ts';
import { decisionForm } from './decision-form.ts';
import { textForm } from './text-form.ts';

/**
 * "Keberatan" for whoever decides appeals (the assessor's supervisor; BKPSDM where the chain ends):
 * `#/keberatan` lists those awaiting the caller, `#/keberatan/<appealId>` is one appeal, where the reviewer decides
 * and the assessor adds a written explanation while it awaits. The keberatan emails link to that page, so the employee
 * who filed it may open it too (read only; they explain from "Hasil saya").
 */
export function mountAppealInbox(main: HTMLElement, { api, me, route }: ScreenContext): void {
  if (route[0]) return mountAppeal(main, api, me, route[0]);
  if (!decidesAppeals(me)) {
    main.replaceChildren(
      h('h1', { class: 'page-title' }, 'Keberatan'),
      h('p', { class: 'notice info' }, 'Keberatan atas hasil penilaian Anda sendiri diajukan dan dipantau di ', h('a', { href: '#/hasil' }, 'Hasil saya'), '.'),
    );
    return;
  }
  const list = h('ul', { class: 'result-list appeal-inbox', 'aria-labelledby': 'inbox-title' });
  const message = h('div', { class: 'list-message' });
  const title = h('h2', { id: 'inbox-title' }, 'Menunggu putusan Anda');
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Keberatan masuk'),
    h('p', { class: 'lead' }, 'Keberatan pegawai atas hasil penilaian yang Anda putus sebagai atasan pejabat penilai. Baca alasan dan penjelasan kedua pihak; putusan Anda final.'),
    h('section', { class: 'card', 'aria-labelledby': title.id }, title, message, list),
  );
  const load = async () => {
    show(message, h('p', { class: 'loading', role: 'status' }, 'Memuat keberatan…'));
    try {
      const { items } = await listInbox(api);
      const pending = items.filter((appeal) => appeal.status === 'DIAJUKAN');
      title.textContent = `Menunggu putusan Anda (${formatNumber(pending.length)})`;
      show(message, pending.length === 0 ? h('p', { class: 'notice info' }, 'Tidak ada keberatan yang menunggu putusan Anda.') : null);
      list.replaceChildren(...[...pending, ...items.filter((appeal) => appeal.status !== 'DIAJUKAN')].map(inboxItem));
    } catch (error) {
      if (!(error instanceof SessionEnded)) show(message, errorNotice('Keberatan tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}

/** Supervisors and BKPSDM decide appeals; anyone else reaches this screen only through an email about their own. */
function decidesAppeals(me: Me): boolean {
  return me.isSupervisor || me.roles.includes('admin');
}

function inboxItem(appeal: NamedAppeal): HTMLElement {
  return h(
    'li',
    { class: 'inbox-item', 'data-appeal': appeal.appealId },
    h('h3', {}, h('a', { href: `#/keberatan/${appeal.appealId}` }, appealTitle(appeal))),
    appealView(appeal),
  );
}

function mountAppeal(main: HTMLElement, api: ApiClient, me: Me, appealId: string): void {
  const body = h('div', { class: 'appeal-body' });
  const card = h('section', { class: 'card', 'aria-labelledby': 'appeal-title' }, h('h2', { id: 'appeal-title' }, 'Keberatan'), body);
  // Someone who decides no appeals came from an email about their own: their way back is to their results.
  main.replaceChildren(decidesAppeals(me) ? backLink('#/keberatan', 'Keberatan masuk') : backLink('#/hasil', 'Hasil saya'), h('h1', { class: 'page-title' }, 'Keberatan'), card);
  // A decision or an explanation answers with the bare appeal; the names read with it first stay.
  let names: Pick<NamedAppeal, 'employeeName' | 'periodName'> = {};

  const render = (answered: NamedAppeal) => {
    if (answered.employeeName) names = { employeeName: answered.employeeName, periodName: answered.periodName };
    const appeal: NamedAppeal = { ...answered, ...names };
    card.querySelector('h2')!.textContent = appealTitle(appeal);
    const pending = appeal.status === 'DIAJUKAN';
    const reviewer = appeal.reviewerNip === me.profile.nip || (appeal.reviewerNip === 'ADMIN' && me.roles.includes('admin') && appeal.nip !== me.profile.nip);
    const assessor = appeal.assessorNip === me.profile.nip;
    show(
      body,
      appealView(appeal),
      pending && assessor
        ? textForm({
            id: 'assessor-explain',
            title: 'Penjelasan pejabat penilai',
            label: 'Penjelasan',
            hint: 'Dasar penilaian Anda, untuk dipertimbangkan atasan pejabat penilai.',
            submitLabel: 'Kirim penjelasan',
            send: async (text) => {
              render(await addExplanation(api, appeal.appealId, text));
              announce('Penjelasan terkirim.');
            },
          })
        : null,
      pending && reviewer
        ? decisionForm(api, appeal, (decided) => {
            render(decided);
            announce('Keberatan diputus.');
            body.querySelector<HTMLElement>('.appeal-standing')?.focus();
          })
        : null,
    );
    body.querySelector('.appeal-standing')?.setAttribute('tabindex', '-1');
  };

  const load = async () => {
    show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat keberatan…'));
    try {
      render(await getAppeal(api, appealId));
    } catch (error) {
      if (!(error instanceof SessionEnded)) show(body, errorNotice('Keberatan tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}
