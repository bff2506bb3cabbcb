import { httpHandler, ok } from '#shared/http/handler';
import { AssessmentPath, ReopenBody } from '#shared/http/schemas/assessment';
import { reopenFinalAssessment } from '#shared/services/assessment-reopen';

export const handler = httpHandler({ route: 'POST /api/admin/assessments/{nip}/{periodId}/reopen', params: AssessmentPath, body: ReopenBody }, async ({ actor, params, body, now }) =>
  ok(await reopenFinalAssessment(actor, params.nip, params.periodId, body, now)),
);
