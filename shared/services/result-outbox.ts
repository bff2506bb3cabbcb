import { publish } from '../bus/publisher.ts';
import { clearResultAnnouncement, listUnannouncedResults, resultScoredDetail } from '../data/outbox-repository.ts';
import type { Result } from '../domain/result.ts';
import { logger } from '../logger.ts';
import { describeError } from '../notify/delivery.ts';

/**
 * ResultScored for a result changed outside a close (a late assessment, a keberatan decision) must not be lost when
 * EventBridge fails after the change commits: the person's notices come only from it. So the change writes an outbox
 * marker in its own transaction (outbox-repository.ts); the request then publishes and clears it, and whatever a
 * failure leaves behind the send-notices schedule publishes. A close needs none: its unit is retried until announced.
 */
/**
 * Announces results whose outbox markers were committed with them, and clears the markers. A failure is logged, not
 * thrown: the change stands, and the schedule announces it (the notify consumer creates each notice once either way).
 */
export async function announceCommittedResults(results: readonly Result[]): Promise<void> {
  const details = results.map(resultScoredDetail);
  try {
    await publish('ResultScored', details);
    await Promise.all(details.map((detail) => clearResultAnnouncement(detail)));
  } catch (error) {
    logger.warn('ResultScored left in the outbox; the send-notices schedule publishes it', { results: details.length, error: describeError(error) });
  }
}

/** A marker this young may still be published by its own request; the schedule leaves it that long. */
const OUTBOX_GRACE_MS = 2 * 60_000;

/** The schedule's part: publishes every marker older than the grace, then clears them. Throws if EventBridge still fails. */
export async function publishUnannouncedResults(now: Date): Promise<{ announced: number }> {
  const before = new Date(now.getTime() - OUTBOX_GRACE_MS).toISOString();
  const due = (await listUnannouncedResults()).filter((marker) => marker.createdAt <= before);
  if (due.length === 0) return { announced: 0 };
  await publish(
    'ResultScored',
    due.map((marker) => marker.detail),
  );
  await Promise.all(due.map((marker) => clearResultAnnouncement(marker.detail)));
  return { announced: due.length };
}
