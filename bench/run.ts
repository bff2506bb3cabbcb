import './lib/environment.ts';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { costModel, renderCost, type MeasuredInputs } from './cost.ts';
import { seedReportFixture } from './lib/report-fixture.ts';
import { RequestRecorder } from './lib/requests.ts';
import { quietSocketWarnings, startBenchServices, useFreshTable } from './lib/services.ts';
import { median } from './lib/stats.ts';
import { renderTable, type Row } from './lib/table.ts';
import { benchClose, closeNotes, type CloseScale } from './sections/close.ts';
import { benchColdStart, type ColdStartFigures } from './sections/cold-start.ts';
import { benchNotices, type NoticeFigures } from './sections/notices.ts';
import { benchReportHttp, type HttpFigures } from './sections/report-http.ts';
import { benchReportSubmission, type SubmissionFigures } from './sections/report-submission.ts';
import { benchWeb, type WebFigures } from './sections/web.ts';

/**
 * `npm run bench`: every figure beside a baseline measured in the same run (the machine is shared and noisy,
 * so only ratios compare across runs), medians of several runs, loops bounded by counts. Starts its own
 * DynamoDB Local and SES stand-in on free loopback ports and stops them at the end, whatever happens.
 * BENCH_QUICK=1 runs the close at 1,000 only, with fewer repetitions everywhere.
 */
quietSocketWarnings();
const quick = process.env.BENCH_QUICK === '1';
const closeConcurrency = Number(process.env.BENCH_CLOSE_CONCURRENCY ?? 8);
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const rows: Row[] = [];
const notes: string[] = [];
const figures: {
  reportSubmission?: SubmissionFigures;
  reportHttp?: HttpFigures;
  close?: CloseScale[];
  coldStart?: ColdStartFigures;
  notices?: NoticeFigures;
  web?: WebFigures;
} = {};

/** Runs one section; a failure becomes a row and a note, and the other sections still run. */
async function section(name: string, run: () => Promise<void>): Promise<void> {
  log(`${name}…`);
  try {
    await run();
  } catch (error) {
    rows.push({ section: name, metric: 'section failed', value: (error as Error).message.slice(0, 60), over: true });
    notes.push(`${name} failed: ${(error as Error).stack ?? String(error)}`);
  }
}

log(`starting DynamoDB Local and the SES stand-in (${quick ? 'quick' : 'full'} run; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})`);
const services = await startBenchServices();
try {
  await useFreshTable(services.dynamoEndpoint, 'reports');
  const recorder = RequestRecorder.attach();
  const fixture = await seedReportFixture();
  const repetitions = { runs: 5, perRun: quick ? 30 : 80, warmup: quick ? 10 : 20 };

  await section('1 report submission', async () => {
    const inProcess = await benchReportSubmission(fixture, recorder, repetitions);
    figures.reportSubmission = inProcess.figures;
    rows.push(...inProcess.rows);
    const http = await benchReportHttp(services, fixture, repetitions);
    figures.reportHttp = http.figures;
    rows.push(...http.rows);
  });

  await section('2 period close', async () => {
    const scales = quick
      ? [{ employees: 1_000, runs: 3, timeUnits: 10 }]
      : [
          { employees: 1_000, runs: 3, timeUnits: 10 },
          { employees: 10_000, runs: 2, timeUnits: 0 },
        ];
    const close = await benchClose(services, scales, closeConcurrency, log);
    figures.close = close.scales;
    rows.push(...close.rows);
    notes.push(...closeNotes(close.scales));
  });

  await section('3 cold start', async () => {
    const coldStart = await benchColdStart({ rounds: quick ? 2 : 3 }, log);
    figures.coldStart = coldStart.figures;
    rows.push(...coldStart.rows);
  });

  await section('4 notices', async () => {
    await useFreshTable(services.dynamoEndpoint, 'notices');
    const notices = await benchNotices(services.sesEndpoint, recorder, { runs: quick ? 2 : 3, results: quick ? 30 : 60, rawSends: 40 });
    figures.notices = notices.figures;
    rows.push(...notices.rows);
  });

  await section('5 web', async () => {
    const web = await benchWeb();
    figures.web = web.figures;
    rows.push(...web.rows);
  });
} finally {
  await services.stop();
}

const cost = costInputs();
const model = cost ? costModel(cost) : undefined;
console.log(`\n${renderTable(rows)}\n`);
if (model) console.log(`Cost model (us-east-1 list prices; see bench/README.md)\n${renderCost(model)}\n`);
for (const note of notes) console.log(`note: ${note}`);
const over = rows.filter((row) => row.over);
console.log(`${over.length} of ${rows.filter((row) => row.over !== undefined).length} figures with a target miss it. Took ${((performance.now() - started) / 1000).toFixed(0)} s.`);

writeFileSync(
  join(import.meta.dirname, 'results.json'),
  `${JSON.stringify({ startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(), quick, closeConcurrency, machine: { cores: cpus().length, loadAtEnd: loadavg() }, rows, notes, figures, cost: { inputs: cost, model } }, null, 2)}\n`,
);

/** What the cost model needs, from this run's figures; undefined when a section it needs did not run. */
function costInputs(): MeasuredInputs | undefined {
  const submission = figures.reportSubmission;
  const close = figures.close?.[0];
  const web = figures.web;
  if (!submission || !close || !web) return undefined;
  const notices = figures.notices?.built ? figures.notices : undefined;
  const events = Object.values(close.eventsPublished).reduce((a, b) => a + b, 0);
  return {
    report: { writeUnits: submission.perReport.writeUnits, readUnits: submission.perReport.readUnits, handlerMs: submission.p50['handler (as the form sends it)'] },
    readsPerSession: { readUnits: Object.values(submission.reads).reduce((total, read) => total + read.readUnits, 0) },
    close: {
      itemsWrittenPerEmployee: close.itemsWrittenPerEmployee,
      writeUnitsPerEmployee: close.writeUnitsPerEmployee,
      readUnitsPerEmployee: close.readUnitsPerEmployee,
      eventsPerEmployee: events / close.employees,
      unitMs: close.unitMs.length > 0 ? median(close.unitMs) : close.medianMs / close.units,
      employeesPerUnit: close.employees / close.units,
    },
    ...(notices?.runs && notices.resultsPerRun
      ? {
          notices: {
            emailsPerResult: median(notices.runs.map((r) => r.emails)) / notices.resultsPerRun,
            awardsPerResult: notices.awardsPerResult ?? 0,
            writeUnitsPerResult: notices.writeUnitsPerResult ?? 0,
            readUnitsPerResult: notices.readUnitsPerResult ?? 0,
            consumerMsPerResult: notices.consumerMsPerResult ?? 0,
          },
        }
      : {}),
    web: { firstLoadGzipBytes: web.firstLoad.gzip },
  };
}
