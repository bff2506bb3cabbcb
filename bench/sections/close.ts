import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CloseChildInput, CloseChildOutput, CloseRun } from '../close/child.ts';
import { seedClosableCity } from '../close/seed.ts';
import type { BenchServices } from '../lib/services.ts';
import { useFreshTable } from '../lib/services.ts';
import { median } from '../lib/stats.ts';
import { mb, ms, times, type Row } from '../lib/table.ts';

const TARGET_REQUESTS_PER_EMPLOYEE = 3;
const TARGET_PEAK_RSS = 512 * 1024 * 1024;
const TARGET_RATIO = 1.5;

export interface CloseScale {
  readonly employees: number;
  readonly units: number;
  readonly seedMs: number;
  readonly seededItems: number;
  readonly rssAtStartBytes: number;
  readonly runs: CloseRun[];
  /** Runs whose period did not end CLOSED with everyone scored, and why. */
  readonly failures: string[];
  readonly medianMs: number;
  readonly medianReplayMs: number;
  readonly medianRatio: number;
  readonly requestsPerEmployee: number;
  readonly requestsByCommand: Record<string, number>;
  readonly itemsWrittenPerEmployee: number;
  readonly peakRssBytes: number;
  readonly eventsPublished: Record<string, number>;
  readonly readUnitsPerEmployee: number;
  readonly writeUnitsPerEmployee: number;
  /** One score-unit invocation (a unit of about 50) timed alone; empty unless asked for. */
  readonly unitMs: number[];
}

/**
 * Period close at each scale: seeded here, closed in a child process (see close/child.ts) so the child's
 * peak RSS is the close's own. Time runs from closePeriod until the bus is idle with the period CLOSED.
 */
export async function benchClose(services: BenchServices, scales: readonly { employees: number; runs: number; timeUnits: number }[], consumerConcurrency: number, log: (line: string) => void): Promise<{ rows: Row[]; scales: CloseScale[] }> {
  const results: CloseScale[] = [];
  for (const { employees, runs, timeUnits } of scales) {
    const tableName = await useFreshTable(services.dynamoEndpoint, `close${employees}`);
    const seedStart = performance.now();
    let reported = 0;
    const seeded = await seedClosableCity(employees, new Date(), (written, total) => {
      if (written - reported >= 10_000) log(`  seeding ${employees}: ${(reported = written)} / ${total} items`);
    });
    const seedMs = performance.now() - seedStart;
    log(`  seeded ${employees} employees (${seeded.items} items) in ${(seedMs / 1000).toFixed(1)} s; closing ${runs}×`);
    const output = await runChild({
      tableName,
      dynamoEndpoint: services.dynamoEndpoint,
      sesEndpoint: services.sesEndpoint,
      periodId: seeded.period.periodId,
      employees,
      runs,
      timeUnits,
      consumerConcurrency,
    });
    const finished = output.runs.filter((r) => !r.failure);
    const counted = finished.length > 0 ? finished : output.runs;
    const first = counted[0]!;
    results.push({
      employees,
      units: seeded.org.units.length,
      seedMs,
      seededItems: seeded.items,
      rssAtStartBytes: output.rssAtStartBytes,
      runs: output.runs,
      failures: output.runs.flatMap((r) => (r.failure ? [r.failure] : [])),
      medianMs: median(counted.map((r) => r.ms)),
      medianReplayMs: median(finished.map((r) => r.replayMs)),
      medianRatio: median(finished.map((r) => r.ms / r.replayMs)),
      requestsPerEmployee: median(counted.map((r) => r.requests.total)) / employees,
      requestsByCommand: first.requests.byCommand,
      itemsWrittenPerEmployee: first.requests.itemsWritten / employees,
      peakRssBytes: Math.max(...output.runs.map((r) => r.peakRssBytes)),
      eventsPublished: first.eventsPublished,
      readUnitsPerEmployee: first.requests.readUnits / employees,
      writeUnitsPerEmployee: first.requests.writeUnits / employees,
      unitMs: output.unitMs,
    });
    log(`  closed ${employees}: ${output.runs.map((r) => `${(r.ms / 1000).toFixed(1)} s${r.failure ? ' (did not finish)' : ''}`).join(', ')}`);
  }
  return { rows: rows(results, consumerConcurrency), scales: results };
}

