import { config } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendEscalations } from '#shared/services/escalations';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  capPerRun: env.FOLLOW_UP_CAP_PER_RUN,
  from: env.MAIL_FROM,
  replyTo: env.MAIL_REPLY_TO,
  signature: env.MAIL_SIGNATURE.replaceAll('\\n', '\n'),
  publicBaseUrl: env.PUBLIC_BASE_URL,
};

export const handler = jobHandler('escalations', (now) => sendEscalations(now, settings));
