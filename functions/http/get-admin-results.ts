import { config } from '#shared/config/env';
import { httpHandler, ok } from '#shared/http/handler';
import { UnitResultsQuery } from '#shared/http/schemas/admin-results';
import { unitResultsFor } from '#shared/services/admin-results';

const { TPP_BASE_AMOUNT, TPP_KINERJA_WEIGHT } = config();
const tpp = TPP_BASE_AMOUNT && TPP_KINERJA_WEIGHT ? { baseAmount: TPP_BASE_AMOUNT, kinerjaWeight: TPP_KINERJA_WEIGHT } : undefined;

export const handler = httpHandler({ route: 'GET /api/admin/results', query: UnitResultsQuery }, async ({ actor, query }) =>
  ok(await unitResultsFor(actor, query.period, query.unit, tpp)),
);
