import { jobHandler } from '#shared/jobs/handler';
import { sendNoticesOnSchedule } from '#shared/services/send-notices';

// The schedule's time only ages the outbox; leases and the sending rate run on the clock.
export const handler = jobHandler('send-notices', sendNoticesOnSchedule);
