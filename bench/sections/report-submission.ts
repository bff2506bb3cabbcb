import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { claimsFor, httpEvent } from '../../events/http.ts';
import { handler as getMe } from '../../functions/http/get-me.ts';
import { handler as getReports } from '../../functions/http/get-reports.ts';
import { handler as postReport } from '../../functions/http/post-reports.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { indicatorTotalKey, periodKey, reportCountsKey, reportIdempotencyKey, reportKey, skpKey } from '../../shared/data/keys.ts';
import { lambdaContext } from '../../test/http.ts';
import type { ReportFixture } from '../lib/report-fixture.ts';
import type { RequestRecorder } from '../lib/requests.ts';
import { median, percentile } from '../lib/stats.ts';
import { ms, type Row } from '../lib/table.ts';

const TARGET_P50_RATIO = 1.3;

/**
 * The five ways one report can be written, timed side by side. The handler with an Idempotency-Key is what
 * the web form sends (web/src/screens/reports/reports-api.ts); the raw writes carry the same item.
 */
const VARIANTS = ['handler (as the form sends it)', 'handler without Idempotency-Key', 'raw PutCommand', 'raw TransactWrite: check + put', 'raw SKP read + TransactWrite: check + put + totals', 'raw SKP read + TransactWrite: check + put + totals + key'] as const;
type Variant = (typeof VARIANTS)[number];

export interface SubmissionFigures {
  readonly runs: number;
  readonly perRun: number;
  /** Per variant: median over runs of each run's p50 and p99. */
  readonly p50: Record<Variant, number>;
  readonly p99: Record<Variant, number>;
  /** Median over runs of (handler p50 ÷ raw Put p50), and so on. */
  readonly ratios: { handlerVsPut: number; handlerNoKeyVsPut: number; checkVsPut: number; handlerNoKeyVsTransact: number; handlerVsTransact: number; handlerP99VsPut: number };
  readonly perReport: PerCall;
  readonly reads: Record<string, PerCall>;
}

/**
 * In-process latency of POST /api/reports (the real handler, an API Gateway v2 event built by events/http.ts)
 * against raw writes of the same item, interleaved in rotating order so drift on a noisy machine hits all alike.
 */
export async function benchReportSubmission(fixture: ReportFixture, recorder: RequestRecorder, options: { runs: number; perRun: number; warmup: number }): Promise<{ rows: Row[]; figures: SubmissionFigures }> {
  let turn = 0;
  // Each variant prepares its input first (the event API Gateway would build, the item a raw write needs); only the send is timed.
  const prepare: Record<Variant, () => () => Promise<unknown>> = {
    'handler (as the form sends it)': () => handlerCall(fixture, turn++, true),
    'handler without Idempotency-Key': () => handlerCall(fixture, turn++, false),
    'raw PutCommand': () => rawPut(fixture, turn++),
    'raw TransactWrite: check + put': () => rawTransact(fixture, turn++, { totals: false, key: false }),
    'raw SKP read + TransactWrite: check + put + totals': () => rawTransact(fixture, turn++, { totals: true, key: false }),
    'raw SKP read + TransactWrite: check + put + totals + key': () => rawTransact(fixture, turn++, { totals: true, key: true }),
  };
  for (let i = 0; i < options.warmup; i++) for (const variant of VARIANTS) await prepare[variant]()();

  const perRun: Record<Variant, number[]>[] = [];
  for (let run = 0; run < options.runs; run++) {
    const samples = Object.fromEntries(VARIANTS.map((v) => [v, [] as number[]])) as Record<Variant, number[]>;
    for (let i = 0; i < options.perRun; i++) {
      for (let k = 0; k < VARIANTS.length; k++) {
        const variant = VARIANTS[(i + k) % VARIANTS.length]!;
        const send = prepare[variant]();
        const start = performance.now();
        await send();
        samples[variant].push(performance.now() - start);
      }
    }
    perRun.push(samples);
  }

  const figures = summarise(perRun, options, await perCall(recorder, 50, prepare['handler (as the form sends it)']));
  // The reads a report session also makes (the form loads its header and list), for the cost model.
  const nip = fixture.nips[1]!;
  figures.reads['GET /api/me'] = await perCall(recorder, 20, () => readCall(getMe, 'GET /api/me', '/api/me', nip));
  figures.reads['GET /api/reports'] = await perCall(recorder, 20, () => readCall(getReports, 'GET /api/reports', '/api/reports', nip, { period: fixture.period.periodId }));
  return { rows: rows(figures), figures };
}

