import { file, httpHandler } from '#shared/http/handler';
import { BknExportQuery } from '#shared/http/schemas/exports';
import { bknExportCsv } from '#shared/services/bkn-export';

export const handler = httpHandler({ route: 'GET /api/admin/exports/bkn.csv', query: BknExportQuery }, async ({ actor, query }) =>
  file('text/csv; charset=utf-8', `ekinerja-bkn-${query.unit}-${query.period}.csv`, await bknExportCsv(actor, query.period, query.unit)),
);
