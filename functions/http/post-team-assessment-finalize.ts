import { httpHandler, ok } from '#shared/http/handler';
import { AssessmentPath, FinalizeBody } from '#shared/http/schemas/assessment';
import { finalizeOwnTeamAssessment } from '#shared/services/assessment';

export const handler = httpHandler(
  { route: 'POST /api/team/{nip}/assessments/{periodId}/finalize', params: AssessmentPath, body: FinalizeBody },
  async ({ actor, params, body, now }) => ok(await finalizeOwnTeamAssessment(actor, params.nip, params.periodId, body.version, now)),
);
