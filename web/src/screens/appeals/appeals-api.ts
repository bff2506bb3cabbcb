import type { ApiClient } from '../../core/api.ts';
import type { Appeal, AppealDecisionInput, NamedAppeal } from './appeal-model.ts';

const segment = (part: string) => encodeURIComponent(part);

export function getAppeal(api: ApiClient, appealId: string): Promise<NamedAppeal> {
  return api.get(`/api/appeals/${segment(appealId)}`);
}

export function fileAppeal(api: ApiClient, periodId: string, reason: string): Promise<Appeal> {
  return api.post('/api/appeals', { periodId, reason });
}

export function listInbox(api: ApiClient): Promise<{ items: NamedAppeal[] }> {
  return api.get('/api/appeals/inbox');
}

export function addExplanation(api: ApiClient, appealId: string, text: string): Promise<Appeal> {
  return api.post(`/api/appeals/${segment(appealId)}/explanations`, { text });
}

export function decide(api: ApiClient, appealId: string, decision: AppealDecisionInput): Promise<{ appeal: Appeal }> {
  return api.post(`/api/appeals/${segment(appealId)}/decide`, decision);
}
