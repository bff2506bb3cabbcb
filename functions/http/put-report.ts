import { httpHandler, ok } from '#shared/http/handler';
import { ReportPath, ReviseReportBody } from '#shared/http/schemas/reports';
import { reviseOwnReport } from '#shared/services/reports';

export const handler = httpHandler({ route: 'PUT /api/reports/{id}', params: ReportPath, body: ReviseReportBody }, async ({ actor, params, body, now }) =>
  ok(await reviseOwnReport(actor, params.id, body, now)),
);
