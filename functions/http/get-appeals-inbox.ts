import { httpHandler, ok } from '#shared/http/handler';
import { reviewerInbox } from '#shared/services/appeals';

export const handler = httpHandler({ route: 'GET /api/appeals/inbox' }, async ({ actor }) => ok(await reviewerInbox(actor)));
