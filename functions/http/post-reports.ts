import { created, httpHandler, ok } from '#shared/http/handler';
import { IdempotencyHeaders, NewReportBody } from '#shared/http/schemas/reports';
import { submitReport } from '#shared/services/reports';

export const handler = httpHandler({ route: 'POST /api/reports', body: NewReportBody, headers: IdempotencyHeaders }, async ({ actor, body, headers, now }) => {
  const { report, created: isNew } = await submitReport(actor, body, now, headers['idempotency-key']);
  return isNew ? created(report) : ok(report);
});
