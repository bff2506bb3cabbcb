import { tppSettings } from '#shared/config/env';
import { httpHandler, ok } from '#shared/http/handler';
import { UnitResultsPageQuery } from '#shared/http/schemas/admin-results';
import { unitResultsFor } from '#shared/services/admin-results';

const tpp = tppSettings();

export const handler = httpHandler({ route: 'GET /api/admin/results', query: UnitResultsPageQuery }, async ({ actor, query }) =>
  ok(await unitResultsFor(actor, query.period, query.unit, tpp, { cursor: query.cursor, limit: query.limit })),
);
