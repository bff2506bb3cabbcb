import { created, httpHandler, ok } from '#shared/http/handler';
import { IdempotencyHeaders, NewReportsBatchBody } from '#shared/http/schemas/reports';
import { submitReports } from '#shared/services/reports';

export const handler = httpHandler({ route: 'POST /api/reports/batch', body: NewReportsBatchBody, headers: IdempotencyHeaders }, async ({ actor, body, headers, now }) => {
  const { reports, created: isNew } = await submitReports(actor, body.reports, now, headers['idempotency-key']);
  return isNew ? created({ reports }) : ok({ reports });
});
