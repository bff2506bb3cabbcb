import { httpHandler, ok } from '#shared/http/handler';
import { PeriodPath } from '#shared/http/schemas/close';
import { closePeriod } from '#shared/services/close';

export const handler = httpHandler({ route: 'POST /api/admin/periods/{id}/close', params: PeriodPath }, async ({ params, now }) =>
  ok(await closePeriod(params.id, now)),
);
