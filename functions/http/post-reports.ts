import { created, httpHandler } from '#shared/http/handler';
import { NewReportBody } from '#shared/http/schemas/reports';
import { submitReport } from '#shared/services/reports';

export const handler = httpHandler({ route: 'POST /api/reports', body: NewReportBody }, async ({ actor, body, now }) =>
  created(await submitReport(actor, body, now)),
);
