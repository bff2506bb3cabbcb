import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSystem } from '../../infra/local/system.ts';
import type { ReportFixture } from '../lib/report-fixture.ts';
import type { BenchServices } from '../lib/services.ts';
import { median, percentile } from '../lib/stats.ts';
import { ms, type Row } from '../lib/table.ts';

export interface HttpFigures {
  readonly runs: number;
  readonly perRun: number;
  readonly p50: Record<Target, number>;
  readonly p99: Record<Target, number>;
  readonly reportVsBare: number;
  readonly healthVsBare: number;
}

type Target = 'bare server, fixed JSON' | 'local GET /api/health' | 'local POST /api/reports';
const TARGETS: readonly Target[] = ['bare server, fixed JSON', 'local GET /api/health', 'local POST /api/reports'];

/**
 * The same requests over loopback HTTP with one kept-alive connection: to the local runtime
 * (infra/local/system.ts: JWT check, API Gateway v2 event, the manifest's handler) and to a bare Node server
 * that answers a fixed JSON at once, which is the floor for Node's HTTP on this machine.
 */
export async function benchReportHttp(services: BenchServices, fixture: ReportFixture, options: { runs: number; perRun: number; warmup: number }): Promise<{ rows: Row[]; figures: HttpFigures }> {
  const webDir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const system = await startLocalSystem({
    port: 0,
    tableName: process.env.TABLE_NAME!,
    dynamoEndpoint: services.dynamoEndpoint,
    sesEndpoint: services.sesEndpoint,
    webDir,
    schedules: false,
    demoIdentities: () => [],
  });
  const bare = await startBareServer();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const nip = fixture.nips[0]!;
    const token = await send(agent, `${system.url}/api/dev/token`, 'POST', {}, JSON.stringify({ nip }));
    const authorization = `Bearer ${(JSON.parse(token.body) as { token: string }).token}`;
    let turn = 0;
    const call: Record<Target, () => Promise<unknown>> = {
      'bare server, fixed JSON': () => send(agent, bare.url, 'POST', { 'content-type': 'application/json' }, JSON.stringify(fixture.body())),
      'local GET /api/health': () => send(agent, `${system.url}/api/health`, 'GET', {}),
      'local POST /api/reports': () =>
        send(agent, `${system.url}/api/reports`, 'POST', { 'content-type': 'application/json', authorization, 'idempotency-key': `http-${turn++}-${Date.now().toString(36)}` }, JSON.stringify(fixture.body())),
    };
    for (let i = 0; i < options.warmup; i++) for (const target of TARGETS) await call[target]();

    const perRun: Record<Target, number[]>[] = [];
    for (let run = 0; run < options.runs; run++) {
      const samples = Object.fromEntries(TARGETS.map((t) => [t, [] as number[]])) as Record<Target, number[]>;
      for (let i = 0; i < options.perRun; i++) {
        for (let k = 0; k < TARGETS.length; k++) {
          const target = TARGETS[(i + k) % TARGETS.length]!;
          const start = performance.now();
          await call[target]();
          samples[target].push(performance.now() - start);
        }
      }
      perRun.push(samples);
    }
    const p = (target: Target, q: number) => median(perRun.map((s) => percentile(s[target], q)));
    const ratio = (a: Target, b: Target) => median(perRun.map((s) => percentile(s[a], 50) / percentile(s[b], 50)));
    const figures: HttpFigures = {
      runs: options.runs,
      perRun: options.perRun,
      p50: Object.fromEntries(TARGETS.map((t) => [t, p(t, 50)])) as Record<Target, number>,
      p99: Object.fromEntries(TARGETS.map((t) => [t, p(t, 99)])) as Record<Target, number>,
      reportVsBare: ratio('local POST /api/reports', 'bare server, fixed JSON'),
      healthVsBare: ratio('local GET /api/health', 'bare server, fixed JSON'),
    };
    return { rows: rows(figures), figures };
  } finally {
    agent.destroy();
    await bare.stop();
    await system.stop();
    rmSync(webDir, { recursive: true, force: true });
  }
}

function rows(f: HttpFigures): Row[] {
  const section = '1 report (HTTP)';
  const bare = (q: 'p50' | 'p99') => `${ms(f[q]['bare server, fixed JSON'])} bare`;
  return [
    { section, metric: 'POST /api/reports via local server p50', value: ms(f.p50['local POST /api/reports']), baseline: bare('p50'), ratio: f.reportVsBare },
    { section, metric: 'POST /api/reports via local server p99', value: ms(f.p99['local POST /api/reports']), baseline: bare('p99') },
    { section, metric: 'GET /api/health via local server p50 (no I/O)', value: ms(f.p50['local GET /api/health']), baseline: bare('p50'), ratio: f.healthVsBare },
  ];
}

async function startBareServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const answer = JSON.stringify({ reportId: '01JBENCH0000000000000000000', status: 'DIAJUKAN', periodId: '2026-11', date: '2026-11-30', createdAt: new Date().toISOString() });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(agent: Agent, url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        if (status !== 200 && status !== 201) reject(new Error(`${method} ${url} answered ${status}: ${text.slice(0, 300)}`));
        else resolve({ status, headers: res.headers, body: text });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
