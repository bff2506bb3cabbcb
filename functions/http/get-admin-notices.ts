import { httpHandler, ok } from '#shared/http/handler';
import { NoticesQuery } from '#shared/http/schemas/notices';
import { noticeSummary } from '#shared/services/notice-summary';

export const handler = httpHandler({ route: 'GET /api/admin/notices', query: NoticesQuery }, async ({ query }) => ok(await noticeSummary(query.period)));
