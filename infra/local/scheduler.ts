import { Cron } from 'croner';
import { randomUUID } from 'node:crypto';
import sample from '../../events/samples/scheduler.json' with { type: 'json' };
import { SCHEDULES, type ScheduleName } from '../../shared/manifest.ts';
import { toCronerPattern } from './cron.ts';
import type { DeadLetter } from './event-bus.ts';
import { invoke } from './invoke.ts';

const BACKOFF_MS = [1000, 5000];

/** The event EventBridge Scheduler hands a Lambda target. */
export function schedulerEvent(name: string, at: Date) {
  return { ...sample, id: randomUUID(), time: at.toISOString(), resources: [`arn:aws:scheduler:local:000000000000:schedule/default/${name}`] };
}

/** Fires a schedule now, with the retries and dead-letter record its AWS twin has. */
export async function runSchedule(name: ScheduleName, onDeadLetter: (letter: DeadLetter) => void, at = new Date()): Promise<void> {
  const event = schedulerEvent(name, at);
  for (let attempt = 1; ; attempt++) {
    try {
      await invoke(SCHEDULES[name].handler, event, 300_000);
      return;
    } catch (error) {
      const wait = BACKOFF_MS[attempt - 1];
      if (wait === undefined) {
        onDeadLetter({ rule: `schedule:${name}`, event, error: (error as Error).message, attempts: attempt, at: new Date().toISOString() });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * The manifest's schedules on the local clock, in Asia/Makassar like EventBridge Scheduler. Started `paused`, they
 * keep time but skip every run until resumed.
 */
export function startSchedules(
  onDeadLetter: (letter: DeadLetter) => void,
  paused = false,
): { stop(): void; resume(): void; next(): Record<string, string | undefined> } {
  const jobs = (Object.keys(SCHEDULES) as ScheduleName[]).map((name) => {
    const spec = SCHEDULES[name];
    const job = new Cron(toCronerPattern(spec.cron), { timezone: spec.timezone, protect: true, paused, name }, async () => {
      await runSchedule(name, onDeadLetter);
    });
    return { name, job };
  });
  return {
    stop: () => jobs.forEach(({ job }) => job.stop()),
    resume: () => jobs.forEach(({ job }) => job.resume()),
    next: () => Object.fromEntries(jobs.map(({ name, job }) => [name, job.nextRun()?.toISOString()])),
  };
}
