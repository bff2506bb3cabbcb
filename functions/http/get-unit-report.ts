import { httpHandler, ok } from '#shared/http/handler';
import { UnitReportPath, UnitReportQuery } from '#shared/http/schemas/unit-report';
import { unitReport } from '#shared/services/unit-report';

export const handler = httpHandler({ route: 'GET /api/units/{unitId}/report', params: UnitReportPath, query: UnitReportQuery }, async ({ actor, params, query, now }) =>
  ok(await unitReport(actor, params.unitId, query.period, now)),
);
