import { httpHandler, ok } from '#shared/http/handler';
import { TrainingYearQuery } from '#shared/http/schemas/training';
import { ownTrainingYear } from '#shared/services/training';

export const handler = httpHandler({ route: 'GET /api/trainings', query: TrainingYearQuery }, async ({ actor, query }) => ok(await ownTrainingYear(actor, query.year)));
