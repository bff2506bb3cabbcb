import { resolve } from 'node:path';
import { buildWeb } from '../../web/build.ts';
import { ensureTable, startDynamoLocal, type RunningDynamo } from './dynamo.ts';
import { startSesLocal, type RunningSes } from './ses.ts';
import { seedDemoData } from './seed.ts';
import { seedClosedHistory } from './seed-history.ts';
import { startLocalSystem, type LocalSystem } from './system.ts';

/**
 * `npm start`: the whole system on this machine with no AWS account. DynamoDB Local keeps its data
 * in .data/, so a restart loses nothing; Ctrl-C stops everything, java included.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
// Links in emails (the piagam's QR code, the nudge's form link) point at this machine, not production.
process.env.PUBLIC_BASE_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const ports = {
  api: Number(process.env.PORT ?? 3000),
  dynamo: Number(process.env.DYNAMODB_PORT ?? 8000),
  ses: Number(process.env.SES_PORT ?? 8005),
};
const tableName = process.env.TABLE_NAME ?? 'ekinerja-local';
const started = Date.now();
const step = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

let dynamo: RunningDynamo | undefined;
let ses: RunningSes | undefined;
let system: LocalSystem | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nMenghentikan e-Kinerja lokal…');
  await system?.stop().catch(() => undefined);
  await ses?.stop().catch(() => undefined);
  await dynamo?.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  step(`starting DynamoDB Local on port ${ports.dynamo} (data in ${dataDir}/dynamodb)`);
  dynamo = await startDynamoLocal({ port: ports.dynamo, dataDir: resolve(dataDir, 'dynamodb') });
  step(`starting the SES stand-in on port ${ports.ses}`);
  ses = await startSesLocal({ port: ports.ses });
  step('building the web form');
  const webDir = await buildWeb();
  const created = await ensureTable(dynamo.endpoint, tableName);
  step(created ? `created table ${tableName}` : `table ${tableName} already there`);

  let identities: readonly string[] = [];
  system = await startLocalSystem({
    port: ports.api,
    tableName,
    dynamoEndpoint: dynamo.endpoint,
    sesEndpoint: ses.endpoint,
    webDir,
    dataDir,
    // Paused until the demo history is written: it holds past periods OPEN a few seconds, which a close would pick up.
    schedules: 'paused',
    demoIdentities: () => identities,
  });
  const { seeded, org } = await seedDemoData(new Date(), { kind: 'BULANAN', graceDays: 5 });
  identities = org.identities;
  step(seeded ? `seeded ${org.units.length} OPD and ${org.employees.length} employees` : 'demo data already present');

  console.log(`
e-Kinerja Kendari is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  Form (web):     ${system.url}/
  API health:     ${system.url}/api/health
  Mail viewer:    ${ses.endpoint.replace('127.0.0.1', 'localhost')}/
  DynamoDB Local: ${dynamo.endpoint} (table ${tableName})
  Schedules (WITA, next run in UTC): ${JSON.stringify(system.nextScheduleRuns())}
Press Ctrl-C to stop.`);
  if (seeded) {
    // A few closed periods for the transparency page and the reports; written after the start so it stays quick.
    seedClosedHistory(org, new Date(), { kind: 'BULANAN', graceDays: 5 })
      .then(
        (closed) => console.log(`Demo history closed: ${closed.join(', ')} (see ${system?.url}/transparansi.html)`),
        (error: unknown) => console.error(`Demo history not seeded: ${(error as Error).message}`),
      )
      .finally(() => system?.resumeSchedules());
  } else {
    system.resumeSchedules();
  }
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`);
  console.error('A port may be in use: set PORT, DYNAMODB_PORT or SES_PORT.');
  await stop(1);
}
