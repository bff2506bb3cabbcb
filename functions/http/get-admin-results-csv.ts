import { tppSettings } from '#shared/config/env';
import { file, httpHandler } from '#shared/http/handler';
import { UnitResultsQuery } from '#shared/http/schemas/admin-results';
import { allUnitResultsFor, resultsCsv } from '#shared/services/admin-results';

const tpp = tppSettings();

export const handler = httpHandler({ route: 'GET /api/admin/results.csv', query: UnitResultsQuery }, async ({ actor, query }) =>
  file('text/csv; charset=utf-8', `hasil-${query.unit}-${query.period}.csv`, resultsCsv(await allUnitResultsFor(actor, query.period, query.unit, tpp))),
);
