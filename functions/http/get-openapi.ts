import document from '#shared/http/openapi/openapi.json' with { type: 'json' };
import { httpHandler, ok } from '#shared/http/handler';

export const handler = httpHandler({ route: 'GET /api/openapi.json' }, async () => ok(document, { 'cache-control': 'public, max-age=300' }));
