import { BatchGetCommand, BatchWriteCommand, type BatchGetCommandOutput, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Key } from './keys.ts';
import { db, tableName } from './client.ts';

const BATCH_SIZE = 25;
const GET_BATCH_SIZE = 100;

export interface BatchOptions {
  /**
   * Requests in flight at once (default 1). An import raises it so thousands of rows fit in one
   * HTTP call; items are upserts, so the order between batches does not matter.
   */
  readonly concurrency?: number;
}

/**
 * Puts many whole items, 25 per request (the BatchWrite limit), re-sending unprocessed items
 * with backoff until all are written. For seeding and imports, where items are upserts.
 */
export async function putAll(items: readonly Record<string, unknown>[], onProgress?: (written: number) => void, options: BatchOptions = {}): Promise<void> {
  let written = 0;
  await inPool(chunks(items, BATCH_SIZE), options.concurrency ?? 1, async (chunk) => {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const result: BatchWriteCommandOutput = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
      pending = (result.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
    }
    written += chunk.length;
    onProgress?.(written);
  });
}

/** Gets many items by key, 100 per request (the BatchGet limit), re-asking for unprocessed keys with backoff. Keys must be unique. */
export async function getAll(keys: readonly Key[], options: BatchOptions = {}): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  await inPool(chunks(keys, GET_BATCH_SIZE), options.concurrency ?? 1, async (chunk) => {
    let pending: Record<string, unknown>[] | undefined = chunk.map((key) => ({ ...key }));
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const result: BatchGetCommandOutput = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      found.push(...(result.Responses?.[tableName()] ?? []));
      pending = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  });
  return found;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Runs `run` over `tasks` with at most `concurrency` at a time, in order of starting. */
async function inPool<T>(tasks: readonly T[], concurrency: number, run: (task: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await run(tasks[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), tasks.length) }, worker));
}

function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt)));
}
