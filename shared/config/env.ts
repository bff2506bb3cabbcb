import * as z from 'zod/mini';
import { en as english } from 'zod/locales';
import type { TppSettings } from '../domain/incentive.ts';
import { PERIOD_KINDS, type PeriodKind } from '../domain/period.ts';

/**
 * Runtime configuration, parsed once per process (at cold start in Lambda) so a missing
 * or malformed variable fails the function immediately instead of on some later request.
 */
const EnvSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'ap-southeast-3'),
  /** Set only by the local runtime and tests: DynamoDB Local, the SES stand-in, the local event bus. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  SES_ENDPOINT: z.optional(z.url()),
  EVENTBRIDGE_ENDPOINT: z.optional(z.url()),
  EVENT_BUS_NAME: z._default(z.string().check(z.minLength(1)), 'default'),
  MAIL_FROM: z._default(z.string().check(z.minLength(3)), 'e-Kinerja BKPSDM Kota Kendari <no-reply@ekinerja.kendarikota.go.id>'),
  /** Where replies to notices go: people answer a result email, and no-reply@ would lose that. */
  MAIL_REPLY_TO: z._default(z.email(), 'bkpsdm@kendarikota.go.id'),
  /** The closing lines of every notice; `\n` separates lines. */
  MAIL_SIGNATURE: z._default(z.string().check(z.minLength(3)), 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)\nKota Kendari'),
  /** BKPSDM's mailbox: sanction recommendations and not-assessed escalations go here. */
  BKPSDM_EMAIL: z._default(z.email(), 'bkpsdm@kendarikota.go.id'),
  /** Who signs the piagam, as printed under the signature line. */
  PIAGAM_SIGNER: z._default(z.string().check(z.minLength(3)), 'Kepala BKPSDM Kota Kendari'),
  /** Origin of the public site; the piagam's QR code links to its verification page `<origin>/verifikasi.html?kode=<id>`. */
  PUBLIC_BASE_URL: z._default(z.url(), 'https://ekinerja.kendarikota.go.id'),
  /** Emails per second across all drains (one drain runs at a time); the SES default sending rate is 14. */
  SES_SEND_RATE: z._default(z.coerce.number().check(z.positive(), z.maximum(1000)), 14),
  /** How long a claimed notice belongs to its drain. Must outlive any function that can hold it (jobs stop at 5 minutes). */
  NOTICE_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(360), z.maximum(86_400)), 900),
  /** How long the notify consumer drains after creating notices (it stops at 2 minutes); the next result's consumer and the schedule go on. */
  NOTICE_DRAIN_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(90)), 60),
  /** How long the scheduled drain sends (its function stops at 5 minutes; the lock outlives this by 2). */
  NOTICE_JOB_DRAIN_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(240)), 240),
  /** Claims of one notice before a transient failure is given up as FAILED (throttling never is). */
  NOTICE_MAX_ATTEMPTS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20)), 5),
  PERIOD_GRACE_DAYS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(31)), 5),
  /** TPP (Tambahan Penghasilan Pegawai): the base amount in rupiah and the kinerja weight set by the Perwali; unset until Kendari's are known. */
  TPP_BASE_AMOUNT: z.optional(z.coerce.number().check(z.int(), z.positive())),
  TPP_KINERJA_WEIGHT: z.optional(z.coerce.number().check(z.gt(0), z.maximum(1))),
  /** Moving national holidays and cuti bersama (SKB 3 Menteri), comma-separated YYYY-MM-DD; fixed-date ones are built in. */
  HOLIDAYS: z
    .pipe(
      z._default(z.string(), ''),
      z.transform((list: string) => new Set(list.split(',').map((d) => d.trim()).filter(Boolean))),
    )
    .check(z.refine((dates) => [...dates].every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), 'HOLIDAYS must be YYYY-MM-DD dates separated by commas')),
  NUDGE_QUIET_WORKING_DAYS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20)), 5),
  NUDGE_CAP_PER_RUN: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 6000),
  /** From July, those below this share (0–1) of the 20 JP a year get a monthly reminder. */
  JP_REMINDER_SHARE: z._default(z.coerce.number().check(z.gt(0), z.maximum(1)), 0.5),
  /** At most this many supervisor digests, or escalations, per run. */
  FOLLOW_UP_CAP_PER_RUN: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 2000),
  /** Public counts under this are shown as "<N" (small-cell suppression). */
  SMALL_CELL_THRESHOLD: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(50)), 5),
  /** The periodic evaluation Kendari runs besides the annual one; the official template is TRIWULAN. */
  PERIOD_KIND: z._default(z.enum(PERIOD_KINDS.filter((kind): kind is Exclude<PeriodKind, 'TAHUNAN'> => kind !== 'TAHUNAN')), 'BULANAN'),
});

export type Config = z.infer<typeof EnvSchema>;

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    // In English whatever locale the HTTP handlers set: these messages are for whoever deploys, not for employees.
    const parsed = EnvSchema.safeParse(process.env, { error: english().localeError });
    if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
    cached = parsed.data;
  }
  return cached;
}

/**
 * Who mail comes from and what it signs with, for every email the system sends. The signature is configured on
 * one line (`\\n` for a break), so it is turned into real line breaks here, once, for all of them.
 */
export function mailSettings(env: Config = config()) {
  return { from: env.MAIL_FROM, replyTo: env.MAIL_REPLY_TO, signature: env.MAIL_SIGNATURE.replaceAll('\\n', '\n'), publicBaseUrl: env.PUBLIC_BASE_URL };
}

/** The TPP figures once both are configured; until then exports leave the amount empty and say why. */
export function tppSettings(env: Config = config()): TppSettings | undefined {
  return env.TPP_BASE_AMOUNT && env.TPP_KINERJA_WEIGHT ? { baseAmount: env.TPP_BASE_AMOUNT, kinerjaWeight: env.TPP_KINERJA_WEIGHT } : undefined;
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
