import { getNotices } from '../data/notice-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import { listUnitResults, listUnitResultsPage } from '../data/result-repository.ts';
import { toCsv } from '../domain/csv-export.ts';
import { tppKinerja, type TppSettings } from '../domain/incentive.ts';
import { PREDIKAT_LABELS, RATING_LABELS } from '../domain/quadrant.ts';
import { DECISION_LABELS, type Result } from '../domain/result.ts';
import type { Actor } from '../domain/roles.ts';
import { formatWitaDateTime } from '../domain/time.ts';
import { noticeIdOf, type NoticeKind, type NoticeStatus } from '../notify/notice.ts';
import { unitVisibleTo } from './unit-access.ts';


const NOTICE_STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = { PENDING: 'Menunggu dikirim', SENDING: 'Sedang dikirim', SENT: 'Terkirim', FAILED: 'Gagal' };

/** Where the result's own notice stands: the result email (HASIL), or the escalation (BELUM_DINILAI) when nobody assessed. */
export interface NoticeState {
  readonly kind: NoticeKind;
  readonly status: NoticeStatus;
  readonly sentAt?: string;
  readonly failureReason?: string;
}

export type ResultRow = Result & { readonly tpp: { amount: number; breakdown: string } | null; readonly notice: NoticeState | null };

/** One page of a unit's results in a period (predikat, then NIP), for admins and auditors, and for the unit's own head. */
export async function unitResultsFor(actor: Actor, periodId: string, unitId: string, tpp: TppSettings | undefined, page: PageRequest = {}) {
  await unitVisibleTo(actor, unitId);
  const { items, nextCursor } = await listUnitResultsPage(periodId, unitId, page);
  return { periodId, unitId, items: await withNoticesAndTpp(items, tpp), ...(nextCursor ? { nextCursor } : {}) };
}

/** Every result of the unit in the period, by name: for the CSV, which a spreadsheet reads whole. */
export async function allUnitResultsFor(actor: Actor, periodId: string, unitId: string, tpp: TppSettings | undefined): Promise<ResultRow[]> {
  await unitVisibleTo(actor, unitId);
  const results = (await listUnitResults(periodId, unitId)).sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
  return withNoticesAndTpp(results, tpp);
}

const resultNoticeKind = (result: Result): NoticeKind => (result.predikat ? 'HASIL' : 'BELUM_DINILAI');

async function withNoticesAndTpp(results: readonly Result[], tpp: TppSettings | undefined): Promise<ResultRow[]> {
  const notices = await getNotices(results.map((r) => ({ nip: r.nip, periodId: r.periodId, kind: resultNoticeKind(r), revision: r.revision })));
  return results.map((r) => {
    const notice = notices.get(noticeIdOf(r.nip, r.periodId, resultNoticeKind(r), r.revision));
    return {
      ...r,
      tpp: tppKinerja(r.incentiveFactor, tpp) ?? null,
      notice: notice
        ? { kind: notice.kind, status: notice.status, ...(notice.sentAt ? { sentAt: notice.sentAt } : {}), ...(notice.failureReason ? { failureReason: notice.failureReason } : {}) }
        : null,
    };
  });
}

export function resultsCsv(items: readonly ResultRow[]): string {
  return toCsv(
    [
      'nip', 'nama', 'jabatan', 'unit', 'hasil_kerja', 'perilaku', 'predikat', 'nilai', 'faktor_insentif', 'tpp_kinerja', 'rincian_tpp', 'keputusan', 'revisi',
      'pemberitahuan', 'pemberitahuan_terkirim', 'pemberitahuan_gagal',
    ],
    items.map((r) => [
      r.nip,
      r.name,
      r.jabatan,
      r.unitId,
      r.hasilKerja ? RATING_LABELS[r.hasilKerja] : null,
      r.perilaku ? RATING_LABELS[r.perilaku] : null,
      r.predikat ? PREDIKAT_LABELS[r.predikat] : 'Belum dinilai',
      r.score ?? null,
      r.incentiveFactor,
      r.tpp?.amount ?? null,
      r.tpp?.breakdown ?? null,
      r.decisions.map((d) => DECISION_LABELS[d.kind]).join(', '),
      r.revision,
      r.notice ? `${NOTICE_STATUS_LABELS[r.notice.status]}${r.notice.kind === 'BELUM_DINILAI' ? ' (eskalasi belum dinilai)' : ''}` : 'Belum dibuat',
      r.notice?.sentAt ? formatWitaDateTime(new Date(r.notice.sentAt)) : null,
      r.notice?.failureReason ?? null,
    ]),
  );
}
