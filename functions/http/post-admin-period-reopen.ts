import { httpHandler, ok } from '#shared/http/handler';
import { PeriodPath, ReopenPeriodBody } from '#shared/http/schemas/close';
import { reopenPeriod } from '#shared/services/period-reopen';

export const handler = httpHandler({ route: 'POST /api/admin/periods/{id}/reopen', params: PeriodPath, body: ReopenPeriodBody }, async ({ actor, params, body, now }) =>
  ok(await reopenPeriod(actor, params.id, body, now)),
);
