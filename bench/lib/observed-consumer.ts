import type { Context } from 'aws-lambda';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A stand-in consumer the bench's bus invokes instead of the real one, to see what the local bus does not
 * report (each attempt's error, where a dead letter keeps only the last; each invocation's duration). It forwards
 * to the manifest's handler for the event's detail type, in the same process. How many run at once is the local
 * bus's own per-rule cap (infra/local/event-bus.ts), which starts a consumer's clock when it runs.
 */
export const OBSERVED_CONSUMER = 'bench/lib/observed-consumer.ts';

export interface Attempt {
  readonly detailType: string;
  readonly ms: number;
  readonly error?: string;
}

const targets = new Map<string, string>();
export const attempts: Attempt[] = [];

export function observe(detailType: string, handlerFile: string): void {
  targets.set(detailType, handlerFile);
}

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;
const root = resolve(import.meta.dirname, '../..');

export async function handler(event: { 'detail-type': string }, context: Context): Promise<unknown> {
  const file = targets.get(event['detail-type']);
  if (!file) throw new Error(`No observed consumer for ${event['detail-type']}`);
  const target = (await import(pathToFileURL(resolve(root, file)).href)) as { handler: LambdaHandler };
  const start = performance.now();
  try {
    const outcome = await target.handler(event, context);
    attempts.push({ detailType: event['detail-type'], ms: performance.now() - start });
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    attempts.push({ detailType: event['detail-type'], ms: performance.now() - start, error: message });
    throw error;
  }
}
