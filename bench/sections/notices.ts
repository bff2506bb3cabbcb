import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { putAll } from '../../shared/data/batch.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { periodItem } from '../../shared/data/period-repository.ts';
import { putResults } from '../../shared/data/result-repository.ts';
import { unitItem } from '../../shared/data/unit-repository.ts';
import { config } from '../../shared/config/env.ts';
import { DEFAULT_CONSEQUENCE_POLICY } from '../../shared/domain/consequence-policy.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import { markTopPerformers, scoreEmployee } from '../../shared/domain/result.ts';
import { EVENT_RULES, EVENT_SOURCE } from '../../shared/manifest.ts';
import { periodData, syntheticOrg } from '../close/org.ts';
import { startBusSystem } from '../lib/bus-system.ts';
import type { RequestRecorder } from '../lib/requests.ts';
import { median } from '../lib/stats.ts';
import { ms, type Row } from '../lib/table.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');

export interface NoticeFigures {
  readonly built: boolean;
  readonly configuredRate?: number;
  readonly resultsPerRun?: number;
  readonly runs?: NoticeRun[];
  readonly medianPerSecond?: number;
  readonly rawSesPerSecond?: number;
  readonly requestsPerEmail?: number;
  /** Per scored result, for the cost model. */
  readonly awardsPerResult?: number;
  readonly writeUnitsPerResult?: number;
  readonly readUnitsPerResult?: number;
  /** Time the notify consumer ran per result, summed over invocations (one of them holds the drain while it sends). */
  readonly consumerMsPerResult?: number;
}

export interface NoticeRun {
  readonly emails: number;
  readonly ms: number;
  readonly perSecond: number;
  readonly requests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly awards: number;
  readonly consumerMs: number;
}

/**
 * Notices end to end, as after a close: ResultScored events on the bus, the notify consumer creating each
 * result's notices (piagam PDFs for awards) and draining them through the SES stand-in at the configured rate.
 * Throughput is emails the stand-in accepted per second until the bus is idle, against that configured rate;
 * unpaced SendEmail to the stand-in shows the stand-in is not what limits it.
 */
