import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE } from '../../shared/manifest.ts';
import { observed, resetObserved } from '../../test/fixtures/slow-consumer.ts';
import { DEFAULT_RULE_CONCURRENCY, LocalEventBus, type DeadLetter } from './event-bus.ts';

/**
 * The local bus caps how many consumers of one rule run at once, as Lambda's reserved concurrency does, so a big
 * close queues its units instead of starting them all in one process. Each rule has its own cap; a delivery
 * waiting to retry gives its place up.
 */
const consumer = 'test/fixtures/slow-consumer.ts';
const rules = {
  first: { handler: consumer, detailTypes: ['First'], table: 'NONE', summary: 'test' },
  second: { handler: consumer, detailTypes: ['Second'], table: 'NONE', summary: 'test' },
} as const;

const events = (detailType: string, count: number, ms = 40) =>
  Array.from({ length: count }, (_, i) => ({ source: EVENT_SOURCE, detailType, detail: { id: `${detailType}-${i}`, ms } }));

describe('the local event bus under load', () => {
  it('runs at most the default number of one rule at once, and delivers every event', async () => {
    resetObserved();
    const bus = new LocalEventBus(() => undefined, rules);
    bus.publish(events('First', 30));
    await bus.idle();
    expect(observed.peak.First).toBe(DEFAULT_RULE_CONCURRENCY);
    expect(observed.finished).toHaveLength(30);
  });

  it('caps each rule on its own, and runs everything at once with no cap', async () => {
    resetObserved();
    const capped = new LocalEventBus(() => undefined, rules, { concurrency: 3 });
    capped.publish([...events('First', 12), ...events('Second', 12)]);
    await capped.idle();
    expect(observed.peak).toEqual({ First: 3, Second: 3 });
    expect(new Set(observed.finished).size).toBe(24);

    resetObserved();
    const uncapped = new LocalEventBus(() => undefined, rules, { concurrency: 0 });
    uncapped.publish(events('First', 12, 200));
    await uncapped.idle();
    expect(observed.peak.First).toBe(12);
  });

  it('gives a failing delivery’s place to the next event while it waits to retry', async () => {
    resetObserved();
    const letters: DeadLetter[] = [];
    const bus = new LocalEventBus((letter) => letters.push(letter), rules, { concurrency: 1 });
    bus.publish([{ source: EVENT_SOURCE, detailType: 'First', detail: { id: 'doomed', ms: 10, fail: true } }, ...events('First', 3, 10)]);
    // Retries back off 0.2 + 1 + 3 s; the others, one at a time behind the first attempt, finish long before.
    await expect.poll(() => observed.finished.length, { timeout: 3000 }).toBe(3);
    expect(letters).toEqual([]);
    await bus.idle();
    expect(letters).toMatchObject([{ rule: 'first', attempts: 4, error: 'consumer refused doomed' }]);
    expect(observed.peak.First).toBe(1);
  });
});
