import { NOTICE_KINDS, NOTICE_STATUSES, type NoticeKind, type NoticeStatus } from './notice.ts';

export interface NoticeLineForSummary {
  readonly noticeId: string;
  readonly nip: string;
  readonly kind: NoticeKind;
  readonly status: NoticeStatus;
  readonly attempts: number;
  readonly failureReason?: string;
  readonly failedAt?: string;
  readonly leaseExpiries?: number;
}

export interface NoticeSummary {
  readonly periodId: string;
  readonly total: number;
  readonly byStatus: Record<NoticeStatus, number>;
  readonly byKind: Record<NoticeKind, Record<NoticeStatus, number>>;
  /** Sent again after a drain died holding them: the recipient may have two copies. */
  readonly possiblyDuplicated: number;
  readonly failed: readonly { noticeId: string; nip: string; kind: NoticeKind; attempts: number; reason: string; failedAt?: string }[];
}

const zeroes = () => Object.fromEntries(NOTICE_STATUSES.map((s) => [s, 0])) as Record<NoticeStatus, number>;

/** Counts per kind and status for the admin screen, with every failure and its reason. */
export function summarizeNotices(periodId: string, lines: readonly NoticeLineForSummary[]): NoticeSummary {
  const byStatus = zeroes();
  const byKind = Object.fromEntries(NOTICE_KINDS.map((k) => [k, zeroes()])) as Record<NoticeKind, Record<NoticeStatus, number>>;
  for (const line of lines) {
    byStatus[line.status]++;
    byKind[line.kind][line.status]++;
  }
  return {
    periodId,
    total: lines.length,
    byStatus,
    byKind,
    possiblyDuplicated: lines.filter((l) => (l.leaseExpiries ?? 0) > 0).length,
    failed: lines
      .filter((l) => l.status === 'FAILED')
      .map((l) => ({ noticeId: l.noticeId, nip: l.nip, kind: l.kind, attempts: l.attempts, reason: l.failureReason ?? '', ...(l.failedAt ? { failedAt: l.failedAt } : {}) })),
  };
}
