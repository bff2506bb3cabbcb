import type { Context } from 'aws-lambda';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A stand-in consumer the bench's bus invokes instead of the real one, to see what the local bus does not
 * report (each attempt's error, where a dead letter keeps only the last; each invocation's duration) and,
 * optionally, to run at most N consumers at once. It forwards to the manifest's handler for the event's
 * detail type, in the same process.
 *
 * Why a cap: in AWS each unit of a close is scored in its own Lambda sandbox against a table that scales, so
 * 200 units at once cost 200 sandboxes, not 200 times the wait. On one machine, with one Node process and one
 * DynamoDB Local on two cores, 200 at once only queue behind each other inside the process until the local
 * invoke's 30 s deadline (infra/local/invoke.ts; the deployed consumer has 2 minutes) makes middy abort them.
 * With a cap, an event waits its turn as it would in Lambda's async queue, and its clock starts when it runs.
 */
export const OBSERVED_CONSUMER = 'bench/lib/observed-consumer.ts';

/** The deployed consumer timeout (infra/constructs/app-function.ts TIMEOUT_BY_KIND.consumer). */
const CONSUMER_TIMEOUT_MS = 120_000;

export interface Attempt {
  readonly detailType: string;
  readonly ms: number;
  readonly error?: string;
}

const targets = new Map<string, string>();
export const attempts: Attempt[] = [];
let limit = 0;
let running = 0;
const waiting: (() => void)[] = [];

export function observe(detailType: string, handlerFile: string): void {
  targets.set(detailType, handlerFile);
}

/** At most `consumers` invocations at once; 0 runs every delivery at once, as the local runtime does. */
export function limitConcurrency(consumers: number): void {
  limit = consumers;
}

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;
const root = resolve(import.meta.dirname, '../..');

export async function handler(event: { 'detail-type': string }, context: Context): Promise<unknown> {
  const file = targets.get(event['detail-type']);
  if (!file) throw new Error(`No observed consumer for ${event['detail-type']}`);
  const target = (await import(pathToFileURL(resolve(root, file)).href)) as { handler: LambdaHandler };
  if (limit > 0) await acquire();
  const start = performance.now();
  const invocation = limit > 0 ? { ...context, getRemainingTimeInMillis: () => Math.max(0, CONSUMER_TIMEOUT_MS - (performance.now() - start)) } : context;
  try {
    const outcome = await target.handler(event, invocation);
    attempts.push({ detailType: event['detail-type'], ms: performance.now() - start });
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    attempts.push({ detailType: event['detail-type'], ms: performance.now() - start, error: message });
    throw error;
  } finally {
    if (limit > 0) release();
  }
}

async function acquire(): Promise<void> {
  while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
}

function release(): void {
  running--;
  waiting.shift()?.();
}
