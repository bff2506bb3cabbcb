import { created, httpHandler } from '#shared/http/handler';
import { NewTrainingBody } from '#shared/http/schemas/training';
import { recordTraining } from '#shared/services/training';

export const handler = httpHandler({ route: 'POST /api/trainings', body: NewTrainingBody }, async ({ actor, body, now }) => created(await recordTraining(actor, body, now)));
