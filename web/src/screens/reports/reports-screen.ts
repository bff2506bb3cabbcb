import { h } from '../../core/dom.ts';
import { currentYearInWita } from '../../core/format.ts';
import type { Skp } from '../../core/types.ts';
import type { Screen } from '../screen.ts';
import { createDraftsPanel } from './drafts-panel.ts';
import { DraftStore } from './drafts.ts';
import { createReportForm } from './report-form.ts';
import { createReportList } from './report-list.ts';

/** The employee's e-reporting screen: the form, any unsent drafts, and "Laporan saya". */
export const reportsScreen: Screen = {
  path: '/laporan',
  title: 'Laporan kegiatan',
  isAvailable: () => true,
  mount(main, { api, me }) {
    const drafts = new DraftStore(localStorage, me.profile.nip);
    const list = createReportList(api, me.openPeriod);
    let panel: ReturnType<typeof createDraftsPanel> | undefined;
    const form = createReportForm({
      api,
      drafts,
      openPeriod: me.openPeriod,
      onSubmitted: (report) => list.prepend(report),
      onDraftSaved: () => panel?.refresh(),
    });
    // With an approved SKP, the indicator is chosen from it rather than typed; without one the free-text code stays.
    void api
      .get<Skp | null>(`/api/skp/${currentYearInWita()}`)
      .then((skp) => {
        if (skp?.status === 'APPROVED') form.offerIndicators(skp.rhk);
      })
      .catch(() => undefined);
    panel = createDraftsPanel({ api, drafts, onSent: (report) => list.prepend(report), onEdit: (report) => form.fill(report) });

    main.replaceChildren(
      h('h1', { class: 'page-title' }, 'Laporan kegiatan harian'),
      h(
        'div',
        { class: 'reports-layout' },
        h(
          'div',
          { class: 'reports-main' },
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'report-title' },
            h('h2', { id: 'report-title' }, 'Laporkan kegiatan'),
            h('p', { class: 'muted' }, 'Isian bertanda (wajib) harus diisi. Laporan masuk ke periode yang memuat tanggal kegiatan.'),
            form.element,
          ),
          panel.element,
        ),
        list.element,
      ),
    );

    const retryDrafts = () => void panel?.sendAll();
    window.addEventListener('online', retryDrafts);
    return () => window.removeEventListener('online', retryDrafts);
  },
};
