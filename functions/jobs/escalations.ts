import { config, mailSettings } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendEscalations } from '#shared/services/escalations';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  capPerRun: env.FOLLOW_UP_CAP_PER_RUN,
  ...mailSettings(env),
};

export const handler = jobHandler('escalations', (now) => sendEscalations(now, settings));
