import { config, mailSettings } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendJpReminders } from '#shared/services/jp-reminders';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  share: env.JP_REMINDER_SHARE,
  capPerRun: env.NUDGE_CAP_PER_RUN,
  ...mailSettings(env),
};

export const handler = jobHandler('jp-reminders', (now) => sendJpReminders(now, settings));
