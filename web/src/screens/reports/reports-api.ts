import type { ApiClient } from '../../core/api.ts';
import type { ActivityReport, NewReport, Page } from '../../core/types.ts';

export const PAGE_SIZE = 10;

/**
 * `attemptId` stays the same when a report is retried (a draft sent again after a failed send),
 * as an `Idempotency-Key`: once the API honours it, a retry after a lost response cannot store a second copy.
 */
export function submitReport(api: ApiClient, report: NewReport, attemptId: string): Promise<ActivityReport> {
  return api.post<ActivityReport>('/api/reports', report, { 'idempotency-key': attemptId });
}

export function newAttemptId(): string {
  return crypto.randomUUID();
}

export function listReports(api: ApiClient, periodId: string, cursor?: string): Promise<Page<ActivityReport>> {
  const query = new URLSearchParams({ period: periodId, limit: String(PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return api.get<Page<ActivityReport>>(`/api/reports?${query.toString()}`);
}

/** A correction names the period and the version it was read at; a stale version is refused with 409. */
export function reviseReport(api: ApiClient, report: ActivityReport, changes: NewReport): Promise<ActivityReport> {
  return api.put<ActivityReport>(`/api/reports/${encodeURIComponent(report.reportId)}`, { ...changes, periodId: report.periodId, version: report.version ?? 1 });
}

export function withdrawReport(api: ApiClient, report: ActivityReport): Promise<{ reportId: string; deleted: true }> {
  const query = new URLSearchParams({ period: report.periodId, version: String(report.version ?? 1) });
  return api.delete(`/api/reports/${encodeURIComponent(report.reportId)}?${query.toString()}`);
}
