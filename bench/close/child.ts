import '../lib/environment.ts';
import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reloadConfig } from '../../shared/config/env.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { getClosingPeriod, listScoredUnits, markClosing } from '../../shared/data/close-repository.ts';
import { periodKey, resultKey, unitScoredKey } from '../../shared/data/keys.ts';
import { listUnitResults } from '../../shared/data/result-repository.ts';
import { listUnits } from '../../shared/data/unit-repository.ts';
import { closePeriod, scoreUnit } from '../../shared/services/close.ts';
import { startBusSystem, type BusSystem } from '../lib/bus-system.ts';
import { RequestRecorder, type RequestSnapshot } from '../lib/requests.ts';
import { quietSocketWarnings } from '../lib/services.ts';
import { inPool, sampleRss } from '../lib/stats.ts';
import { replayRequests } from './replay.ts';

export interface CloseChildInput {
  readonly tableName: string;
  readonly dynamoEndpoint: string;
  readonly sesEndpoint: string;
  readonly periodId: string;
  readonly employees: number;
  readonly runs: number;
  /** Units to score one at a time after the runs, for one score-unit invocation's duration (the Lambda bill). */
  readonly timeUnits: number;
  /** Score-unit consumers running at once (lib/observed-consumer.ts); 0 = all at once, as the local runtime does. */
  readonly consumerConcurrency: number;
}

export interface CloseRun {
  readonly ms: number;
  /** When closePeriod returned: the roster pass, CLOSING and the per-unit events, before any unit is scored. */
  readonly fanOutAtMs: number;
  readonly requests: RequestSnapshot;
  readonly peakRssBytes: number;
  readonly replayMs: number;
  readonly replayWidth: number;
  readonly replayFailures: number;
  readonly eventsPublished: Record<string, number>;
  /** Set when the period did not end CLOSED with everyone scored: what the consumers' attempts failed with. */
  readonly failure?: string;
}

export interface CloseChildOutput {
  readonly rssAtStartBytes: number;
  readonly runs: CloseRun[];
  /** Milliseconds per unit (about 50 people) scored alone, when asked for. */
  readonly unitMs: number[];
}

/** A replay this wide matches the SDK's own limit of 50 sockets per client. */
const MAX_REPLAY_WIDTH = 50;

/**
 * One scale of the close bench, in a process of its own so its peak RSS is the close's alone (seeding
 * happened in the parent). Closes the seeded period `runs` times, reopening it in between, and after
 * each close replays the same requests as the raw-I/O baseline. Answers the parent over IPC.
 */
async function main(input: CloseChildInput): Promise<CloseChildOutput> {
  quietSocketWarnings();
  Object.assign(process.env, { TABLE_NAME: input.tableName, DYNAMODB_ENDPOINT: input.dynamoEndpoint, SES_ENDPOINT: input.sesEndpoint });
  reloadConfig();
  const recorder = RequestRecorder.attach();
  const system = await startBusSystem(['score-unit'], { consumerConcurrency: input.consumerConcurrency });
  const rssAtStartBytes = process.memoryUsage().rss;
  const runs: CloseRun[] = [];
  const unitMs: number[] = [];
  const logDir = mkdtempSync(join(tmpdir(), 'bench-close-'));
  const logFile = join(logDir, 'requests.jsonl');
  try {
    for (let run = 0; run < input.runs; run++) {
      if (run > 0) await reopen(input.periodId);
      const publishedBefore = { ...system.bus.published };
      const attemptsBefore = system.attempts.length;
      recorder.reset({ recordTo: logFile, capacity: true });
      const rss = sampleRss();
      const start = performance.now();
      await closePeriod(input.periodId, new Date());
      const fanOutAtMs = performance.now() - start;
      await system.bus.idle();
      const ms = performance.now() - start;
      const peakRssBytes = rss.stop();
      const requests = recorder.snapshot();
      await recorder.stopRecording();
      recorder.reset();

      const period = await getClosingPeriod(input.periodId);
      const closed = period?.status === 'CLOSED' && period.employeesScored === input.employees && system.deadLetters.length === 0;
      const eventsPublished = Object.fromEntries(Object.entries(system.bus.published).map(([type, n]) => [type, n - (publishedBefore[type] ?? 0)]));
      if (!closed) {
        runs.push({ ms, fanOutAtMs, requests, peakRssBytes, replayMs: Number.NaN, replayWidth: 0, replayFailures: 0, eventsPublished, failure: failureOf(system, period, attemptsBefore) });
        break;
      }
      const replayWidth = Math.max(1, Math.min(MAX_REPLAY_WIDTH, requests.peakInFlight));
      const replay = await replayRequests(logFile, input.dynamoEndpoint, replayWidth);
      runs.push({ ms, fanOutAtMs, requests, peakRssBytes, replayMs: replay.ms, replayWidth, replayFailures: replay.failures, eventsPublished });
    }
    if (input.timeUnits > 0) unitMs.push(...(await timeUnitsAlone(input.periodId, input.timeUnits)));
  } finally {
    await recorder.stopRecording();
    rmSync(logDir, { recursive: true, force: true });
    await system.stop();
  }
  return { rssAtStartBytes, runs, unitMs };
}

