import { httpHandler, ok } from '#shared/http/handler';
import { ProgressQuery } from '#shared/http/schemas/reports';
import { ownProgress } from '#shared/services/reports';

export const handler = httpHandler({ route: 'GET /api/reports/progress', query: ProgressQuery }, async ({ actor, query }) => ok(await ownProgress(actor, query.period)));
