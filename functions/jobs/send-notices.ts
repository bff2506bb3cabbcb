import { jobHandler } from '#shared/jobs/handler';
import { drainOnSchedule } from '#shared/services/notice-drain';

// The schedule's time is not used: leases and the sending rate run on the clock.
export const handler = jobHandler('send-notices', drainOnSchedule);
