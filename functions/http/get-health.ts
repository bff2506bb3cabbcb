import { httpHandler, ok } from '#shared/http/handler';

export const handler = httpHandler({ route: 'GET /api/health' }, async ({ now }) => ok({ status: 'ok', time: now.toISOString() }));
