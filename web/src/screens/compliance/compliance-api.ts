import type { ApiClient } from '../../core/api.ts';
import type { Compliance, ExclusionReason } from './compliance-model.ts';

const segment = (part: string) => encodeURIComponent(part);

export function loadCompliance(api: ApiClient, unitId: string, periodId: string): Promise<Compliance> {
  return api.get(`/api/units/${segment(unitId)}/compliance?period=${segment(periodId)}`);
}

export function excludePerson(api: ApiClient, unitId: string, nip: string, body: { periodId: string; reason: ExclusionReason; note?: string }): Promise<unknown> {
  return api.put(`/api/units/${segment(unitId)}/exclusions/${segment(nip)}`, body);
}

export function includePerson(api: ApiClient, unitId: string, nip: string, periodId: string): Promise<unknown> {
  return api.delete(`/api/units/${segment(unitId)}/exclusions/${segment(nip)}?period=${segment(periodId)}`);
}
