import { httpHandler, ok } from '#shared/http/handler';
import { AdoptionQuery } from '#shared/http/schemas/adoption';
import { UnitPath } from '#shared/http/schemas/training';
import { unitAdoption } from '#shared/services/adoption';

export const handler = httpHandler({ route: 'GET /api/units/{unitId}/adoption', params: UnitPath, query: AdoptionQuery }, async ({ actor, params, query, now }) =>
  ok(await unitAdoption(actor, params.unitId, query, now)),
);
