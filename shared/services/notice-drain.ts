import { randomUUID } from 'node:crypto';
import { config, mailSettings } from '../config/env.ts';
import { getCertificate } from '../data/certificate-repository.ts';
import { acquireDrainLock, claimNotice, listUnsettledNotices, releaseDrainLock, settleNotice } from '../data/notice-repository.ts';
import { logger } from '../logger.ts';
import { certificateUrl } from '../notify/certificate.ts';
import { Pacer, classifySendError, describeError, releaseDelayMs, sendBackoffMs } from '../notify/delivery.ts';
import { addresseesOf, keberatanDeadline, type Addressees, type Notice } from '../notify/notice.ts';
import { renderPiagam } from '../notify/piagam.ts';
import { sendEmail, type OutgoingEmail } from '../notify/ses.ts';
import { renderNotice } from '../notify/templates.ts';

/**
 * Sends pending notices through SES, exactly once as far as SES allows.
 *
 * Each notice is claimed before it is sent: a conditional update PENDING → SENDING that stamps a claim token and
 * a lease (NOTICE_LEASE_SECONDS, 15 minutes by default, longer than any function may run). Only then is it sent,
 * and only the token's holder may mark it SENT, FAILED or back to PENDING. So:
 * - a redelivered event, a second drain or a concurrent one finds the notice claimed or settled and sends nothing;
 * - a drain that dies between SES accepting the email and marking it SENT leaves it SENDING. When the lease has
 *   expired the next drain claims it again and sends it again. That is the trade-off, chosen on purpose:
 *   SendEmail has no idempotency token, so after such a crash nobody can tell whether SES sent it. Sending at most
 *   once per lease means the only duplicate possible is one email per crash in a window of milliseconds, with the
 *   same content (same facts, same piagam id); never resending would instead lose the notice that starts the
 *   employee's 14-day keberatan clock. Because the lease outlives the function, a live drain never loses its
 *   claim, so concurrent drains never duplicate. The notice counts `leaseExpiries`, so the admin view shows which
 *   ones may have gone out twice, and each email carries the notice id as an SES tag, so SES send events can
 *   settle the question where a configuration set publishes them.
 * - a send that got no answer (timeout) is treated the same way, for the same reason; an answer that proves SES
 *   sent nothing (throttling, 5xx, connection refused) is retried at once with backoff.
 *
 * Only one drain runs at a time (a lock with its own lease), so the configured rate is the account's rate.
 */
