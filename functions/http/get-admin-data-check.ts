import { httpHandler, ok } from '#shared/http/handler';
import { checkOrganisationData } from '#shared/services/data-check';

export const handler = httpHandler({ route: 'GET /api/admin/data-check' }, async ({ now }) => ok(await checkOrganisationData(now)));