export async function benchNotices(sesEndpoint: string, recorder: RequestRecorder, options: { runs: number; results: number; rawSends: number }): Promise<{ rows: Row[]; figures: NoticeFigures }> {
  const rule = Object.entries(EVENT_RULES).find(([, spec]) => (spec.detailTypes as readonly string[]).includes('ResultScored'));
  const rate = Number((config() as Record<string, unknown>).SES_SEND_RATE);
  if (!rule || !existsSync(join(REPO_ROOT, rule[1].handler)) || !existsSync(join(REPO_ROOT, 'shared/services/notice-drain.ts')) || !Number.isFinite(rate)) {
    return { rows: [{ section: '4 notices', metric: 'notice sender', value: 'not yet built' }], figures: { built: false } };
  }

  const org = syntheticOrg(options.results, 9090);
  await putAll([...org.units.map(unitItem), ...org.employees.map(employeeItem)]);
  const system = await startBusSystem([rule[0] as keyof typeof EVENT_RULES]);
  const runs: NoticeRun[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      // A period of its own per run: notices are once per (employee, period, kind), so a rerun would send nothing.
      const period = { ...definePeriod('BULANAN', 2024, run + 1, 5), status: 'CLOSED' as const };
      const now = new Date();
      const data = periodData(org, period.periodId, now, 100 + run);
      const byNip = new Map(data.assessments.map((a) => [a.nip, a]));
      const results = markTopPerformers(
        data.roster.map((entry) => scoreEmployee(entry, byNip.get(entry.nip), [], DEFAULT_CONSEQUENCE_POLICY, now)),
        DEFAULT_CONSEQUENCE_POLICY,
      );
      await putAll([periodItem(period)]);
      await putResults(results);
      const emailsBefore = await storedEmails(sesEndpoint);
      recorder.reset({ capacity: true });
      const attemptsBefore = system.attempts.length;

      const start = performance.now();
      system.bus.publish(
        results.map((r) => ({
          source: EVENT_SOURCE,
          detailType: 'ResultScored',
          detail: { periodId: r.periodId, nip: r.nip, unitId: r.unitId, predikat: r.predikat ?? null, decisions: r.decisions.map((d) => d.kind), revision: r.revision },
        })),
      );
      await system.bus.idle();
      const elapsed = performance.now() - start;
      // The store is never cleared: in the smoke test the stand-in is shared with other test files.
      const emails = (await storedEmails(sesEndpoint)) - emailsBefore;
      if (system.deadLetters.length > 0) throw new Error(`notify dead-lettered: ${system.deadLetters[0]!.error}`);
      const requests = recorder.snapshot();
      recorder.reset();
      runs.push({
        emails,
        ms: elapsed,
        perSecond: emails / (elapsed / 1000),
        requests: requests.total,
        readUnits: requests.readUnits,
        writeUnits: requests.writeUnits,
        awards: results.filter((r) => r.decisions.some((d) => d.kind === 'PENGHARGAAN')).length,
        consumerMs: system.attempts.slice(attemptsBefore).reduce((total, attempt) => total + attempt.ms, 0),
      });
    }
  } finally {
    await system.stop();
  }
  const rawSesPerSecond = await rawSendRate(sesEndpoint, options.rawSends);
  const figures: NoticeFigures = {
    built: true,
    configuredRate: rate,
    resultsPerRun: options.results,
    runs,
    medianPerSecond: median(runs.map((r) => r.perSecond)),
    rawSesPerSecond,
    requestsPerEmail: median(runs.map((r) => r.requests / Math.max(1, r.emails))),
    awardsPerResult: median(runs.map((r) => r.awards)) / options.results,
    writeUnitsPerResult: median(runs.map((r) => r.writeUnits)) / options.results,
    readUnitsPerResult: median(runs.map((r) => r.readUnits)) / options.results,
    consumerMsPerResult: median(runs.map((r) => r.consumerMs)) / options.results,
  };
  return { rows: rows(figures), figures };
}

function rows(f: NoticeFigures): Row[] {
  const section = '4 notices';
  const perRun = f.runs!;
  return [
    {
      section,
      metric: `throughput, ${f.resultsPerRun} results → ${median(perRun.map((r) => r.emails))} emails (${perRun.length} runs)`,
      value: `${f.medianPerSecond!.toFixed(1)}/s`,
      baseline: `${f.configuredRate}/s configured`,
      ratio: f.medianPerSecond! / f.configuredRate!,
      target: '≈ 1 (the rate)',
      over: f.medianPerSecond! / f.configuredRate! < 0.8,
    },
    { section, metric: 'time to send one run', value: ms(median(perRun.map((r) => r.ms))) },
    { section, metric: 'SES stand-in, unpaced SendEmail', value: `${f.rawSesPerSecond!.toFixed(0)}/s` },
    { section, metric: 'DynamoDB requests per email (create + claim + settle)', value: f.requestsPerEmail!.toFixed(1) },
  ];
}

async function storedEmails(endpoint: string): Promise<number> {
  const store = (await (await fetch(`${endpoint}/store`)).json()) as { emails: unknown[] };
  return store.emails.length;
}

/** Plain SendEmail to the stand-in, one after another: how fast it can accept mail at all. */
async function rawSendRate(endpoint: string, count: number): Promise<number> {
  const client = new SESv2Client({ region: 'ap-southeast-3', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: 'bench@ekinerja.kendarikota.go.id',
          Destination: { ToAddresses: [`p${i}@bench.kendarikota.go.id`] },
          Content: { Simple: { Subject: { Data: 'Bench' }, Body: { Text: { Data: 'Bench' } } } },
        }),
      );
    }
    return count / ((performance.now() - start) / 1000);
  } finally {
    client.destroy();
  }
}
