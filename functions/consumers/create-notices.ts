import { eventHandler } from '#shared/jobs/event-handler';
import { createNoticesForResult } from '#shared/services/notices';

export const handler = eventHandler('ResultScored', createNoticesForResult);
