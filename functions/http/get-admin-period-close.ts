import { httpHandler, ok } from '#shared/http/handler';
import { PeriodPath } from '#shared/http/schemas/close';
import { closeProgress } from '#shared/services/close';

export const handler = httpHandler({ route: 'GET /api/admin/periods/{id}/close', params: PeriodPath }, async ({ params }) => ok(await closeProgress(params.id)));
