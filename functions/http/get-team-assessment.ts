import { httpHandler, ok } from '#shared/http/handler';
import { AssessmentPath } from '#shared/http/schemas/assessment';
import { assessmentWorkspace } from '#shared/services/assessment';

export const handler = httpHandler({ route: 'GET /api/team/{nip}/assessments/{periodId}', params: AssessmentPath }, async ({ actor, params, now }) =>
  ok(await assessmentWorkspace(actor, params.nip, params.periodId, now)),
);
