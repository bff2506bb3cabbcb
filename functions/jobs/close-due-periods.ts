import { jobHandler } from '#shared/jobs/handler';
import { closeDuePeriods } from '#shared/services/close';

export const handler = jobHandler('close-due-periods', closeDuePeriods);
