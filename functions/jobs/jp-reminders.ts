import { config } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendJpReminders } from '#shared/services/jp-reminders';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  share: env.JP_REMINDER_SHARE,
  capPerRun: env.NUDGE_CAP_PER_RUN,
  from: env.MAIL_FROM,
  replyTo: env.MAIL_REPLY_TO,
  signature: env.MAIL_SIGNATURE.replaceAll('\\n', '\n'),
  publicBaseUrl: env.PUBLIC_BASE_URL,
};

export const handler = jobHandler('jp-reminders', (now) => sendJpReminders(now, settings));
