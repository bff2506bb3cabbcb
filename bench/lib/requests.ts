import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { db } from '../../shared/data/client.ts';
import { capacityOfWrite } from './capacity.ts';

/** One DynamoDB request as it went on the wire: the low-level command name and its marshalled input. */
export interface RecordedRequest {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

export interface RequestSnapshot {
  readonly total: number;
  readonly byCommand: Record<string, number>;
  /** Items put or deleted by batch and transaction writes count one each; a request is still one request. */
  readonly itemsWritten: number;
  /** Most requests in flight at once (the SDK's own socket pool queues beyond 50). */
  readonly peakInFlight: number;
  /** Requests that failed, by command and error name (a failed conditional write is an answer, not a fault). */
  readonly errors: Record<string, number>;
  /**
   * Capacity units: reads as DynamoDB Local reports them (ReturnConsumedCapacity, when asked for), plus two per
   * transactional ConditionCheck; writes computed from each request by DynamoDB's rules (lib/capacity.ts).
   */
  readonly readUnits: number;
  readonly writeUnits: number;
}

const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand', 'TransactGetItemsCommand']);

/**
 * Counts every request the shared document client sends, from the bench and without touching shared code:
 * middleware on `db()`'s stack (the document client shares its stack with the DynamoDB client). The counter
 * sits after serialisation, so it sees the marshalled input that can be replayed with the plain client, and
 * before the retry step, so a request counts once however often the SDK retries it. Asking for consumed
 * capacity adds one parameter to each request, so it is off while latency is being timed.
 */
export class RequestRecorder {
  private counts = new Map<string, number>();
  private errors = new Map<string, number>();
  private written = 0;
  private inFlight = 0;
  private peak = 0;
  private readUnits = 0;
  private writeUnits = 0;
  private capacity = false;
  private log: { path: string; stream: WriteStream; count: number } | undefined;

  static attach(client: DynamoDBDocumentClient = db()): RequestRecorder {
    const recorder = new RequestRecorder();
    client.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as Record<string, unknown>;
        if (!recorder.capacity || input.ReturnConsumedCapacity !== undefined) return next(args);
        return next({ ...args, input: { ...input, ReturnConsumedCapacity: 'TOTAL' } });
      },
      { step: 'initialize', name: 'benchConsumedCapacity', override: true },
    );
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName ?? 'Unknown';
        recorder.seen(command, args.input as Record<string, unknown>);
        recorder.inFlight++;
        recorder.peak = Math.max(recorder.peak, recorder.inFlight);
        try {
          const result = await next(args);
          recorder.consumed(command, (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
          return result;
        } catch (error) {
          recorder.failed(command, error);
          throw error;
        } finally {
          recorder.inFlight--;
        }
      },
      { step: 'build', name: 'benchRequestRecorder', override: true },
    );
    return recorder;
  }

  /**
   * Zero the counts. `recordTo` appends every request's input to that file (JSON lines) for a replay: on disk, so
   * the log does not swell the memory of the process being measured. `capacity` asks DynamoDB for read units.
   */
  reset(options: { recordTo?: string; capacity?: boolean } = {}): void {
    this.counts = new Map();
    this.errors = new Map();
    this.written = 0;
    this.readUnits = 0;
    this.writeUnits = 0;
    this.peak = this.inFlight;
    this.capacity = options.capacity ?? false;
    this.log?.stream.end();
    this.log = options.recordTo ? { path: options.recordTo, stream: createWriteStream(options.recordTo), count: 0 } : undefined;
  }

  snapshot(): RequestSnapshot {
    return {
      total: [...this.counts.values()].reduce((a, b) => a + b, 0),
      byCommand: Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b))),
      itemsWritten: this.written,
      peakInFlight: this.peak,
      errors: Object.fromEntries(this.errors),
      readUnits: this.readUnits,
      writeUnits: this.writeUnits,
    };
  }

  /** Stops recording; resolves with the file and how many requests it holds, in the order they were sent. */
  async stopRecording(): Promise<{ path: string; count: number } | undefined> {
    const log = this.log;
    this.log = undefined;
    if (!log) return undefined;
    log.stream.end();
    await once(log.stream, 'finish');
    return { path: log.path, count: log.count };
  }

  private seen(command: string, input: Record<string, unknown>): void {
    this.counts.set(command, (this.counts.get(command) ?? 0) + 1);
    this.written += itemsWrittenBy(command, input);
    const units = capacityOfWrite(command, input);
    this.writeUnits += units.writeUnits;
    this.readUnits += units.readUnits;
    if (this.log) {
      this.log.stream.write(`${JSON.stringify({ command, input } satisfies RecordedRequest)}\n`);
      this.log.count++;
    }
  }

  private consumed(command: string, capacity: unknown): void {
    if (!READS.has(command)) return;
    const entries = (Array.isArray(capacity) ? capacity : capacity ? [capacity] : []) as { CapacityUnits?: number }[];
    this.readUnits += entries.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
  }

  private failed(command: string, error: unknown): void {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons?.map((r) => r.Code ?? 'None').join(',');
    const key = `${command} ${(error as Error).name ?? 'Error'}${reasons ? ` [${reasons}]` : ''}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }
}

function itemsWrittenBy(command: string, input: Record<string, unknown>): number {
  if (command === 'BatchWriteItemCommand') {
    return Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>).reduce((sum, requests) => sum + requests.length, 0);
  }
  if (command === 'TransactWriteItemsCommand') return ((input.TransactItems ?? []) as { ConditionCheck?: unknown }[]).filter((item) => !item.ConditionCheck).length;
  if (command === 'PutItemCommand' || command === 'UpdateItemCommand' || command === 'DeleteItemCommand') return 1;
  return 0;
}
