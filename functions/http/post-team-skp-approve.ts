import { httpHandler, ok } from '#shared/http/handler';
import { ApproveSkpBody, TeamSkpPath } from '#shared/http/schemas/skp';
import { decideTeamSkp } from '#shared/services/skp';

export const handler = httpHandler(
  { route: 'POST /api/team/{nip}/skp/{year}/approve', params: TeamSkpPath, body: ApproveSkpBody },
  async ({ actor, params, body, now }) => ok(await decideTeamSkp(actor, params.nip, params.year, { approve: true }, body.version, now)),
);
