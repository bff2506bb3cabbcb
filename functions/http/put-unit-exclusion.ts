import { httpHandler, ok } from '#shared/http/handler';
import { ExclusionBody, ExclusionPath } from '#shared/http/schemas/reports';
import { excludeFromCompliance } from '#shared/services/compliance';

export const handler = httpHandler({ route: 'PUT /api/units/{unitId}/exclusions/{nip}', params: ExclusionPath, body: ExclusionBody }, async ({ actor, params, body, now }) =>
  ok(await excludeFromCompliance(actor, params.unitId, params.nip, body, now)),
);
