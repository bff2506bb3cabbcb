import { config } from '#shared/config/env';
import { created, httpHandler, ok } from '#shared/http/handler';
import { NewPeriodsBody } from '#shared/http/schemas/periods';
import { createPeriods } from '#shared/services/period-admin';

export const handler = httpHandler({ route: 'POST /api/admin/periods', body: NewPeriodsBody }, async ({ body }) => {
  const result = await createPeriods(body, config().PERIOD_GRACE_DAYS);
  return result.created.length > 0 ? created(result) : ok(result);
});
