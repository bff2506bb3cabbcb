import { config } from '#shared/config/env';
import { httpHandler, ok } from '#shared/http/handler';
import { TrendQuery } from '#shared/http/schemas/public';
import { publicTrend } from '#shared/services/public-trend';

const { SMALL_CELL_THRESHOLD } = config();

export const handler = httpHandler({ route: 'GET /api/public/trend', query: TrendQuery }, async ({ query }) =>
  ok(await publicTrend(query.year, SMALL_CELL_THRESHOLD, query.unit), { 'cache-control': 'public, max-age=300' }),
);
