import { tppSettings } from '#shared/config/env';
import { file, httpHandler } from '#shared/http/handler';
import { TppExportQuery } from '#shared/http/schemas/exports';
import { tppExportCsv } from '#shared/services/tpp-export';

const tpp = tppSettings();

export const handler = httpHandler({ route: 'GET /api/admin/exports/tpp.csv', query: TppExportQuery }, async ({ query }) =>
  file('text/csv; charset=utf-8', `tpp-${query.period}${query.unit ? `-${query.unit}` : ''}.csv`, await tppExportCsv(query.period, query.unit, tpp)),
);
