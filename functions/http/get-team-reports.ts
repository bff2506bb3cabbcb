import { httpHandler, ok } from '#shared/http/handler';
import { ReportsQuery, TeamReportsPath } from '#shared/http/schemas/reports';
import { listTeamMemberReports } from '#shared/services/report-verification';

export const handler = httpHandler({ route: 'GET /api/team/{nip}/reports', params: TeamReportsPath, query: ReportsQuery }, async ({ actor, params, query, now }) =>
  ok(await listTeamMemberReports(actor, params.nip, query.period, query, now)),
);