export interface PerCall {
  readonly requests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
}

/** DynamoDB requests and capacity units per call, averaged over `calls` (untimed: capacity reporting is on). */
async function perCall(recorder: RequestRecorder, calls: number, prepare: () => () => Promise<unknown>): Promise<PerCall> {
  recorder.reset({ capacity: true });
  for (let i = 0; i < calls; i++) await prepare()();
  const snapshot = recorder.snapshot();
  recorder.reset();
  return { requests: snapshot.total / calls, readUnits: snapshot.readUnits / calls, writeUnits: snapshot.writeUnits / calls };
}

function readCall(handler: typeof getMe | typeof getReports, routeKey: string, path: string, nip: string, query?: Record<string, string>): () => Promise<void> {
  const event = httpEvent({ method: 'GET', path, routeKey, query, claims: claimsFor(nip) });
  return async () => {
    const response = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    if (response.statusCode !== 200) throw new Error(`${routeKey} answered ${response.statusCode}: ${response.body}`);
  };
}

function summarise(perRun: Record<Variant, number[]>[], options: { runs: number; perRun: number }, perReport: PerCall): SubmissionFigures {
  const p = (variant: Variant, q: number) => perRun.map((s) => percentile(s[variant], q));
  const ratio = (a: Variant, b: Variant, q = 50) => median(perRun.map((s) => percentile(s[a], q) / percentile(s[b], q)));
  return {
    runs: options.runs,
    perRun: options.perRun,
    p50: Object.fromEntries(VARIANTS.map((v) => [v, median(p(v, 50))])) as Record<Variant, number>,
    p99: Object.fromEntries(VARIANTS.map((v) => [v, median(p(v, 99))])) as Record<Variant, number>,
    ratios: {
      handlerVsPut: ratio('handler (as the form sends it)', 'raw PutCommand'),
      handlerNoKeyVsPut: ratio('handler without Idempotency-Key', 'raw PutCommand'),
      checkVsPut: ratio('raw TransactWrite: check + put', 'raw PutCommand'),
      handlerNoKeyVsTransact: ratio('handler without Idempotency-Key', 'raw SKP read + TransactWrite: check + put + totals'),
      handlerVsTransact: ratio('handler (as the form sends it)', 'raw SKP read + TransactWrite: check + put + totals + key'),
      handlerP99VsPut: ratio('handler (as the form sends it)', 'raw PutCommand', 99),
    },
    perReport,
    reads: {},
  };
}

function rows(f: SubmissionFigures): Row[] {
  const section = '1 report (in-process)';
  const put = `${ms(f.p50['raw PutCommand'])} raw Put`;
  return [
    { section, metric: 'POST /api/reports p50, as the form sends it', value: ms(f.p50['handler (as the form sends it)']), baseline: put, ratio: f.ratios.handlerVsPut },
    { section, metric: 'POST /api/reports p99, as the form sends it', value: ms(f.p99['handler (as the form sends it)']), baseline: `${ms(f.p99['raw PutCommand'])} raw Put`, ratio: f.ratios.handlerP99VsPut },
    { section, metric: 'POST /api/reports p50, no Idempotency-Key', value: ms(f.p50['handler without Idempotency-Key']), baseline: put, ratio: f.ratios.handlerNoKeyVsPut },
    { section, metric: 'cost of the period ConditionCheck (TransactWrite vs Put)', value: ms(f.p50['raw TransactWrite: check + put']), baseline: put, ratio: f.ratios.checkVsPut },
    { section, metric: 'handler overhead over its own I/O (SKP read + tx), no key', value: ms(f.p50['handler without Idempotency-Key']), baseline: `${ms(f.p50['raw SKP read + TransactWrite: check + put + totals'])} raw I/O`, ratio: f.ratios.handlerNoKeyVsTransact, target: `≤ ${TARGET_P50_RATIO}×`, over: f.ratios.handlerNoKeyVsTransact > TARGET_P50_RATIO },
    { section, metric: 'handler overhead over its own I/O (SKP read + tx), with key', value: ms(f.p50['handler (as the form sends it)']), baseline: `${ms(f.p50['raw SKP read + TransactWrite: check + put + totals + key'])} raw I/O`, ratio: f.ratios.handlerVsTransact, target: `≤ ${TARGET_P50_RATIO}×`, over: f.ratios.handlerVsTransact > TARGET_P50_RATIO },
    // The bound: one round trip more than the raw write at most (the approved-SKP read when an indicator is named).
    { section, metric: 'DynamoDB requests per report (capacity units)', value: f.perReport.requests.toFixed(2), baseline: `1 raw Put; ${f.perReport.writeUnits.toFixed(1)} WRU, ${f.perReport.readUnits.toFixed(1)} RRU`, ratio: f.perReport.requests, target: '≤ 2', over: f.perReport.requests > 2 },
  ];
}

