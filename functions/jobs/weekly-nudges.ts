import { config } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendWeeklyNudges } from '#shared/services/reminders';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  quietWorkingDays: env.NUDGE_QUIET_WORKING_DAYS,
  capPerRun: env.NUDGE_CAP_PER_RUN,
  from: env.MAIL_FROM,
  replyTo: env.MAIL_REPLY_TO,
  signature: env.MAIL_SIGNATURE,
  publicBaseUrl: env.PUBLIC_BASE_URL,
};

export const handler = jobHandler('weekly-nudges', (now) => sendWeeklyNudges(now, settings));
