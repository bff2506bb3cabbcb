import { httpHandler, ok } from '#shared/http/handler';
import { BulkVerifyBody } from '#shared/http/schemas/reports';
import { verifyTeamReports } from '#shared/services/report-verification';

export const handler = httpHandler({ route: 'POST /api/team/reports/verify', body: BulkVerifyBody }, async ({ actor, body, now }) =>
  ok({ reports: await verifyTeamReports(actor, body.reports, { periodId: body.periodId, status: body.status, note: body.note }, now) }),
);
