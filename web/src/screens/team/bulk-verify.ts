import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { formatNumber } from '../../core/format.ts';
import type { ActivityReport } from '../../core/types.ts';
import { busy, notice, reasonOf, show } from '../../core/ui.ts';
import { bulkVerifyRequest } from './bulk-verify-model.ts';
import { verifyReports } from './team-api.ts';

const SELECT_CLASS = 'bulk-select';

export interface BulkVerify {
  readonly element: HTMLElement;
  /** The tick box for one report not yet accepted, placed in its item. */
  checkbox(report: ActivityReport, day: string): HTMLElement;
  /** Recounts after the list changed (a page loaded, a report verified one by one). */
  refresh(): void;
}

/**
 * "Tandai sesuai" for many at once: tick reports in the list (or all that are not yet accepted), then one request.
 * The list keeps the tick boxes; this bar reads them, so a report re-rendered after verification drops out by itself.
 */
export function createBulkVerify(options: {
  readonly api: ApiClient;
  readonly periodId: string;
  readonly nip: string;
  readonly list: HTMLElement;
  readonly onVerified: (reports: readonly ActivityReport[]) => void;
}): BulkVerify {
  const { list } = options;
  const selectAll = h('input', { type: 'checkbox', id: 'bulk-select-all' });
  const mark = h('button', { type: 'button', class: 'button primary small' }, 'Tandai sesuai');
  const count = h('p', { class: 'muted bulk-count', id: 'bulk-count', 'aria-live': 'polite' });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  mark.setAttribute('aria-describedby', count.id);
  const element = h(
    'div',
    { class: 'bulk-bar', hidden: true },
    h('div', { class: 'check-field' }, selectAll, h('label', { for: selectAll.id }, 'Pilih semua laporan yang belum sesuai')),
    h('div', { class: 'bulk-actions' }, mark, count),
    alert,
  );

  const boxes = () => [...list.querySelectorAll<HTMLInputElement>(`input.${SELECT_CLASS}`)];
  const refresh = () => {
    const all = boxes();
    const chosen = all.filter((box) => box.checked).length;
    element.hidden = all.length === 0;
    selectAll.checked = all.length > 0 && chosen === all.length;
    selectAll.indeterminate = chosen > 0 && chosen < all.length;
    count.textContent = `${formatNumber(chosen)} dari ${formatNumber(all.length)} laporan dipilih`;
  };

  selectAll.addEventListener('change', () => {
    for (const box of boxes()) box.checked = selectAll.checked;
    show(alert);
    refresh();
  });
  list.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement && event.target.classList.contains(SELECT_CLASS))) return;
    show(alert);
    refresh();
  });
  mark.addEventListener('click', () =>
    void busy(mark, 'Menyimpan…', async () => {
      show(alert);
      const request = bulkVerifyRequest(options.periodId, options.nip, boxes().filter((box) => box.checked).map((box) => box.value));
      if (!request.ok) {
        show(alert, notice('error', request.message));
        return;
      }
      try {
        const { reports } = await verifyReports(options.api, request.body);
        options.onVerified(reports);
        refresh();
        announce(`${formatNumber(reports.length)} laporan ditandai sesuai.`);
      } catch (error) {
        if (!(error instanceof SessionEnded)) show(alert, notice('error', `Tidak ada laporan yang ditandai. ${reasonOf(error)}`));
      }
    }),
  );

  return {
    element,
    refresh,
    checkbox(report, day) {
      const id = `select-${report.reportId}`;
      return h(
        'span',
        { class: 'bulk-pick' },
        h('input', { type: 'checkbox', class: SELECT_CLASS, id, value: report.reportId }),
        h('label', { for: id }, 'Pilih', h('span', { class: 'visually-hidden' }, ` laporan ${day}`)),
      );
    },
  };
}
