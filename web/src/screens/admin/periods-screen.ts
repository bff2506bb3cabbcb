import { SessionEnded } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { confirmAction } from '../../core/confirm.ts';
import { h } from '../../core/dom.ts';
import { currentYearInWita, formatDateRange, formatInstant, formatNumber } from '../../core/format.ts';
import { PERIOD_KIND_LABELS, PERIOD_STATUS_LABELS, statusTone } from '../../core/labels.ts';
import type { CloseProgress, Period } from '../../core/types.ts';
import { busy, errorNotice, fact, notice, show } from '../../core/ui.ts';
import type { Cleanup, ScreenContext } from '../screen.ts';
import { closeProgress, listPeriods, startClose } from './admin-api.ts';
import { createPeriodForm } from './new-period-form.ts';
import { noticeCounts } from './notice-counts.ts';
import { askReopen } from './reopen-period-form.ts';

const POLL_MS = 1000;

/**
 * "Periode" for the BKPSDM admin: the year's periods, creating one (or a year's calendar), closing one now, with the
 * close's progress polled until the last unit is scored, and reopening a closed one for corrections.
 * `#/admin/periode/<year>` picks the year.
 */
export function mountPeriods(main: HTMLElement, { api, route }: ScreenContext): Cleanup {
  const thisYear = currentYearInWita();
  const requested = Number(route[0]);
  const year = Number.isInteger(requested) && requested >= 2020 && requested <= 2100 ? requested : thisYear;
  let stopped = false;
  let timer: number | undefined;
  let panelPeriodId: string | undefined;

  const tableSlot = h('div', {}, h('p', { class: 'loading', role: 'status' }, 'Memuat periode…'));
  const listStatus = h('div', { class: 'form-status', role: 'status' });
  const closePanel = h('section', { class: 'card close-panel', 'aria-labelledby': 'close-title', hidden: true });
  const yearSelect = h('select', { id: 'periods-year' }, ...[thisYear - 1, thisYear, thisYear + 1].map((y) => h('option', { value: y, selected: y === year }, String(y))));
  const yearForm = h(
    'form',
    { class: 'inline-picker', 'aria-label': 'Pilih tahun' },
    h('label', { for: 'periods-year' }, 'Tahun'),
    yearSelect,
    h('button', { type: 'submit', class: 'button secondary small' }, 'Tampilkan'),
  );
  yearForm.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/admin/periode/${yearSelect.value}`;
  });

  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Periode penilaian'),
    h('p', { class: 'lead' }, 'Buat periode, pantau statusnya, dan tutup periode: penutupan menghitung hasil setiap pegawai dan mengirim pemberitahuan.'),
    closePanel,
    h(
      'div',
      { class: 'admin-layout' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'periods-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'periods-title' }, `Daftar periode ${year}`), yearForm),
        listStatus,
        tableSlot,
      ),
      createPeriodForm(api, thisYear, (created) => {
        if (created.some((period) => period.year === year)) void loadList();
      }),
    ),
  );

  async function loadList() {
    try {
      const { items } = await listPeriods(api, year);
      const sorted = [...items].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || b.endsOn.localeCompare(a.endsOn));
      show(
        tableSlot,
        sorted.length === 0
          ? notice('info', `Belum ada periode untuk tahun ${year}. Buat periode di bawah.`)
          : h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'periods-title' }, periodsTable(sorted)),
      );
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(tableSlot, errorNotice('Daftar periode tidak dapat dimuat.', error, () => void loadList()));
    }
  }

  function periodsTable(periods: readonly Period[]): HTMLElement {
    return h(
      'table',
      { class: 'data-table stack-table periods-table' },
      h('caption', { class: 'visually-hidden' }, `Periode penilaian tahun ${year}`),
      h('thead', {}, h('tr', {}, ...['Periode', 'Jenis', 'Rentang', 'Batas penutupan', 'Status', 'Tindakan'].map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        ...periods.map((period) => {
          const action = h(
            'button',
            { type: 'button', class: `button small ${period.status === 'OPEN' ? 'danger' : 'secondary'}` },
            period.status === 'OPEN' ? 'Tutup periode' : period.status === 'CLOSING' ? 'Lihat progres' : 'Lihat hasil penutupan',
            h('span', { class: 'visually-hidden' }, ` ${period.name}`),
          );
          action.addEventListener('click', () => void (period.status === 'OPEN' ? close(period, action) : watch(period, action)));
          const reopen = period.status === 'CLOSED' ? h('button', { type: 'button', class: 'button small secondary' }, 'Buka kembali', h('span', { class: 'visually-hidden' }, ` ${period.name}`)) : null;
          reopen?.addEventListener('click', () => void reopenClosed(period));
          return h(
            'tr',
            { 'data-period': period.periodId },
            h('th', { scope: 'row', 'data-label': 'Periode' }, h('span', {}, period.name, h('span', { class: 'sub' }, period.periodId))),
            h('td', { 'data-label': 'Jenis' }, PERIOD_KIND_LABELS[period.kind]),
            h('td', { 'data-label': 'Rentang' }, formatDateRange(period.startsOn, period.endsOn)),
            h('td', { 'data-label': 'Batas penutupan' }, formatInstant(period.closesAt)),
            h('td', { 'data-label': 'Status' }, h('span', { class: statusTone(`period-${period.status}`) }, PERIOD_STATUS_LABELS[period.status])),
            h('td', { 'data-label': 'Tindakan' }, h('div', { class: 'row-actions' }, action, reopen)),
          );
        }),
      ),
    );
  }

  async function close(period: Period, button: HTMLButtonElement) {
    const confirmed = await confirmAction({
      title: `Tutup periode ${period.name}?`,
      body: [
        'Laporan, verifikasi dan penilaian periode ini tidak dapat diubah lagi. Pegawai yang penilaiannya belum final dicatat "Belum dinilai".',
        'Hasil setiap pegawai dihitung per unit kerja, lalu pemberitahuan dikirim lewat email.',
      ],
      confirmLabel: 'Ya, tutup periode',
      tone: 'danger',
    });
    if (!confirmed) return;
    await busy(button, 'Menutup…', async () => {
      try {
        await startClose(api, period.periodId);
        announce(`Penutupan ${period.name} dimulai.`);
        void loadList();
        await watch(period, undefined, true);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        openPanel(period, [errorNotice(`Periode ${period.name} tidak dapat ditutup.`, error)]);
      }
    });
  }

  async function reopenClosed(period: Period) {
    show(listStatus);
    const reopened = await askReopen(api, period);
    if (!reopened) return;
    if (panelPeriodId === period.periodId) {
      window.clearTimeout(timer);
      closePanel.hidden = true;
    }
    const text = `Periode ${period.name} dibuka kembali sampai ${formatInstant(reopened.closesAt)}. Setelah batas itu periode ditutup lagi dan hasilnya dihitung ulang.`;
    show(listStatus, notice('success', text));
    announce(text);
    await loadList();
  }

  function openPanel(period: Period, content: Node[]) {
    panelPeriodId = period.periodId;
    closePanel.hidden = false;
    closePanel.replaceChildren(h('h2', { id: 'close-title', tabindex: -1 }, `Penutupan ${period.name}`), ...content);
  }

  /** Shows a close's progress and polls it until CLOSED (or until the person leaves the screen). */
  async function watch(period: Period, button?: HTMLButtonElement, listIsStale = false) {
    window.clearTimeout(timer);
    const progress = h('progress', { id: 'close-progress', max: 1, value: 0 });
    const progressText = h('span', { class: 'progress-text' });
    const facts = h('dl', { class: 'facts' });
    const warnings = h('div', { class: 'curve-warnings' });
    const status = h('div', { class: 'form-status', role: 'status' });
    const extra = h('div', {});
    openPanel(period, [h('div', { class: 'progress-row' }, h('label', { for: 'close-progress' }, 'Unit kerja yang selesai dihitung'), progress, progressText), facts, warnings, status, extra]);
    closePanel.querySelector<HTMLElement>('h2')?.focus();
    let lastStatus: CloseProgress['status'] | undefined;

    const poll = async () => {
      if (stopped) return;
      try {
        const state = await closeProgress(api, period.periodId);
        progress.max = Math.max(state.unitsTotal, 1);
        progress.value = state.unitsDone;
        progressText.textContent = `${formatNumber(state.unitsDone)} dari ${formatNumber(state.unitsTotal)} unit`;
        facts.replaceChildren(
          fact('Status', h('span', { class: statusTone(`period-${state.status}`) }, PERIOD_STATUS_LABELS[state.status])),
          fact('Unit selesai', `${formatNumber(state.unitsDone)} / ${formatNumber(state.unitsTotal)}`),
          fact('Pegawai dinilai', formatNumber(state.employeesScored)),
          fact('Ditutup pada', state.closedAt ? formatInstant(state.closedAt) : '—'),
        );
        warnings.replaceChildren(
          ...(state.curveWarnings.length === 0
            ? [h('p', { class: 'muted' }, 'Tidak ada peringatan kurva distribusi.')]
            : [
                h('h3', {}, `Peringatan kurva distribusi (${formatNumber(state.curveWarnings.length)} unit)`),
                h(
                  'ul',
                  { class: 'warning-list' },
                  ...state.curveWarnings.map((unit) => h('li', {}, h('strong', {}, unit.unitId), ': ', unit.warnings.join(' '))),
                ),
              ]),
        );
        if (state.status !== lastStatus && state.status === 'CLOSED') {
          const text = `Periode ${period.name} sudah ditutup: ${formatNumber(state.employeesScored)} pegawai dinilai di ${formatNumber(state.unitsTotal)} unit.`;
          show(status, notice('success', text));
          announce(text);
          extra.replaceChildren(noticeCounts(api, period.periodId));
          if (lastStatus !== undefined || listIsStale) void loadList();
        } else if (state.status === 'CLOSING' && lastStatus === undefined) {
          show(status, notice('info', 'Penutupan sedang berjalan; halaman ini diperbarui sendiri.'));
        } else if (state.status === 'OPEN') {
          show(status, notice('info', 'Periode ini masih terbuka.'));
        }
        lastStatus = state.status;
        if (state.status !== 'CLOSED' && state.status !== 'OPEN') timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        show(status, errorNotice('Progres penutupan tidak dapat dimuat; mencoba lagi…', error));
        timer = window.setTimeout(() => void poll(), POLL_MS * 3);
      }
    };
    if (button) await busy(button, 'Memuat…', poll);
    else await poll();
  }

  void loadList();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}
