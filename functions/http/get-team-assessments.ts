import { httpHandler, ok } from '#shared/http/handler';
import { PeriodQuery } from '#shared/http/schemas/assessment';
import { listTeamAssessments } from '#shared/services/assessment';

export const handler = httpHandler({ route: 'GET /api/team/assessments', query: PeriodQuery }, async ({ actor, query, now }) =>
  ok(await listTeamAssessments(actor, query.period, now)),
);
