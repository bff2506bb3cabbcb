import { httpHandler, ok } from '#shared/http/handler';
import { AppealPath, DecisionBody } from '#shared/http/schemas/appeals';
import { decideOwnInboxAppeal } from '#shared/services/appeals';

export const handler = httpHandler({ route: 'POST /api/appeals/{id}/decide', params: AppealPath, body: DecisionBody }, async ({ actor, params, body, now }) =>
  ok(await decideOwnInboxAppeal(actor, params.id, body, now)),
);
