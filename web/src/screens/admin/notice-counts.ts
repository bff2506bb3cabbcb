import { ApiError, SessionEnded, type ApiClient } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatNumber } from '../../core/format.ts';
import { busy, errorNotice, show } from '../../core/ui.ts';

/**
 * The email notices a close produced, from `GET /api/admin/notices?period=` (built alongside this screen by
 * the notices work). Kept in this one module: the shape below is what that route answered when this was
 * written; if the route is not deployed (the gateway's 404), the section says so instead of failing the screen.
 */
export interface NoticeSummary {
  readonly periodId: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly possiblyDuplicated: number;
  readonly failed: readonly { noticeId: string; nip: string; kind: string; attempts: number; reason: string; failedAt?: string }[];
}

const STATUS_LABELS: Record<string, string> = { PENDING: 'Menunggu', SENDING: 'Sedang dikirim', SENT: 'Terkirim', FAILED: 'Gagal' };
const KIND_LABELS: Record<string, string> = {
  HASIL: 'Hasil penilaian',
  PENGHARGAAN: 'Penghargaan',
  PEMBINAAN: 'Pembinaan',
  REKOMENDASI_SANKSI: 'Rekomendasi sanksi',
  BELUM_DINILAI: 'Belum dinilai',
  KEBERATAN_DIAJUKAN: 'Keberatan diajukan',
  KEBERATAN_DIPUTUS: 'Keberatan diputus',
  KEBERATAN_GUGUR: 'Keberatan gugur',
};

export function noticeCounts(api: ApiClient, periodId: string): HTMLElement {
  const content = h('div', { class: 'notice-counts-body' });
  const refresh = h('button', { type: 'button', class: 'button secondary small' }, 'Perbarui hitungan');
  const section = h('section', { class: 'notice-counts', 'aria-labelledby': `notices-${periodId}` }, h('h3', { id: `notices-${periodId}` }, 'Pemberitahuan email'), content, refresh);

  const load = async () => {
    try {
      const summary = await api.get<NoticeSummary>(`/api/admin/notices?period=${encodeURIComponent(periodId)}`);
      show(content, render(summary));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      if (error instanceof ApiError && error.status === 404 && error.code === 'HTTP_404') {
        show(content, h('p', { class: 'muted' }, 'Ringkasan pemberitahuan belum tersedia di server ini.'));
        refresh.hidden = true;
        return;
      }
      show(content, errorNotice('Ringkasan pemberitahuan tidak dapat dimuat.', error));
    }
  };
  refresh.addEventListener('click', () => void busy(refresh, 'Memperbarui…', load));
  void load();
  return section;
}

function render(summary: NoticeSummary): HTMLElement {
  const statuses = Object.keys(STATUS_LABELS);
  const kinds = Object.entries(summary.byKind).filter(([, counts]) => Object.values(counts).some((n) => n > 0));
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'notice-total' },
      `${formatNumber(summary.total)} pemberitahuan: `,
      statuses.map((status) => `${formatNumber(summary.byStatus[status] ?? 0)} ${STATUS_LABELS[status]!.toLowerCase()}`).join(', '),
      '.',
    ),
    kinds.length === 0
      ? null
      : h(
          'table',
          { class: 'data-table stack-table compact' },
          h('caption', { class: 'visually-hidden' }, 'Pemberitahuan per jenis dan status'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Jenis'), ...statuses.map((status) => h('th', { scope: 'col', class: 'num' }, STATUS_LABELS[status]!)))),
          h(
            'tbody',
            {},
            ...kinds.map(([kind, counts]) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row', 'data-label': 'Jenis' }, KIND_LABELS[kind] ?? kind),
                ...statuses.map((status) => h('td', { class: 'num', 'data-label': STATUS_LABELS[status]! }, formatNumber(counts[status] ?? 0))),
              ),
            ),
          ),
        ),
    summary.possiblyDuplicated > 0 ? h('p', { class: 'notice info' }, `${formatNumber(summary.possiblyDuplicated)} pemberitahuan mungkin terkirim dua kali (pengiriman sempat terputus).`) : null,
    summary.failed.length === 0
      ? null
      : h(
          'details',
          { class: 'failed-notices' },
          h('summary', {}, `${formatNumber(summary.failed.length)} pemberitahuan gagal — lihat alasannya`),
          h(
            'ul',
            {},
            ...summary.failed.map((failure) =>
              h('li', {}, `NIP ${failure.nip} · ${KIND_LABELS[failure.kind] ?? failure.kind} · ${formatNumber(failure.attempts)} kali dicoba${failure.failedAt ? ` · ${formatInstant(failure.failedAt)}` : ''}: ${failure.reason}`),
            ),
          ),
        ),
  );
}
