import { httpHandler, ok } from '#shared/http/handler';
import { UnitPath } from '#shared/http/schemas/training';
import { OrgPredikatBody } from '#shared/http/schemas/units';
import { setOrgPredikat } from '#shared/services/org-predikat';

export const handler = httpHandler({ route: 'PUT /api/admin/units/{unitId}/org-predicate', params: UnitPath, body: OrgPredikatBody }, async ({ actor, params, body }) =>
  ok(await setOrgPredikat(actor, params.unitId, body.orgPredikat)),
);
