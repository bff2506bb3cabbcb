import { httpHandler, ok } from '#shared/http/handler';
import { SkpBody, SkpPath } from '#shared/http/schemas/skp';
import { saveOwnSkp } from '#shared/services/skp';

export const handler = httpHandler({ route: 'PUT /api/skp/{year}', params: SkpPath, body: SkpBody }, async ({ actor, params, body, now }) =>
  ok(await saveOwnSkp(actor, params.year, { rhk: body.rhk }, body.version, now)),
);
