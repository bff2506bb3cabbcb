import { httpHandler, ok } from '#shared/http/handler';
import { unitDirectory } from '#shared/services/units';

export const handler = httpHandler({ route: 'GET /api/units' }, async () => ok(await unitDirectory()));
