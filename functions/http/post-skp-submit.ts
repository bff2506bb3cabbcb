import { httpHandler, ok } from '#shared/http/handler';
import { SkpPath, VersionBody } from '#shared/http/schemas/skp';
import { submitOwnSkp } from '#shared/services/skp';

export const handler = httpHandler({ route: 'POST /api/skp/{year}/submit', params: SkpPath, body: VersionBody }, async ({ actor, params, body, now }) =>
  ok(await submitOwnSkp(actor, params.year, body.version, now)),
);
