import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { CONTRACTS, type Detail, type DetailType } from '../../events/contracts.ts';
import { logger } from '../logger.ts';

/**
 * The one way to write an event consumer: the detail parsed against its contract, the event's own time
 * as `now`, errors rethrown so the rule's retry policy and dead-letter queue see them.
 * Consumers must be idempotent: EventBridge delivers at least once.
 */
export function eventHandler<T extends DetailType, R>(detailType: T, run: (detail: Detail<T>, now: Date) => Promise<R>) {
  return middy<EventBridgeEvent<T, unknown>, R, Error, Context>().handler(async (event, context) => {
    logger.addContext(context);
    logger.appendKeys({ consumer: detailType, eventId: event.id });
    if (event['detail-type'] !== detailType) throw new Error(`Expected ${detailType}, got ${event['detail-type']}`);
    const detail = CONTRACTS[detailType].parse(event.detail) as Detail<T>;
    const time = new Date(event.time);
    const outcome = await run(detail, Number.isNaN(time.getTime()) ? new Date() : time);
    logger.info('Event handled', { outcome: outcome as Record<string, unknown> });
    return outcome;
  });
}
