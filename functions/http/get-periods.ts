import { httpHandler, ok } from '#shared/http/handler';
import { PeriodsQuery } from '#shared/http/schemas/periods';
import { listPeriodsForYear } from '#shared/services/period-admin';

export const handler = httpHandler({ route: 'GET /api/periods', query: PeriodsQuery }, async ({ query, now }) =>
  ok(await listPeriodsForYear(query.year, now)),
);
