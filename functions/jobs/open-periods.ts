import { config } from '#shared/config/env';
import { jobHandler } from '#shared/jobs/handler';
import { ensureCurrentPeriods } from '#shared/services/periods';

const { PERIOD_KIND, PERIOD_GRACE_DAYS } = config();

export const handler = jobHandler('open-periods', (now) => ensureCurrentPeriods(now, { kind: PERIOD_KIND, graceDays: PERIOD_GRACE_DAYS }));
