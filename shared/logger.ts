import { Logger } from '@aws-lambda-powertools/logger';

/** One logger per process. Structured JSON in Lambda; quiet in tests via POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger({ serviceName: 'e-kinerja-kendari' });
