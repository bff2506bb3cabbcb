import { h } from '../../core/dom.ts';
import { currentYearInWita } from '../../core/format.ts';
import type { ActivityReport, Skp } from '../../core/types.ts';
import { lazyBody } from '../lazy.ts';
import type { Screen } from '../screen.ts';
import { createDraftsPanel } from './drafts-panel.ts';
import { DraftStore } from './drafts.ts';
import { createReportForm } from './report-form.ts';
import { createReportList } from './report-list.ts';

/** The CSV upload is used once a month at most, so its code is fetched when opened (`#/laporan/unggah`). */
const mountUpload = lazyBody('Unggah laporan', async () => (await import('./csv-upload.ts')).mountCsvUpload);

/** The employee's e-reporting screen: the form, any unsent drafts, and "Laporan saya" with correction, withdrawal and repeat. */
export const reportsScreen: Screen = {
  path: '/laporan',
  title: 'Laporan kegiatan',
  isAvailable: () => true,
  mount(main, context) {
    if (context.route[0] === 'unggah') return mountUpload(main, context);
    const { api, me } = context;
    const drafts = new DraftStore(localStorage, me.profile.nip);
    let panel: ReturnType<typeof createDraftsPanel> | undefined;
    // The list and the form refer to each other: the list's buttons fill the form, the form's sends update the list.
    const listActions = {
      onEdit: (report: ActivityReport) => form.edit(report),
      onRepeat: (report: ActivityReport) => form.repeat(report),
      onWithdrawn: (report: ActivityReport) => form.forget(report.reportId),
    };
    const list = createReportList({ api, period: me.openPeriod, ...listActions });
    const form = createReportForm({
      api,
      drafts,
      openPeriod: me.openPeriod,
      onSubmitted: (report) => list.prepend(report),
      onRevised: (report) => list.replace(report),
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
      h('p', { class: 'lead' }, 'Punya catatan kegiatan sebulan di lembar kerja? ', h('a', { href: '#/laporan/unggah' }, 'Unggah berkas CSV'), '.'),
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
