import type { ApiClient } from '../../core/api.ts';
import type { Page } from '../../core/types.ts';
import type { OrgPredikat, UnitReport, UnitResult } from './unit-results-model.ts';

const segment = (part: string) => encodeURIComponent(part);
const unitAndPeriod = (unitId: string, periodId: string) => new URLSearchParams({ unit: unitId, period: periodId }).toString();

export function loadUnitReport(api: ApiClient, unitId: string, periodId: string): Promise<UnitReport> {
  return api.get(`/api/units/${segment(unitId)}/report?period=${segment(periodId)}`);
}

/** One page of the unit's results (predikat, then NIP); `cursor` continues where the previous page stopped. */
export function loadUnitResults(api: ApiClient, unitId: string, periodId: string, cursor?: string): Promise<Page<UnitResult>> {
  const query = new URLSearchParams({ unit: unitId, period: periodId, limit: '100', ...(cursor ? { cursor } : {}) });
  return api.get(`/api/admin/results?${query}`);
}

export function setOrgPredikat(api: ApiClient, unitId: string, orgPredikat: OrgPredikat): Promise<unknown> {
  return api.put(`/api/admin/units/${segment(unitId)}/org-predicate`, { orgPredikat });
}

/** The CSV downloads this screen offers, by what they hold. */
export const EXPORTS = {
  hasil: (unitId: string, periodId: string) => `/api/admin/results.csv?${unitAndPeriod(unitId, periodId)}`,
  tpp: (unitId: string, periodId: string) => `/api/admin/exports/tpp.csv?${unitAndPeriod(unitId, periodId)}`,
  'ekinerja-bkn': (unitId: string, periodId: string) => `/api/admin/exports/bkn.csv?${unitAndPeriod(unitId, periodId)}`,
} as const;
