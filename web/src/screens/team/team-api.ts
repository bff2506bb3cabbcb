import type { ApiClient } from '../../core/api.ts';
import type { ActivityReport, Assessment, AssessmentDraft, AssessmentWorkspace, Page, Period, Skp, TeamMember } from '../../core/types.ts';
import type { BulkVerifyBody } from './bulk-verify-model.ts';

const path = (...parts: (string | number)[]) => parts.map((part) => encodeURIComponent(String(part))).join('/');

export function listTeam(api: ApiClient, periodId: string): Promise<{ items: TeamMember[] }> {
  return api.get(`/api/team/assessments?period=${encodeURIComponent(periodId)}`);
}

export function listPeriods(api: ApiClient, year: number): Promise<{ year: number; items: Period[] }> {
  return api.get(`/api/periods?year=${year}`);
}

export function listMemberReports(api: ApiClient, nip: string, periodId: string, cursor?: string): Promise<Page<ActivityReport>> {
  const query = new URLSearchParams({ period: periodId, limit: '20' });
  if (cursor) query.set('cursor', cursor);
  return api.get(`/api/team/${path(nip)}/reports?${query.toString()}`);
}

export function verifyReport(
  api: ApiClient,
  nip: string,
  reportId: string,
  verdict: { periodId: string; status: 'SESUAI' | 'DIKEMBALIKAN'; note?: string },
): Promise<ActivityReport> {
  return api.post(`/api/team/${path(nip, 'reports', reportId, 'verify')}`, verdict);
}

export function listSkpsAwaitingDecision(api: ApiClient, year: number): Promise<{ items: Skp[] }> {
  return api.get(`/api/team/skp?year=${year}`);
}

export function decideSkp(api: ApiClient, skp: Skp, decision: { approve: true } | { approve: false; note: string }): Promise<Skp> {
  const base = `/api/team/${path(skp.nip, 'skp', skp.year)}`;
  return decision.approve
    ? api.post(`${base}/approve`, { version: skp.version })
    : api.post(`${base}/reject`, { note: decision.note, version: skp.version });
}

export function loadWorkspace(api: ApiClient, nip: string, periodId: string): Promise<AssessmentWorkspace> {
  return api.get(`/api/team/${path(nip, 'assessments', periodId)}`);
}

export function saveAssessment(api: ApiClient, nip: string, periodId: string, draft: AssessmentDraft): Promise<Assessment> {
  return api.put(`/api/team/${path(nip, 'assessments', periodId)}`, draft);
}

export function finalizeAssessment(api: ApiClient, nip: string, periodId: string, version: number): Promise<Assessment> {
  return api.post(`/api/team/${path(nip, 'assessments', periodId, 'finalize')}`, { version });
}

/** The team by period, kept while the screen's module lives so inner pages can name the person without asking again. */
const teams = new Map<string, Promise<TeamMember[]>>();

export function teamOf(api: ApiClient, periodId: string, fresh = false): Promise<TeamMember[]> {
  let team = teams.get(periodId);
  if (!team || fresh) {
    team = listTeam(api, periodId).then((page) => page.items);
    team.catch(() => teams.delete(periodId));
    teams.set(periodId, team);
  }
  return team;
}

/** One period's record (status included), from its year's list. */
export async function periodById(api: ApiClient, periodId: string): Promise<Period | undefined> {
  const { items } = await listPeriods(api, Number(periodId.slice(0, 4)));
  return items.find((period) => period.periodId === periodId);
}

/** Several reports of the team marked at once (all or nothing on the server). */
export function verifyReports(api: ApiClient, body: BulkVerifyBody): Promise<{ reports: ActivityReport[] }> {
  return api.post('/api/team/reports/verify', body);
}
