import { httpHandler, ok } from '#shared/http/handler';
import { ComplianceQuery } from '#shared/http/schemas/reports';
import { UnitPath } from '#shared/http/schemas/training';
import { unitCompliance } from '#shared/services/compliance';

export const handler = httpHandler({ route: 'GET /api/units/{unitId}/compliance', params: UnitPath, query: ComplianceQuery }, async ({ actor, params, query, now }) =>
  ok(await unitCompliance(actor, params.unitId, query.period, now)),
);
