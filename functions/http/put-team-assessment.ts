import { httpHandler, ok } from '#shared/http/handler';
import { AssessmentBody, AssessmentPath } from '#shared/http/schemas/assessment';
import { saveAssessment } from '#shared/services/assessment';

export const handler = httpHandler(
  { route: 'PUT /api/team/{nip}/assessments/{periodId}', params: AssessmentPath, body: AssessmentBody },
  async ({ actor, params, body: { version, ...input }, now }) => ok(await saveAssessment(actor, params.nip, params.periodId, input, version, now)),
);
