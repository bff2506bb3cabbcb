import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EVENT_RULES, ROUTES, SCHEDULES } from '../../shared/manifest.ts';
import { bundleLikeCdk, REPO_ROOT, type Bundle } from '../cold-start/bundle.ts';
import { median } from '../lib/stats.ts';
import { kb, ms, type Row } from '../lib/table.ts';

const run = promisify(execFile);
export const TARGET_BYTES = 150 * 1024;
const TARGET_RATIO = 1.5;
const PROBE = join(import.meta.dirname, '../cold-start/probe.mjs');
/**
 * Bundles live under bench/ so their external `@aws-sdk/*` imports resolve from the repository's node_modules;
 * one directory per process, so the smoke test and a bench run cannot delete each other's bundles.
 */
const OUT = join(import.meta.dirname, '../.out', `bundles-${process.pid}`);

export interface ColdStartFunction {
  readonly handler: string;
  /** The manifest entries (routes, schedules, rules) that deploy this file as a function. */
  readonly entries: string[];
  readonly bytes: number;
  readonly topInputs: Bundle['topInputs'];
  /** Median wall time of the import in a fresh process. */
  readonly importMs: number;
  /** Median CPU time of the same imports: the figure judged against the baseline. */
  readonly importCpuMs: number;
  readonly ratio: number;
}

export interface ColdStartFigures {
  readonly rounds: number;
  readonly baselineMs: number;
  readonly baselineCpuMs: number;
  readonly baselineBytes: number;
  readonly functions: ColdStartFunction[];
}

/**
 * Every manifest function's bundle, and how long a fresh `node` takes to import it, against a bundle that
 * imports only @aws-sdk/client-dynamodb (the floor any function with a table pays). Rounds visit every bundle
 * in a shuffled order, with the baseline between every few, so load on the machine falls on all alike. The
 * ratio uses CPU time: on a shared two-core machine a half-second import's wall time is mostly waiting for a
 * core (seen: the same bundle at 0.4 s and 1.7 s), while its CPU time is the work Lambda's init would do.
 */
