import { httpHandler, ok } from '#shared/http/handler';
import { YearQuery } from '#shared/http/schemas/skp';
import { listTeamSkpsAwaitingDecision } from '#shared/services/skp';

export const handler = httpHandler({ route: 'GET /api/team/skp', query: YearQuery }, async ({ actor, query }) =>
  ok(await listTeamSkpsAwaitingDecision(actor, query.year)),
);
