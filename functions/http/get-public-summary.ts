import { config } from '#shared/config/env';
import { httpHandler, ok } from '#shared/http/handler';
import { SummaryQuery } from '#shared/http/schemas/public';
import { publicSummary } from '#shared/services/public-summary';

const { SMALL_CELL_THRESHOLD } = config();

export const handler = httpHandler({ route: 'GET /api/public/summary', query: SummaryQuery }, async ({ query }) =>
  ok(await publicSummary(query.period, SMALL_CELL_THRESHOLD), { 'cache-control': 'public, max-age=300' }),
);
