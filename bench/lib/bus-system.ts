import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalEventBus, type BusEntry, type DeadLetter } from '../../infra/local/event-bus.ts';
import { LocalTokens } from '../../infra/local/jwt.ts';
import { createLocalServer } from '../../infra/local/server.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { EVENT_RULES } from '../../shared/manifest.ts';
import { attempts, OBSERVED_CONSUMER, observe, type Attempt } from './observed-consumer.ts';

/** The local bus, counting what is published by detail type (each one is a billed EventBridge event in AWS). */
class CountingBus extends LocalEventBus {
  readonly published: Record<string, number> = {};

  override publish(entries: readonly BusEntry[]): string[] {
    for (const entry of entries) this.published[entry.detailType] = (this.published[entry.detailType] ?? 0) + 1;
    return super.publish(entries);
  }
}

export interface BusSystem {
  readonly bus: CountingBus;
  readonly deadLetters: DeadLetter[];
  /** Every consumer attempt so far, with its duration and error. */
  readonly attempts: readonly Attempt[];
  stop(): Promise<void>;
}

/**
 * infra/local/system.ts's wiring (the local server taking the SDK's PutEvents, the in-process bus invoking
 * consumers by the manifest's rules) with a chosen subset of the rules, each consumer observed (errors of every
 * attempt, durations) through bench/lib/observed-consumer.ts. The close bench keeps only
 * score-unit: with the notify rule every ResultScored would also send mail at the SES rate (14/s), so a
 * 10,000-person close would wait ~12 minutes on email. Notices are measured on their own.
 */
export async function startBusSystem(ruleNames: readonly (keyof typeof EVENT_RULES)[], options: { consumerConcurrency?: number } = {}): Promise<BusSystem> {
  const deadLetters: DeadLetter[] = [];
  const rules = Object.fromEntries(
    ruleNames.map((name) => {
      const rule = EVENT_RULES[name];
      for (const detailType of rule.detailTypes) observe(detailType, rule.handler);
      return [name, { ...rule, handler: OBSERVED_CONSUMER }];
    }),
  );
  // The local bus's own per-rule cap (0: every delivery at once).
  const bus = new CountingBus((letter) => deadLetters.push(letter), rules, { concurrency: options.consumerConcurrency ?? 0 });
  const webDir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const server = createLocalServer({ tokens: LocalTokens.create(), bus, webDir, demoIdentities: () => [] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  process.env.EVENTBRIDGE_ENDPOINT = `http://127.0.0.1:${port}/_local/eventbridge`;
  process.env.EVENT_BUS_NAME = 'local';
  reloadConfig();
  return {
    bus,
    deadLetters,
    attempts,
    stop: async () => {
      await bus.idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
