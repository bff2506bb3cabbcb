import { httpHandler, ok } from '#shared/http/handler';
import { SkpPath } from '#shared/http/schemas/skp';
import { getOwnSkp } from '#shared/services/skp';

export const handler = httpHandler({ route: 'GET /api/skp/{year}', params: SkpPath }, async ({ actor, params }) => ok(await getOwnSkp(actor, params.year)));
