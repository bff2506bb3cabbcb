import { httpHandler, ok } from '#shared/http/handler';
import { ExclusionPath, ExclusionQuery } from '#shared/http/schemas/reports';
import { includeInCompliance } from '#shared/services/compliance';

export const handler = httpHandler({ route: 'DELETE /api/units/{unitId}/exclusions/{nip}', params: ExclusionPath, query: ExclusionQuery }, async ({ actor, params, query }) => {
  await includeInCompliance(actor, params.unitId, params.nip, query.period);
  return ok({ nip: params.nip, excluded: false });
});
