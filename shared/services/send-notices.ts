import { drainOnSchedule } from './notice-drain.ts';
import { publishUnannouncedResults } from './result-outbox.ts';

/**
 * The send-notices schedule: announce what the outbox holds (the notify consumer creates and sends those notices),
 * then send whatever is pending. EventBridge failing does not hold up the sending; the job still fails afterwards,
 * so the scheduler retries it and its alarm shows it. Kept out of result-outbox.ts, which HTTP routes import to
 * announce a changed result: the drain renders piagams, and a route has no use for a PDF library in its bundle.
 */
export async function sendNoticesOnSchedule(now: Date) {
  const outbox = await publishUnannouncedResults(now).catch((error: unknown) => ({ error }));
  const drain = await drainOnSchedule();
  if ('error' in outbox) throw outbox.error;
  return { ...outbox, ...drain };
}
