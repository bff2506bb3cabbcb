import { httpHandler, ok } from '#shared/http/handler';
import { ReturnSkpBody, TeamSkpPath } from '#shared/http/schemas/skp';
import { decideTeamSkp } from '#shared/services/skp';

export const handler = httpHandler(
  { route: 'POST /api/team/{nip}/skp/{year}/reject', params: TeamSkpPath, body: ReturnSkpBody },
  async ({ actor, params, body, now }) => ok(await decideTeamSkp(actor, params.nip, params.year, { approve: false, note: body.note }, body.version, now)),
);
