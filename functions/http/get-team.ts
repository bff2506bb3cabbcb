import { httpHandler, ok } from '#shared/http/handler';
import { TeamQuery } from '#shared/http/schemas/team';
import { listOwnTeam } from '#shared/services/team';

export const handler = httpHandler({ route: 'GET /api/team', query: TeamQuery }, async ({ actor, query }) => ok(await listOwnTeam(actor, query)));
