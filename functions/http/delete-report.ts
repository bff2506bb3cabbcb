import { httpHandler, ok } from '#shared/http/handler';
import { ReportPath, WithdrawReportQuery } from '#shared/http/schemas/reports';
import { withdrawOwnReport } from '#shared/services/reports';

export const handler = httpHandler({ route: 'DELETE /api/reports/{id}', params: ReportPath, query: WithdrawReportQuery }, async ({ actor, params, query }) => {
  await withdrawOwnReport(actor, query.period, params.id, query.version);
  return ok({ reportId: params.id, deleted: true });
});
