import { httpHandler, ok } from '#shared/http/handler';
import { ResultsQuery } from '#shared/http/schemas/results';
import { listOwnResults } from '#shared/services/results';

export const handler = httpHandler({ route: 'GET /api/results', query: ResultsQuery }, async ({ actor, query }) => ok(await listOwnResults(actor, query.period)));
