import { db } from '../shared/data/client.ts';

type WriteRequest = { PutRequest?: { Item?: Record<string, unknown> }; DeleteRequest?: unknown };

export interface InjectedCrash {
  /** Items of the chosen kind that reached the table before the crash. */
  readonly written: () => number;
  remove(): void;
}

/**
 * A process that dies part-way through a batch of writes, injected into the real shared DynamoDB client (the one
 * every handler in this process uses): batch writes of the items `matches` picks go through until `limit` such
 * items are written (the batch that crosses the limit is cut there), then every such write throws, on this attempt
 * and on every retry, until removed. Production code carries no switch for it.
 */
export function crashAfterBatchWrites(limit: number, matches: (item: Record<string, unknown>) => boolean): InjectedCrash {
  const name = `crash-${Math.random().toString(36).slice(2)}`;
  let written = 0;
  db().middlewareStack.add(
    (next, context) => async (args) => {
      // The document client runs the low-level command; at this step its input is not yet marshalled.
      if (context.commandName !== 'BatchWriteItemCommand') return next(args);
      const input = args.input as { RequestItems: Record<string, WriteRequest[]> };
      const [table, writes] = Object.entries(input.RequestItems)[0] ?? [];
      if (!table || !writes?.some((write) => write.PutRequest?.Item && matches(write.PutRequest.Item))) return next(args);
      const room = Math.max(0, limit - written);
      if (room >= writes.length) {
        written += writes.length;
        return next(args);
      }
      if (room > 0) {
        await next({ ...args, input: { ...input, RequestItems: { [table]: writes.slice(0, room) } } });
        written += room;
      }
      throw new Error(`Injected crash after ${limit} written items`);
    },
    { step: 'initialize', name },
  );
  return { written: () => written, remove: () => void db().middlewareStack.remove(name) };
}

/**
 * Two (or more) writers that reach the same point together: each request `matches` picks is sent to DynamoDB as
 * usual, then its answer is held until `parties` of them have been answered, so every caller reads afterwards what
 * all of them wrote. Makes a race that timing would only sometimes produce happen every time.
 */
export function holdUntilAllWritten(parties: number, matches: (commandName: string, input: Record<string, unknown>) => boolean): { remove(): void } {
  const name = `barrier-${Math.random().toString(36).slice(2)}`;
  let arrived = 0;
  let release!: () => void;
  const everyone = new Promise<void>((resolve) => (release = resolve));
  db().middlewareStack.add(
    (next, context) => async (args) => {
      if (!matches(context.commandName ?? '', args.input as Record<string, unknown>)) return next(args);
      try {
        return await next(args);
      } finally {
        if (++arrived >= parties) release();
        await everyone;
      }
    },
    { step: 'initialize', name },
  );
  return { remove: () => void db().middlewareStack.remove(name) };
}
