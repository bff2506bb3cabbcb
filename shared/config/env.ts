import * as z from 'zod';
import { PERIOD_KINDS } from '../domain/period.ts';

/**
 * Runtime configuration, parsed once per process (at cold start in Lambda) so a missing
 * or malformed variable fails the function immediately instead of on some later request.
 */
const EnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('ap-southeast-3'),
  /** Set only by the local runtime and tests: DynamoDB Local, the SES stand-in, the local event bus. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  EVENTBRIDGE_ENDPOINT: z.url().optional(),
  EVENT_BUS_NAME: z.string().min(1).default('default'),
  MAIL_FROM: z.string().min(3).default('e-Kinerja BKPSDM Kota Kendari <no-reply@ekinerja.kendarikota.go.id>'),
  PERIOD_GRACE_DAYS: z.coerce.number().int().min(0).max(31).default(5),
  /** The periodic evaluation Kendari runs besides the annual one; the official template is TRIWULAN. */
  PERIOD_KIND: z.enum(PERIOD_KINDS).exclude(['TAHUNAN']).default('BULANAN'),
});

export type Config = z.infer<typeof EnvSchema>;

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
    cached = parsed.data;
  }
  return cached;
}

/** The local runtime sets the event bus endpoint only once its port is bound, after something may have read the config. */
export function reloadConfig(): Config {
  cached = undefined;
  return config();
}

/** Local endpoints accept any credentials; real AWS uses the function's role. */
export function localCredentials(endpoint: string | undefined) {
  return endpoint ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined;
}