function handlerCall(fixture: ReportFixture, turn: number, withKey: boolean): () => Promise<void> {
  const nip = fixture.nips[turn % fixture.nips.length]!;
  const event = httpEvent({
    method: 'POST',
    path: '/api/reports',
    routeKey: 'POST /api/reports',
    headers: { 'content-type': 'application/json', ...(withKey ? { 'idempotency-key': `bench-${turn}-${Date.now().toString(36)}` } : {}) },
    body: JSON.stringify(fixture.body()),
    claims: claimsFor(nip),
  });
  return async () => {
    const response = (await postReport(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    if (response.statusCode !== 201) throw new Error(`POST /api/reports answered ${response.statusCode}: ${response.body}`);
  };
}

function rawPut(fixture: ReportFixture, turn: number): () => Promise<unknown> {
  const nip = fixture.nips[turn % fixture.nips.length]!;
  const report = fixture.report(nip, fixture.body(), new Date());
  const command = new PutCommand({ TableName: tableName(), Item: { ...reportKey(nip, report.periodId, report.reportId), type: 'REPORT', ...report } });
  return () => db().send(command);
}

/**
 * The I/O a report with an indicator costs, with no validation, lookup or mapping around it: the approved-SKP read
 * (the indicator must be in it) and the transaction writeReportChanges sends (period check, the report, the two
 * running totals, the idempotency key).
 */
function rawTransact(fixture: ReportFixture, turn: number, options: { totals: boolean; key: boolean }): () => Promise<unknown> {
  const nip = fixture.nips[turn % fixture.nips.length]!;
  const report = fixture.report(nip, fixture.body(), new Date());
  const key = reportKey(nip, report.periodId, report.reportId);
  const table = tableName();
  const totals = [
    {
      Update: {
        TableName: table,
        Key: indicatorTotalKey(nip, report.periodId, report.indicatorId!),
        UpdateExpression: 'SET #type = :type, indicatorId = :indicator, periodId = :period ADD realization :realization, reports :one',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': 'INDICATOR_TOTAL', ':indicator': report.indicatorId, ':period': report.periodId, ':realization': report.realization, ':one': 1 },
      },
    },
    {
      Update: {
        TableName: table,
        Key: reportCountsKey(nip, report.periodId),
        UpdateExpression: 'SET #type = :type, nip = :nip, periodId = :period, lastReportedAt = :at ADD reports :one, unverified :one',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': 'REPORT_COUNTS', ':nip': nip, ':period': report.periodId, ':at': report.createdAt, ':one': 1 },
      },
    },
  ];
  const command = new TransactWriteCommand({
    TransactItems: [
      {
        ConditionCheck: {
          TableName: table,
          Key: periodKey(report.periodId),
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':open': 'OPEN' },
        },
      },
      { Put: { TableName: table, Item: { ...key, type: 'REPORT', ...report }, ConditionExpression: 'attribute_not_exists(PK)' } },
      ...(options.totals ? totals : []),
      ...(options.key
        ? [
            {
              Put: {
                TableName: table,
                Item: { ...reportIdempotencyKey(nip, `raw-${turn}`), type: 'IDEMPOTENCY', reports: [key], expiresAt: Math.floor(Date.now() / 1000) + 7 * 86_400 },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ]
        : []),
    ],
  });
  const planRead = new GetCommand({ TableName: table, Key: skpKey(nip, Number(report.date.slice(0, 4))), ConsistentRead: true });
  return async () => {
    if (options.totals) await db().send(planRead);
    return db().send(command);
  };
}
