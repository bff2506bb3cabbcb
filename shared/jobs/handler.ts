import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../logger.ts';

/**
 * The one way to write a scheduled job: logger context, the schedule's own time as `now`
 * (so a retried invocation computes what the original would have), a summary logged at the end.
 * Errors are rethrown so the scheduler's retry policy and dead-letter queue see them.
 */
export function jobHandler<T>(name: string, run: (now: Date) => Promise<T>) {
  return middy<ScheduledEvent, T, Error, Context>().handler(async (event, context) => {
    logger.addContext(context);
    logger.appendKeys({ job: name });
    const now = event?.time ? new Date(event.time) : new Date();
    const summary = await run(Number.isNaN(now.getTime()) ? new Date() : now);
    logger.info('Job finished', { summary: summary as Record<string, unknown> });
    return summary;
  });
}
