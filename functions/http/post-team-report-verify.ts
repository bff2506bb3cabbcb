import { httpHandler, ok } from '#shared/http/handler';
import { VerifyBody, VerifyPath } from '#shared/http/schemas/reports';
import { verifyTeamReport } from '#shared/services/report-verification';

export const handler = httpHandler({ route: 'POST /api/team/{nip}/reports/{id}/verify', params: VerifyPath, body: VerifyBody }, async ({ actor, params, body, now }) =>
  ok(await verifyTeamReport(actor, params.nip, params.id, body, now)),
);
