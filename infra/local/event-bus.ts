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
 * The manifest's event rules, run in process: each published event goes to every rule matching its
 * source and detail type, asynchronously and at least once (up to 1 + 3 attempts with backoff, like
 * EventBridge's retry policy), then to a dead-letter record. Consumers must be idempotent, as in AWS.
 */
export class LocalEventBus {
  private inFlight = new Set<Promise<void>>();

  constructor(
    private readonly onDeadLetter: (letter: DeadLetter) => void,
    private readonly rules: Record<string, EventRuleSpec> = EVENT_RULES,
  ) {}

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

  private async deliver(name: string, rule: EventRuleSpec, event: unknown): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 1; ; attempt++) {
      try {
        // The deployed consumers' timeout (infra/constructs/app-function.ts): 2 minutes.
        await invoke(rule.handler, event, 120_000);
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
