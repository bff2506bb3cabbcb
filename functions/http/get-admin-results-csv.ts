import { config } from '#shared/config/env';
import { file, httpHandler } from '#shared/http/handler';
import { UnitResultsQuery } from '#shared/http/schemas/admin-results';
import { resultsCsv, unitResultsFor } from '#shared/services/admin-results';

const { TPP_BASE_AMOUNT, TPP_KINERJA_WEIGHT } = config();
const tpp = TPP_BASE_AMOUNT && TPP_KINERJA_WEIGHT ? { baseAmount: TPP_BASE_AMOUNT, kinerjaWeight: TPP_KINERJA_WEIGHT } : undefined;

export const handler = httpHandler({ route: 'GET /api/admin/results.csv', query: UnitResultsQuery }, async ({ actor, query }) => {
  const { items } = await unitResultsFor(actor, query.period, query.unit, tpp);
  return file('text/csv; charset=utf-8', `hasil-${query.unit}-${query.period}.csv`, resultsCsv(items));
});
