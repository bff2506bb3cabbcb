import { config, mailSettings } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { sendSupervisorDigests } from '#shared/services/supervisor-digests';

const env = config();
const settings = {
  holidays: env.HOLIDAYS,
  capPerRun: env.FOLLOW_UP_CAP_PER_RUN,
  ...mailSettings(env),
};

export const handler = jobHandler('supervisor-digests', (now) => sendSupervisorDigests(now, settings));