/** Reopens the period, marks it CLOSING and scores `count` units one after another, each timed on its own. */
async function timeUnitsAlone(periodId: string, count: number): Promise<number[]> {
  await reopen(periodId);
  const unitIds = (await listUnits()).map((unit) => unit.unitId);
  await markClosing(periodId, unitIds, new Date());
  const times: number[] = [];
  for (const unitId of unitIds.slice(0, count)) {
    const start = performance.now();
    await scoreUnit(periodId, unitId, new Date());
    times.push(performance.now() - start);
  }
  return times;
}

/** Why a close did not finish: the period's state, the dead letters, and every failed attempt's error by count. */
function failureOf(system: BusSystem, period: { status?: string; unitsDone?: number; unitIds?: readonly string[]; employeesScored?: number } | undefined, attemptsBefore: number): string {
  const errors = new Map<string, number>();
  for (const attempt of system.attempts.slice(attemptsBefore)) if (attempt.error) errors.set(attempt.error, (errors.get(attempt.error) ?? 0) + 1);
  const byCount = [...errors].sort((a, b) => b[1] - a[1]).map(([error, n]) => `${n}× ${error.slice(0, 160)}`);
  return `period ${period?.status} with ${period?.unitsDone}/${period?.unitIds?.length} units, ${period?.employeesScored} scored; ${system.deadLetters.length} dead letters; failed attempts: ${byCount.join(' | ')}`;
}

/**
 * Puts a closed period back to OPEN as it was before its close: the status, the close's counters, the
 * per-unit markers and the results are gone, so the next close does exactly the work of the first.
 * (Leaving the results would also break it: the unit roster query reads the GSI1 partition that results
 * share, so a second close of a unit would see every person twice.)
 */
async function reopen(periodId: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: periodKey(periodId),
      UpdateExpression: 'SET #status = :open REMOVE unitIds, unitsDone, employeesScored, closeStartedAt, closedAt, closedEvent, closedEventLeaseUntil',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'OPEN' },
    }),
  );
  const markers = (await listScoredUnits(periodId)).map((unit) => unitScoredKey(periodId, unit.unitId));
  const results = (await Promise.all((await listUnits()).map((unit) => listUnitResults(periodId, unit.unitId)))).flat().map((r) => resultKey(r.nip, periodId));
  const keys = [...markers, ...results];
  const batches = Array.from({ length: Math.ceil(keys.length / 25) }, (_, i) => keys.slice(i * 25, (i + 1) * 25));
  await inPool(batches, 4, async (batch) => {
    const deletes = batch.map((Key) => ({ DeleteRequest: { Key } }));
    await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: deletes } }));
  });
}

process.once('message', (input: CloseChildInput) => {
  main(input).then(
    (output) => process.send!({ ok: true, output }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