export async function benchColdStart(options: { rounds: number; only?: readonly string[] }, log: (line: string) => void): Promise<{ rows: Row[]; figures: ColdStartFigures }> {
  rmSync(OUT, { recursive: true, force: true });
  const entriesByHandler = new Map<string, string[]>();
  for (const [name, spec] of [...Object.entries(ROUTES), ...Object.entries(SCHEDULES), ...Object.entries(EVENT_RULES)]) {
    if (options.only && !options.only.includes(spec.handler)) continue;
    entriesByHandler.set(spec.handler, [...(entriesByHandler.get(spec.handler) ?? []), name]);
  }
  const baselineEntry = join(OUT, 'baseline-entry.ts');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(baselineEntry, "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const handler = async () => new DynamoDBClient({});\n");

  const baseline = await bundleLikeCdk(baselineEntry, join(OUT, 'baseline'));
  const bundles = new Map<string, Bundle>();
  for (const handler of entriesByHandler.keys()) {
    bundles.set(handler, await bundleLikeCdk(join(REPO_ROOT, handler), join(OUT, handler.replace(/[/.]/g, '_'))));
  }
  log(`  bundled ${bundles.size} functions; importing each ${options.rounds}× in fresh processes`);

  const samples = new Map<string, Probe[]>([...bundles.keys(), 'baseline'].map((key) => [key, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = shuffle([...bundles.keys()]);
    for (let i = 0; i < order.length; i++) {
      if (i % 4 === 0) samples.get('baseline')!.push(await importMs(baseline.file));
      samples.get(order[i]!)!.push(await importMs(bundles.get(order[i]!)!.file));
    }
  }
  const wall = (key: string) => median(samples.get(key)!.map((probe) => probe.ms));
  const cpu = (key: string) => median(samples.get(key)!.map((probe) => probe.cpuMs));
  const baselineCpuMs = cpu('baseline');
  const functions = [...bundles].map(([handler, bundle]) => ({
    handler,
    entries: entriesByHandler.get(handler)!,
    bytes: bundle.bytes,
    topInputs: bundle.topInputs,
    importMs: wall(handler),
    importCpuMs: cpu(handler),
    ratio: cpu(handler) / baselineCpuMs,
  }));
  rmSync(OUT, { recursive: true, force: true });
  const figures = { rounds: options.rounds, baselineMs: wall('baseline'), baselineCpuMs, baselineBytes: baseline.bytes, functions };
  return { rows: rows(figures), figures };
}

function rows(f: ColdStartFigures): Row[] {
  const section = '3 cold start';
  const biggest = [...f.functions].sort((a, b) => b.bytes - a.bytes)[0]!;
  const slowest = [...f.functions].sort((a, b) => b.ratio - a.ratio)[0]!;
  const overSize = f.functions.filter((fn) => fn.bytes > TARGET_BYTES);
  const overTime = f.functions.filter((fn) => fn.ratio > TARGET_RATIO);
  const name = (fn: ColdStartFunction) => fn.handler.replace(/^functions\//, '').replace(/\.ts$/, '');
  const out: Row[] = [
    { section, metric: `functions bundled`, value: String(f.functions.length), baseline: `SDK-only ${kb(f.baselineBytes)}` },
    { section, metric: `largest bundle: ${name(biggest)}`, value: kb(biggest.bytes), target: `≤ ${kb(TARGET_BYTES)}`, over: biggest.bytes > TARGET_BYTES },
    { section, metric: `bundles over ${kb(TARGET_BYTES)}`, value: `${overSize.length} of ${f.functions.length}`, target: '0', over: overSize.length > 0 },
    { section, metric: `import CPU time, median of all functions`, value: ms(median(f.functions.map((fn) => fn.importCpuMs))), baseline: `${ms(f.baselineCpuMs)} SDK-only`, ratio: median(f.functions.map((fn) => fn.ratio)), target: `≤ ${TARGET_RATIO}×`, over: median(f.functions.map((fn) => fn.ratio)) > TARGET_RATIO },
    { section, metric: `import wall time, median of all functions`, value: ms(median(f.functions.map((fn) => fn.importMs))), baseline: `${ms(f.baselineMs)} SDK-only`, ratio: median(f.functions.map((fn) => fn.importMs)) / f.baselineMs },
    { section, metric: `slowest import (CPU): ${name(slowest)}`, value: ms(slowest.importCpuMs), baseline: `${ms(f.baselineCpuMs)} SDK-only`, ratio: slowest.ratio, target: `≤ ${TARGET_RATIO}×`, over: slowest.ratio > TARGET_RATIO },
    { section, metric: `imports over ${TARGET_RATIO}× baseline`, value: `${overTime.length} of ${f.functions.length}`, target: '0', over: overTime.length > 0 },
  ];
  // The list behind the two counts above: each function over a target, what fills its bundle, which targets it misses.
  for (const fn of [...f.functions].sort((a, b) => b.bytes - a.bytes)) {
    const misses = [...(fn.bytes > TARGET_BYTES ? ['size'] : []), ...(fn.ratio > TARGET_RATIO ? ['import'] : [])];
    if (misses.length === 0) continue;
    out.push({
      section: '3 over target',
      metric: `${name(fn)} [${misses.join(', ')}] (${fn.topInputs.map((input) => `${input.name} ${kb(input.bytes)}`).join(', ')})`,
      value: kb(fn.bytes),
      baseline: `${ms(fn.importCpuMs)} import CPU`,
      ratio: fn.ratio,
    });
  }
  return out;
}

interface Probe {
  readonly ms: number;
  readonly cpuMs: number;
}

async function importMs(bundle: string): Promise<Probe> {
  // The environment a deployed function has: the construct's NODE_OPTIONS and a table name for config().
  const env = { ...process.env, NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: 'bench-cold-start', AWS_REGION: 'ap-southeast-3', POWERTOOLS_SERVICE_NAME: 'bench' };
  const { stdout } = await run(process.execPath, [PROBE, bundle], { env, cwd: REPO_ROOT });
  return JSON.parse(stdout) as Probe;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
