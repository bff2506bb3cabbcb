import { httpHandler, ok } from '#shared/http/handler';
import { AppealPath } from '#shared/http/schemas/appeals';
import { readAppeal } from '#shared/services/appeals';

export const handler = httpHandler({ route: 'GET /api/appeals/{id}', params: AppealPath }, async ({ actor, params }) => ok(await readAppeal(actor, params.id)));
