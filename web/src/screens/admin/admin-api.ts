import type { ApiClient } from '../../core/api.ts';
import type { CloseProgress, DataCheckReport, ImportReport, Period, PeriodKind } from '../../core/types.ts';

export function listPeriods(api: ApiClient, year: number): Promise<{ year: number; items: Period[] }> {
  return api.get(`/api/periods?year=${year}`);
}

export interface NewPeriods {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index?: number;
  readonly wholeYear?: true;
  readonly closesAt?: string;
}

export function createPeriods(api: ApiClient, request: NewPeriods): Promise<{ created: Period[]; existing: string[] }> {
  return api.post('/api/admin/periods', request);
}

export function startClose(api: ApiClient, periodId: string): Promise<{ periodId: string; status: 'CLOSING' | 'CLOSED'; unitsRequested: number }> {
  return api.post(`/api/admin/periods/${encodeURIComponent(periodId)}/close`, undefined);
}

export function closeProgress(api: ApiClient, periodId: string): Promise<CloseProgress> {
  return api.get(`/api/admin/periods/${encodeURIComponent(periodId)}/close`);
}

/** Why BKPSDM reopens a CLOSED period, and optionally until when (an ISO instant; the server's default is a week). */
export interface ReopenRequest {
  readonly reason: string;
  readonly closesAt?: string;
}

export function reopenPeriod(api: ApiClient, periodId: string, request: ReopenRequest): Promise<Period> {
  return api.post(`/api/admin/periods/${encodeURIComponent(periodId)}/reopen`, request);
}

export function importEmployees(api: ApiClient, csv: string): Promise<ImportReport> {
  return api.upload('/api/admin/employees/import', csv, 'text/csv');
}

export function checkData(api: ApiClient): Promise<DataCheckReport> {
  return api.get('/api/admin/data-check');
}
