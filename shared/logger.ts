import { Logger } from '@aws-lambda-powertools/logger';

const NIP = /\b(\d{4})\d{11}(\d{3})\b/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g;
/** Fields whose whole value is never logged: credentials and the text of emails. */
const SECRET_KEYS = new Set(['authorization', 'token', 'idtoken', 'accesstoken', 'refreshtoken', 'password', 'html', 'text', 'body']);

/**
 * What a log line may say about people: NIPs masked to their first four and last three digits, emails to
 * their first letter and domain, tokens and email bodies not at all. Applied to every value the logger writes.
 */
export function redactForLog(key: string, value: unknown): unknown {
  if (SECRET_KEYS.has(key.toLowerCase()) && value !== undefined && value !== null && value !== '') return '[disembunyikan]';
  if (typeof value !== 'string') return value;
  return value.replace(BEARER, '$1[disembunyikan]').replace(JWT, '[token]').replace(NIP, '$1***********$2').replace(EMAIL, '$1***@$2');
}

/** One logger per process. Structured JSON in Lambda; quiet in tests via POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger({ serviceName: 'e-kinerja-kendari', jsonReplacerFn: redactForLog });
