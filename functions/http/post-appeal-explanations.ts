import { httpHandler, ok } from '#shared/http/handler';
import { AppealPath, ExplanationBody } from '#shared/http/schemas/appeals';
import { addExplanation } from '#shared/services/appeals';

export const handler = httpHandler({ route: 'POST /api/appeals/{id}/explanations', params: AppealPath, body: ExplanationBody }, async ({ actor, params, body, now }) =>
  ok(await addExplanation(actor, params.id, body.text, now)),
);
