import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { currentYearInWita, formatInstant, formatNumber } from '../../core/format.ts';
import { SKP_STATUS_LABELS, statusTone } from '../../core/labels.ts';
import type { Me, Skp } from '../../core/types.ts';
import { errorNotice, notice, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { progressCard } from './progress-card.ts';
import { createEditor } from './skp-editor.ts';
import { draftsOf, newRhk } from './skp-model.ts';
import { skpCounts, skpView } from './skp-view.ts';

/**
 * "SKP saya": the yearly plan. Editable while a draft or returned; read-only while the supervisor decides;
 * an approved plan is shown as approved, and changing it opens a new revision. `#/skp/<year>` picks the year.
 * Above the plan of the open period's year: the capaian so far per indicator.
 */
export function mountSkp(main: HTMLElement, { api, me, route }: ScreenContext): void {
  const thisYear = currentYearInWita();
  const requested = Number(route[0]);
  const year = Number.isInteger(requested) && requested >= 2020 && requested <= 2100 ? requested : thisYear;
  const body = h('div', { class: 'skp-body' }, h('p', { class: 'loading', role: 'status' }, 'Memuat SKP…'));
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'SKP saya'),
    h('p', { class: 'lead' }, 'Sasaran Kinerja Pegawai: rencana hasil kerja (RHK) dan indikatornya untuk satu tahun, disetujui atasan langsung.'),
    yearPicker(year, thisYear),
    // The running capaian belongs to the open period, so it shows beside the plan of that period's year.
    ...(year === (me.openPeriod?.year ?? thisYear) ? [progressCard(api, me.openPeriod)] : []),
    body,
  );

  const load = async (message?: string) => {
    try {
      const skp = await api.get<Skp | null>(`/api/skp/${year}`);
      renderSkp(body, api, me, year, skp, load);
      if (message) {
        show(body.querySelector<HTMLElement>('.skp-status-line')!, notice('success', message));
        announce(message);
        body.querySelector<HTMLElement>('#skp-status-title')?.focus();
      }
    } catch (error) {
      if (error instanceof SessionEnded) return;
      body.replaceChildren(errorNotice('SKP tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}

function yearPicker(year: number, thisYear: number): HTMLElement {
  const select = h('select', { id: 'skp-year' }, ...[thisYear - 1, thisYear, thisYear + 1].map((y) => h('option', { value: y, selected: y === year }, String(y))));
  const form = h(
    'form',
    { class: 'period-picker card', 'aria-label': 'Pilih tahun SKP' },
    h('div', { class: 'field' }, h('label', { for: 'skp-year' }, 'Tahun SKP'), select),
    h('button', { type: 'submit', class: 'button secondary' }, 'Tampilkan'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/skp/${select.value}`;
  });
  return form;
}

function renderSkp(body: HTMLElement, api: ApiClient, me: Me, year: number, skp: Skp | null, reload: (message?: string) => Promise<void>): void {
  const statusLine = h('div', { class: 'skp-status-line' });
  const summary = h(
    'section',
    { class: 'card skp-summary', 'aria-labelledby': 'skp-status-title' },
    h('h2', { id: 'skp-status-title', tabindex: -1 }, `Status SKP ${year}`),
    h(
      'p',
      { class: 'skp-state' },
      h('span', { class: statusTone(skp ? `skp-${skp.status}` : 'belum-dinilai') }, skp ? SKP_STATUS_LABELS[skp.status] : 'Belum ada'),
      skp ? h('span', { class: 'sub' }, ` Revisi ${formatNumber(skp.revision)} · diperbarui ${formatInstant(skp.updatedAt)} · ${skpCounts(skp.rhk)}`) : null,
    ),
    skp?.status === 'RETURNED' && skp.returnNote
      ? h('div', { class: 'notice error return-note' }, h('p', {}, h('strong', {}, 'Dikembalikan atasan dengan catatan:')), h('p', {}, skp.returnNote))
      : null,
    skp?.status === 'SUBMITTED'
      ? notice('info', `Menunggu keputusan atasan langsung${me.supervisor ? ` (${me.supervisor.name})` : ''}. SKP tidak dapat diubah sampai diputuskan.`)
      : null,
    skp?.status === 'APPROVED'
      ? notice('success', `Disetujui${skp.decidedAt ? ` pada ${formatInstant(skp.decidedAt)}` : ''}. Indikatornya dapat dipilih saat melaporkan kegiatan.`)
      : null,
    !skp ? notice('info', `Belum ada SKP untuk tahun ${year}. Susun rencana hasil kerja di bawah, simpan, lalu ajukan ke atasan.`) : null,
    statusLine,
  );

  if (skp && (skp.status === 'SUBMITTED' || skp.status === 'APPROVED')) {
    const view = h('section', { class: 'card', 'aria-labelledby': 'skp-view-title' }, h('h2', { id: 'skp-view-title' }, 'Rencana hasil kerja'), skpView(skp.rhk));
    if (skp.status === 'APPROVED') {
      const revise = h('button', { type: 'button', class: 'button secondary' }, 'Ubah SKP (buat revisi baru)');
      revise.addEventListener('click', () => {
        const editor = createEditor(api, year, skp, draftsOf(skp.rhk), reload, () => body.replaceChildren(summary, view));
        body.replaceChildren(summary, editor);
        editor.querySelector<HTMLElement>('h2')?.focus();
      });
      view.append(h('p', { class: 'muted' }, 'Perubahan membuat revisi baru yang harus diajukan dan disetujui lagi; revisi yang disetujui tetap tersimpan sebagai riwayat.'), revise);
    }
    body.replaceChildren(summary, view);
    return;
  }
  const rows = skp ? draftsOf(skp.rhk) : [newRhk([])];
  body.replaceChildren(summary, createEditor(api, year, skp, rows, reload));
}
