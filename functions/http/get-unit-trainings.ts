import { httpHandler, ok } from '#shared/http/handler';
import { TrainingYearQuery, UnitPath } from '#shared/http/schemas/training';
import { unitTrainingYear } from '#shared/services/training';

export const handler = httpHandler({ route: 'GET /api/units/{unitId}/trainings', params: UnitPath, query: TrainingYearQuery }, async ({ actor, params, query }) =>
  ok(await unitTrainingYear(actor, params.unitId, query.year)),
);
