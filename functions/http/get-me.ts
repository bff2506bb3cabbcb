import { httpHandler, ok } from '#shared/http/handler';
import { describeMe } from '#shared/services/me';

export const handler = httpHandler({ route: 'GET /api/me' }, async ({ actor, now }) => ok(await describeMe(actor, now)));
