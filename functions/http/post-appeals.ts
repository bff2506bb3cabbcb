import { created, httpHandler } from '#shared/http/handler';
import { NewAppealBody } from '#shared/http/schemas/appeals';
import { fileOwnAppeal } from '#shared/services/appeals';

export const handler = httpHandler({ route: 'POST /api/appeals', body: NewAppealBody }, async ({ actor, body, now }) =>
  created(await fileOwnAppeal(actor, body.periodId, body.reason, now)),
);
