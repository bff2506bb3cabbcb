/**
 * What a failed send means, and how long to wait. Pure: the error is only inspected, the clock and the
 * randomness are passed in. The classes decide whether another send is safe, which is the whole game:
 * SES SendEmail has no idempotency token, so a retry is only harmless when SES certainly did not send.
 */
export type SendFailure =
  /** SES refused for rate or quota: nothing was sent; retry later, never give up for this. */
  | 'THROTTLED'
  /** SES answered 5xx or the connection never opened: nothing was sent; retry with backoff, FAILED after the attempt limit. */
  | 'TRANSIENT'
  /** This message can never go (rejected, malformed, illegal address): FAILED with the reason. */
  | 'PERMANENT'
  /** The sender, not the message, is blocked (sending paused, identity unverified, no permission): stop the drain, keep the notice. */
  | 'SENDER_BLOCKED'
  /** No answer (timeout, connection reset after the request left): SES may have sent it. Treated like a crash: the claim stays until its lease expires. */
  | 'UNCERTAIN';

interface AwsLikeError {
  readonly name?: string;
  readonly code?: string;
  readonly $fault?: 'client' | 'server';
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $retryable?: { readonly throttling?: boolean };
}

const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling', 'LimitExceededException']);
const SENDER_BLOCKED = new Set([
  'AccountSuspendedException',
  'SendingPausedException',
  'MailFromDomainNotVerifiedException',
  'NotFoundException',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'CredentialsProviderError',
]);
/** Errors raised before a single byte reached SES. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AwsLikeError;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING.has(name) || status === 429 || e.$retryable?.throttling) return 'THROTTLED';
  if (SENDER_BLOCKED.has(name) || status === 403) return 'SENDER_BLOCKED';
  if (e.code && NEVER_CONNECTED.has(e.code)) return 'TRANSIENT';
  // The SDK's connection timeout fires before a socket to SES exists; its request timeout (below) fires after the request left.
  if (name === 'TimeoutError' && error instanceof Error && error.message.includes('did not establish a connection')) return 'TRANSIENT';
  if (status !== undefined && status >= 500) return 'TRANSIENT';
  if (status !== undefined && status >= 400) return 'PERMANENT';
  return 'UNCERTAIN';
}

/** A short, storable description of an error: its name and message, never a stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

/** In-call backoff before send attempt `attempt + 1`: exponential from 200 ms, capped at 5 s, with jitter in [50 %, 100 %]. */
export function sendBackoffMs(attempt: number, random: number): number {
  const ceiling = Math.min(5_000, 200 * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}

/** How long a released notice waits before the next claim: 1, 2, 4 … minutes, capped at 30. */
export function releaseDelayMs(attempts: number): number {
  return Math.min(30, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/**
 * Spaces sends at `ratePerSecond` across everything that shares it (one per drain). `take` resolves at the
 * caller's slot; slots are handed out in call order, the k-th never earlier than k intervals after the first,
 * so n sends always span at least (n - 1) / rate seconds. A sender that fell behind (a slow call, a busy
 * machine) may catch up on at most one second's worth of missed slots, as SES allows short bursts.
 */
export class Pacer {
  private next: number | undefined;
  readonly intervalMs: number;

  constructor(
    ratePerSecond: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly catchUpMs = 1_000,
  ) {
    this.intervalMs = 1000 / ratePerSecond;
  }

  async take(): Promise<void> {
    const now = this.now();
    const slot = Math.max(this.next ?? now, now - this.catchUpMs);
    this.next = slot + this.intervalMs;
    if (slot > now) await this.sleep(slot - now);
  }
}
