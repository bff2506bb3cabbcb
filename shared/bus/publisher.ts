import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { CONTRACTS, type Detail, type DetailType } from '../../events/contracts.ts';
import { config, localCredentials } from '../config/env.ts';
import { EVENT_SOURCE } from '../manifest.ts';

let client: EventBridgeClient | undefined;

function eventBridge(): EventBridgeClient {
  const { AWS_REGION, EVENTBRIDGE_ENDPOINT } = config();
  return (client ??= new EventBridgeClient({ region: AWS_REGION, endpoint: EVENTBRIDGE_ENDPOINT, credentials: localCredentials(EVENTBRIDGE_ENDPOINT), maxAttempts: 5 }));
}

const ENTRIES_PER_CALL = 10;
const RETRIES = 3;

/**
 * Publishes domain events, validated against their contract, 10 per PutEvents call (the API limit).
 * Entries EventBridge reports as failed are re-sent; if some still fail the call throws, so the caller's
 * own retry (scheduler, event rule) runs it again. Consumers are idempotent, so a repeat is harmless.
 */
export async function publish<T extends DetailType>(detailType: T, details: readonly Detail<T>[]): Promise<void> {
  const entries: PutEventsRequestEntry[] = details.map((detail) => ({
    Source: EVENT_SOURCE,
    DetailType: detailType,
    Detail: JSON.stringify(CONTRACTS[detailType].parse(detail)),
    EventBusName: config().EVENT_BUS_NAME,
  }));
  for (let start = 0; start < entries.length; start += ENTRIES_PER_CALL) {
    let pending = entries.slice(start, start + ENTRIES_PER_CALL);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > RETRIES) throw new Error(`${pending.length} ${detailType} events could not be published`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      const result = await eventBridge().send(new PutEventsCommand({ Entries: pending }));
      pending = pending.filter((_, i) => result.Entries?.[i]?.ErrorCode);
    }
  }
}
