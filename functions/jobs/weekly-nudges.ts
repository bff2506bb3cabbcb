import { config, mailSettings } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendWeeklyNudges } from '#shared/services/reminders';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  quietWorkingDays: env.NUDGE_QUIET_WORKING_DAYS,
  capPerRun: env.NUDGE_CAP_PER_RUN,
  ...mailSettings(env),
};

export const handler = jobHandler('weekly-nudges', (now) => sendWeeklyNudges(now, settings));
