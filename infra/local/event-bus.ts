import { randomUUID } from 'node:crypto';
import { EVENT_RULES, EVENT_SOURCE, type EventRuleSpec } from '../../shared/manifest.ts';
import { invoke } from './invoke.ts';

export interface BusEntry {
  readonly source: string;
  readonly detailType: string;
  readonly detail: unknown;
}

export interface DeadLetter {
  readonly rule: string;
  readonly event: unknown;
  readonly error: string;
  readonly attempts: number;
  readonly at: string;
}

const BACKOFF_MS = [200, 1000, 3000];

/**
 * Consumers of one rule running at once, like a Lambda function's reserved concurrency: events beyond it wait their
 * turn, as in Lambda's async queue, and a consumer's time budget starts when it runs. Without a cap a 10,000-person
 * close starts all 200 units at once in this one process against one DynamoDB Local, where they only queue inside
 * the process until their deadlines pass; 8 at a time closed it in ~18 s at ~410 MB on two cores (bench/README.md).
 */
export const DEFAULT_RULE_CONCURRENCY = 8;

export interface LocalEventBusOptions {
  /** Deliveries of one rule in progress at once; 0 for no cap. */
  readonly concurrency?: number;
}

/**
 * The manifest's event rules, run in process: each published event goes to every rule matching its
 * source and detail type, asynchronously and at least once (up to 1 + 3 attempts with backoff, like
 * EventBridge's retry policy), then to a dead-letter record. Consumers must be idempotent, as in AWS.
 * Each rule runs at most `concurrency` consumers at once; a delivery waiting to retry holds no place.
 */
export class LocalEventBus {
  private inFlight = new Set<Promise<void>>();
  private readonly slots = new Map<string, Slots>();
  private readonly concurrency: number;

  constructor(
    private readonly onDeadLetter: (letter: DeadLetter) => void,
    private readonly rules: Record<string, EventRuleSpec> = EVENT_RULES,
    options: LocalEventBusOptions = {},
  ) {
    this.concurrency = options.concurrency ?? DEFAULT_RULE_CONCURRENCY;
  }

  publish(entries: readonly BusEntry[]): string[] {
    return entries.map((entry) => {
      const event = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.detailType,
        source: entry.source,
        account: '000000000000',
        time: new Date().toISOString(),
        region: 'local',
        resources: [],
        detail: entry.detail,
      };
      for (const [name, rule] of Object.entries(this.rules)) {
        if (entry.source === EVENT_SOURCE && rule.detailTypes.includes(entry.detailType)) this.track(this.deliver(name, rule, event));
      }
      return event.id;
    });
  }

  /** Resolves when every delivery started so far (and those they caused) has finished or dead-lettered. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track(delivery: Promise<void>) {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private slotsOf(rule: string): Slots {
    let slots = this.slots.get(rule);
    if (!slots) this.slots.set(rule, (slots = new Slots(this.concurrency)));
    return slots;
  }

  private async deliver(name: string, rule: EventRuleSpec, event: unknown): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const slots = this.slotsOf(name);
    for (let attempt = 1; ; attempt++) {
      try {
        await slots.acquire();
        try {
          // The deployed consumers' timeout (infra/constructs/app-function.ts): 2 minutes, from when it runs.
          await invoke(rule.handler, event, 120_000);
        } finally {
          slots.release();
        }
        return;
      } catch (error) {
        const wait = BACKOFF_MS[attempt - 1];
        if (wait === undefined) {
          this.onDeadLetter({ rule: name, event, error: (error as Error).message, attempts: attempt, at: new Date().toISOString() });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}

/** A counting semaphore, first come first served; a limit of 0 never makes anyone wait. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.limit > 0 && this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
  }

  /** Hands the place straight to the next in line, so a newcomer cannot overtake those already waiting. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
