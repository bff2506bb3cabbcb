import { httpHandler, ok } from '#shared/http/handler';
import { ReportsQuery } from '#shared/http/schemas/reports';
import { listOwnReports } from '#shared/services/reports';

export const handler = httpHandler({ route: 'GET /api/reports', query: ReportsQuery }, async ({ actor, query }) =>
  ok(await listOwnReports(actor, query.period, query)),
);