function rows(scales: readonly CloseScale[], consumerConcurrency: number): Row[] {
  const fanOut = consumerConcurrency > 0 ? `${consumerConcurrency} units at once` : 'all units at once';
  const out: Row[] = [];
  for (const s of scales) {
    const section = `2 close ${s.employees.toLocaleString('en')}`;
    const finished = s.runs.length - s.failures.length;
    if (s.failures.length > 0) {
      out.push({ section, metric: `runs that ended CLOSED with everyone scored`, value: `${finished} of ${s.runs.length}`, target: 'all', over: true });
    }
    out.push(
      finished > 0
        ? { section, metric: `wall time (median of ${finished}; ${fanOut})`, value: ms(s.medianMs), baseline: `${ms(s.medianReplayMs)} raw I/O`, ratio: s.medianRatio, target: `≤ ${times(TARGET_RATIO)}`, over: s.medianRatio > TARGET_RATIO }
        : { section, metric: 'wall time until the bus was idle (not CLOSED)', value: ms(s.medianMs), target: `≤ ${times(TARGET_RATIO)}`, over: true },
      { section, metric: 'DynamoDB requests per employee', value: s.requestsPerEmployee.toFixed(2), baseline: `${s.writeUnitsPerEmployee.toFixed(1)} WRU, ${s.readUnitsPerEmployee.toFixed(1)} RRU`, target: `≤ ${TARGET_REQUESTS_PER_EMPLOYEE}`, over: s.requestsPerEmployee > TARGET_REQUESTS_PER_EMPLOYEE },
      { section, metric: 'peak RSS of the closing process', value: mb(s.peakRssBytes), baseline: `${mb(s.rssAtStartBytes)} idle`, target: `≤ ${mb(TARGET_PEAK_RSS)}`, over: s.peakRssBytes > TARGET_PEAK_RSS },
      { section, metric: 'seeding (not part of the close)', value: ms(s.seedMs), baseline: `${s.seededItems} items` },
    );
    out.push({ section, metric: 'of which closePeriod itself (roster pass, CLOSING, events)', value: ms(median(s.runs.map((r) => r.fanOutAtMs))), baseline: ms(s.medianMs) });
    if (s.unitMs.length > 0) out.push({ section, metric: `one unit (~50) scored alone, median of ${s.unitMs.length}`, value: ms(median(s.unitMs)) });
  }
  const [small, large] = scales;
  if (small && large && small.failures.length < small.runs.length && large.failures.length < large.runs.length) {
    const growth = large.medianMs / small.medianMs;
    const linear = large.employees / small.employees;
    out.push({
      section: '2 close growth',
      metric: `time ${large.employees / 1000}k ÷ ${small.employees / 1000}k (linear = ${linear}×)`,
      value: times(growth),
      baseline: `raw I/O ${times(large.medianReplayMs / small.medianReplayMs)}`,
      ratio: growth / linear,
      target: '≈ 1 (linear)',
      over: growth / linear > 1.25,
    });
  }
  return out;
}

/** Why a scale's close did not finish, for the notes under the table. */
export function closeNotes(scales: readonly CloseScale[]): string[] {
  return scales.flatMap((s) => s.failures.map((failure) => `close ${s.employees}: ${failure}`));
}

function runChild(input: CloseChildInput): Promise<CloseChildOutput> {
  return new Promise((resolve, reject) => {
    // tsx's loader by name, so the child runs TypeScript whether this process runs under tsx or vitest.
    const child = fork(fileURLToPath(new URL('../close/child.ts', import.meta.url)), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: { ok: true; output: CloseChildOutput } | { ok: false; error: string }) => {
      answered = true;
      if (message.ok) resolve(message.output);
      else reject(new Error(`close child failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`close child exited with ${code} before answering`));
    });
    child.send(input);
  });
}
