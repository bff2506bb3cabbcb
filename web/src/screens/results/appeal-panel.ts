import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { confirmAction } from '../../core/confirm.ts';
import { h } from '../../core/dom.ts';
import { periodName } from '../../core/format.ts';
import type { Result } from '../../core/types.ts';
import { errorNotice, show } from '../../core/ui.ts';
import { appealIdOf, type Appeal } from '../appeals/appeal-model.ts';
import { appealView } from '../appeals/appeal-view.ts';
import { addExplanation, fileAppeal, getAppeal } from '../appeals/appeals-api.ts';
import { textForm } from '../appeals/text-form.ts';

/**
 * "Keberatan" under a result: the appeal if one was filed (with room to add an explanation while it awaits
 * a decision), otherwise the form to file one. Read when opened, so the list of results costs one request.
 */
export function appealPanel(api: ApiClient, nip: string, result: Result): HTMLElement {
  const appealId = appealIdOf(nip, result.periodId);
  const body = h('div', { class: 'appeal-body' });
  const panel = h('details', { class: 'appeal-panel', 'data-appeal': appealId }, h('summary', {}, 'Keberatan atas hasil ini'), body);
  let loaded = false;
  panel.addEventListener('toggle', () => {
    if (panel.open && !loaded) void load();
  });

  async function load(): Promise<void> {
    show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat keberatan…'));
    try {
      showAppeal(await getAppeal(api, appealId));
      loaded = true;
    } catch (error) {
      if (error instanceof SessionEnded) return;
      if (error instanceof ApiError && error.status === 404) {
        loaded = true;
        showFiling();
      } else show(body, errorNotice('Keberatan tidak dapat dimuat.', error, () => void load()));
    }
  }

  function showAppeal(appeal: Appeal): void {
    const explain =
      appeal.status === 'DIAJUKAN'
        ? textForm({
            id: `explain-${result.periodId}`,
            title: 'Tambah penjelasan',
            label: 'Penjelasan tambahan',
            hint: 'Mis. bukti capaian yang belum terlihat oleh pejabat penilai.',
            submitLabel: 'Kirim penjelasan',
            send: async (text) => {
              showAppeal(await addExplanation(api, appealId, text));
              announce('Penjelasan terkirim.');
              body.querySelector<HTMLElement>('.appeal-standing')?.focus();
            },
          })
        : null;
    if (appeal.status === 'GUGUR') showFiling(appealView(appeal));
    else show(body, appealView(appeal), explain);
    body.querySelector('.appeal-standing')?.setAttribute('tabindex', '-1');
  }

  /** The form to file one; below the earlier keberatan when that one ended GUGUR (the result was corrected since). */
  function showFiling(earlier?: HTMLElement): void {
    show(
      body,
      earlier ?? null,
      h('p', {}, earlier ? 'Hasil ini sudah dikoreksi. Jika Anda tidak sependapat dengan hasil terkoreksi, ajukan keberatan baru paling lambat 14 hari sejak pemberitahuan hasil terkoreksi.' : 'Jika Anda tidak sependapat dengan hasil ini, ajukan keberatan tertulis dengan alasannya paling lambat 14 hari sejak pemberitahuan hasil. Keberatan diputus oleh atasan pejabat penilai, dan putusannya final.'),
      textForm({
        id: `appeal-${result.periodId}`,
        label: 'Alasan keberatan',
        submitLabel: 'Ajukan keberatan',
        confirm: () =>
          confirmAction({
            title: 'Ajukan keberatan?',
            body: [`Keberatan atas hasil ${periodName(result.periodId)} hanya dapat diajukan sekali dan diteruskan kepada atasan pejabat penilai.`],
            confirmLabel: 'Ya, ajukan',
          }),
        send: async (reason) => {
          showAppeal(await fileAppeal(api, result.periodId, reason));
          announce('Keberatan diajukan.');
          body.querySelector<HTMLElement>('.appeal-standing')?.focus();
        },
      }),
    );
  }

  return panel;
}
