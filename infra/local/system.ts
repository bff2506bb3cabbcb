import { appendFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { reloadConfig } from '../../shared/config/env.ts';
import type { ScheduleName } from '../../shared/manifest.ts';
import { LocalEventBus, type DeadLetter } from './event-bus.ts';
import { LocalTokens } from './jwt.ts';
import { runSchedule, startSchedules } from './scheduler.ts';
import { createLocalServer } from './server.ts';

export interface LocalSystemOptions {
  readonly port: number;
  readonly host?: string;
  readonly tableName: string;
  readonly dynamoEndpoint: string;
  readonly sesEndpoint: string;
  readonly webDir: string;
  /** Where the signing key and dead letters are kept; in memory when absent (tests). */
  readonly dataDir?: string;
  /**
   * Fire the manifest's schedules on the clock (off in tests, which run them on demand); 'paused' keeps the clock
   * but skips every run until resumeSchedules(), for writes no schedule may see half done.
   */
  readonly schedules: boolean | 'paused';
  readonly demoIdentities: () => readonly string[];
}

export interface LocalSystem {
  readonly url: string;
  readonly bus: LocalEventBus;
  readonly deadLetters: DeadLetter[];
  nextScheduleRuns(): Record<string, string | undefined>;
  resumeSchedules(): void;
  runSchedule(name: ScheduleName, at?: Date): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The API, the authorizer, the event bus and the scheduler on one machine, wired to the given
 * DynamoDB and SES endpoints. Handlers read their configuration from the environment, as in Lambda.
 */
export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const deadLetters: DeadLetter[] = [];
  const deadLetterFile = options.dataDir ? join(options.dataDir, 'dead-letters.jsonl') : undefined;
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const onDeadLetter = (letter: DeadLetter) => {
    deadLetters.push(letter);
    console.error(`dead letter from ${letter.rule} after ${letter.attempts} attempts: ${letter.error}`);
    if (deadLetterFile) appendFileSync(deadLetterFile, `${JSON.stringify(letter)}\n`);
  };

  const bus = new LocalEventBus(onDeadLetter);
  const tokens = LocalTokens.create(options.dataDir ? join(options.dataDir, 'local-jwt.key') : undefined);
  const server = createLocalServer({ tokens, bus, webDir: options.webDir, demoIdentities: options.demoIdentities });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  Object.assign(process.env, {
    TABLE_NAME: options.tableName,
    DYNAMODB_ENDPOINT: options.dynamoEndpoint,
    SES_ENDPOINT: options.sesEndpoint,
    EVENTBRIDGE_ENDPOINT: `http://127.0.0.1:${port}/_local/eventbridge`,
    EVENT_BUS_NAME: 'local',
  });
  reloadConfig();

  const schedules = options.schedules ? startSchedules(onDeadLetter, options.schedules === 'paused') : undefined;
  return {
    url,
    bus,
    deadLetters,
    nextScheduleRuns: () => schedules?.next() ?? {},
    resumeSchedules: () => schedules?.resume(),
    runSchedule: (name, at) => runSchedule(name, onDeadLetter, at),
    stop: async () => {
      schedules?.stop();
      await bus.idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