export interface DrainOptions {
  readonly ratePerSecond?: number;
  /** Stop claiming new notices after this long; what is left waits for the next drain. */
  readonly budgetMs?: number;
  readonly leaseMs?: number;
  readonly clock?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export interface DrainSummary {
  sent: number;
  failed: number;
  /** Released for a later drain: throttled, SES unavailable, or the sender blocked. */
  deferred: number;
  /** Left SENDING under their lease: no answer from SES, or sent but not marked. */
  uncertain: number;
  /** Another drain held the lock; nothing was done here. */
  locked: boolean;
  elapsedMs: number;
}

type Outcome = 'sent' | 'failed' | 'deferred' | 'uncertain' | 'skipped';

/** In-call tries for a throttled or transient send before the notice is released to a later drain. */
const SEND_TRIES = 5;
/** Time the lock outlives the budget: the last claimed notices finish their sends and retries. */
const LOCK_MARGIN_MS = 120_000;

/** The schedule's drain: the same, with the job's longer budget. */
export function drainOnSchedule(): Promise<DrainSummary> {
  return drainNotices({ budgetMs: config().NOTICE_JOB_DRAIN_SECONDS * 1000 });
}

export async function drainNotices(options: DrainOptions = {}): Promise<DrainSummary> {
  const env = config();
  const clock = options.clock ?? (() => new Date());
  const run: Run = {
    clock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    leaseMs: options.leaseMs ?? env.NOTICE_LEASE_SECONDS * 1000,
    maxAttempts: env.NOTICE_MAX_ATTEMPTS,
    pacer: undefined as unknown as Pacer,
    stopped: undefined,
  };
  run.pacer = new Pacer(options.ratePerSecond ?? env.SES_SEND_RATE, () => clock().getTime(), run.sleep);
  const budgetMs = options.budgetMs ?? env.NOTICE_DRAIN_SECONDS * 1000;
  const started = clock().getTime();
  const summary: DrainSummary = { sent: 0, failed: 0, deferred: 0, uncertain: 0, locked: false, elapsedMs: 0 };

  // A notice created while another drain held the lock is that drain's to send: it looks again after letting go.
  for (let round = 0; round < 3; round++) {
    const token = randomUUID();
    const now = clock();
    if (!(await acquireDrainLock(token, now, new Date(now.getTime() + budgetMs + LOCK_MARGIN_MS)))) {
      summary.locked = round === 0;
      break;
    }
    try {
      await drainWhileHeld(run, summary, () => clock().getTime() - started < budgetMs);
    } finally {
      await releaseDrainLock(token);
    }
    if (run.stopped || clock().getTime() - started >= budgetMs || !(await anyDue(clock()))) break;
  }
  summary.elapsedMs = clock().getTime() - started;
  return summary;
}

interface Run {
  readonly clock: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  pacer: Pacer;
  /** Set when SES refuses the sender (throttled past retries, sending paused): claimed notices go back unsent. */
  stopped: string | undefined;
}

async function drainWhileHeld(run: Run, summary: DrainSummary, inBudget: () => boolean): Promise<void> {
  // The loop paces: one notice starts per slot. The pool only bounds how many are in flight if SES slows down.
  const pool = new Pool(Math.max(8, Math.min(64, Math.ceil(2000 / run.pacer.intervalMs))));
  let progress = true;
  while (progress && !run.stopped && inBudget()) {
    progress = false;
    let cursor: string | undefined;
    do {
      const page = await listUnsettledNotices({ cursor });
      for (const seen of page.items) {
        if (run.stopped || !inBudget()) break;
        if (!isDue(seen, run.clock())) continue;
        await run.pacer.take();
        if (run.stopped) break;
        await pool.add(async () => {
          const outcome = await deliver(seen, run);
          if (outcome === 'sent' || outcome === 'failed') progress = true;
          if (outcome !== 'skipped') summary[outcome]++;
        });
      }
      cursor = page.nextCursor;
    } while (cursor && !run.stopped && inBudget() && !pool.failure);
    await pool.settle();
  }
}

function isDue(notice: Notice, now: Date): boolean {
  if (notice.status === 'PENDING') return !notice.retryAfter || notice.retryAfter <= now.toISOString();
  return notice.status === 'SENDING' && (notice.leaseUntil ?? '') < now.toISOString();
}

async function anyDue(now: Date): Promise<boolean> {
  return (await listUnsettledNotices({ limit: 100 })).items.some((notice) => isDue(notice, now));
}

async function deliver(seen: Notice, run: Run): Promise<Outcome> {
  const now = run.clock();
  const claimed = await claimNotice(seen, {
    now,
    leaseUntil: new Date(now.getTime() + run.leaseMs),
    token: randomUUID(),
    keberatanBy: keberatanDeadline(now),
  });
  if (!claimed) return 'skipped';
  const log = { noticeId: claimed.noticeId, attempts: claimed.attempts };
  const tries = claimed.attempts - (claimed.deferrals ?? 0);
  if (tries > run.maxAttempts) {
    const reason = `Tidak terkirim setelah ${run.maxAttempts} percobaan${claimed.lastError ? `; galat terakhir: ${claimed.lastError}` : ''}.`;
    return (await settleNotice(claimed, run.clock(), { status: 'FAILED', reason })) ? 'failed' : 'skipped';
  }
  const addressees = addresseesOf(claimed);
  if (addressees.to.length === 0) {
    return (await settleNotice(claimed, run.clock(), { status: 'FAILED', reason: addressees.skipped.join(' ') })) ? 'failed' : 'skipped';
  }

  let email: OutgoingEmail;
  try {
    email = await compose(claimed, addressees);
  } catch (error) {
    if (error instanceof RevokedPiagam) return (await settleNotice(claimed, run.clock(), { status: 'FAILED', reason: error.message })) ? 'failed' : 'skipped';
    logger.error('Notice could not be composed', { ...log, error: describeError(error) });
    return release(claimed, run, describeError(error), false);
  }

  let messageId: string | undefined;
  for (let attempt = 1; messageId === undefined; attempt++) {
    if (attempt > 1) await run.pacer.take();
    if (run.stopped) return release(claimed, run, run.stopped, true);
    try {
      messageId = await sendEmail(email);
    } catch (error) {
      const failure = classifySendError(error);
      const reason = describeError(error);
      if ((failure === 'THROTTLED' || failure === 'TRANSIENT') && attempt < SEND_TRIES) {
        logger.info('SES send retried', { ...log, failure, attempt, reason });
        await run.sleep(sendBackoffMs(attempt, run.random()));
        continue;
      }
      logger.warn('SES send failed', { ...log, failure, reason });
      if (failure === 'PERMANENT') return (await settleNotice(claimed, run.clock(), { status: 'FAILED', reason })) ? 'failed' : 'skipped';
      if (failure === 'UNCERTAIN') return 'uncertain';
      if (failure !== 'TRANSIENT') run.stopped ??= reason;
      return release(claimed, run, reason, failure !== 'TRANSIENT');
    }
  }
  try {
    await settleNotice(claimed, run.clock(), { status: 'SENT', sesMessageId: messageId, skippedRecipients: addressees.skipped });
  } catch (error) {
    // Sent but not marked: the claim stays until its lease expires (see the trade-off above).
    logger.error('Notice sent but not marked SENT', { ...log, messageId, error: describeError(error) });
    return 'uncertain';
  }
  return 'sent';
}

/**
 * Back to PENDING for a later drain. A deferral (throttled, sender blocked) is not the notice's fault and does
 * not count against its attempts; anything else does, and the last allowed attempt ends it FAILED with the reason.
 */
async function release(claimed: Notice, run: Run, reason: string, deferral: boolean): Promise<Outcome> {
  const now = run.clock();
  if (!deferral && claimed.attempts - (claimed.deferrals ?? 0) >= run.maxAttempts) {
    const failed = `Tidak terkirim setelah ${run.maxAttempts} percobaan; galat terakhir: ${reason}`;
    return (await settleNotice(claimed, now, { status: 'FAILED', reason: failed })) ? 'failed' : 'skipped';
  }
  const retryAfter = new Date(now.getTime() + (deferral ? 60_000 : releaseDelayMs(claimed.attempts)));
  return (await settleNotice(claimed, now, { status: 'PENDING', retryAfter, lastError: reason, deferral })) ? 'deferred' : 'skipped';
}

async function compose(notice: Notice, addressees: Addressees): Promise<OutgoingEmail> {
  const env = config();
  const certificateUrlBase = certificateUrl(env.PUBLIC_BASE_URL, '');
  const rendered = renderNotice(notice, {
    signature: mailSettings(env).signature,
    replyTo: env.MAIL_REPLY_TO,
    certificateUrlBase,
    formUrl: `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/`,
    keberatanBy: notice.keberatanBy ?? keberatanDeadline(new Date(notice.updatedAt)),
  });
  const attachments = [];
  if (notice.kind === 'PENGHARGAAN') {
    for (const { certificateId } of notice.facts.certificates) {
      const certificate = await getCertificate(certificateId);
      if (!certificate) throw new Error(`Certificate ${certificateId} of ${notice.noticeId} not found`);
      if (certificate.revokedAt) throw new RevokedPiagam(certificateId);
      const content = await renderPiagam(certificate, { verifyUrl: `${certificateUrlBase}${certificateId}`, signer: env.PIAGAM_SIGNER });
      attachments.push({ fileName: `piagam-${certificate.periodId}-${certificateId}.pdf`, contentType: 'application/pdf', content });
    }
  }
  return {
    from: env.MAIL_FROM,
    replyTo: [env.MAIL_REPLY_TO],
    to: addressees.to,
    cc: addressees.cc,
    ...rendered,
    attachments,
    tags: { notice: notice.noticeId, kind: notice.kind },
  };
}

/** A keberatan decision or a close after a reopen withdrew the award before its notice went out: the piagam must never be sent. */
class RevokedPiagam extends Error {
  constructor(certificateId: string) {
    super(`Tidak dikirim: piagam ${certificateId} dicabut (hasil penilaian berubah) sebelum pemberitahuan ini terkirim.`);
  }
}

/** At most `size` tasks at once; the first error stops new work and is rethrown when the pool settles. */
class Pool {
  private readonly running = new Set<Promise<void>>();
  failure: unknown;

  constructor(private readonly size: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.size) await Promise.race(this.running);
    if (this.failure) return;
    const promise: Promise<void> = task()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async settle(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}
