import { ensureTable, startDynamoLocal, type RunningDynamo } from '../../infra/local/dynamo.ts';
import { freePort } from '../../infra/local/ports.ts';
import { startSesLocal, type RunningSes } from '../../infra/local/ses.ts';
import { reloadConfig } from '../../shared/config/env.ts';

export interface BenchServices {
  readonly dynamoEndpoint: string;
  readonly sesEndpoint: string;
  stop(): Promise<void>;
}

/**
 * The SDK warns each time more than 50 requests wait for a socket. The close drives more than that on purpose
 * (its own fan-out), so the warning says nothing the request counts do not, and it would bury the table.
 */
export function quietSocketWarnings(): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('@smithy/node-http-handler:WARN - socket usage at capacity')) return;
    warn(...args);
  };
}

/**
 * One DynamoDB Local (in memory, java) and one SES stand-in on free loopback ports, for the whole run.
 * `stop` is idempotent and also runs on Ctrl-C, so no java process outlives the bench.
 */
export async function startBenchServices(): Promise<BenchServices> {
  let dynamo: RunningDynamo | undefined;
  let ses: RunningSes | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= Promise.all([dynamo?.stop(), ses?.stop()]).then(() => undefined));
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    ses = await startSesLocal({ port: await freePort() });
    dynamo = await startDynamoWithRetry();
  } catch (error) {
    await stop();
    throw error;
  }
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.SES_ENDPOINT = ses.endpoint;
  return {
    dynamoEndpoint: dynamo.endpoint,
    sesEndpoint: ses.endpoint,
    stop: async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await stop();
    },
  };
}

/** Java can take longer than infra's 30 s to answer on a machine this busy; one more try before giving up. */
async function startDynamoWithRetry(): Promise<RunningDynamo> {
  try {
    return await startDynamoLocal({ port: await freePort() });
  } catch {
    return startDynamoLocal({ port: await freePort() });
  }
}

let tables = 0;

/**
 * A fresh table for one section, so sections cannot see each other's items, and the process's
 * configuration pointed at it. The document client is built once per process from the endpoint only,
 * so switching tables is just the TABLE_NAME that repositories read through config().
 */
export async function useFreshTable(dynamoEndpoint: string, label: string): Promise<string> {
  const tableName = `bench-${label}-${Date.now().toString(36)}-${(tables++).toString(36)}`;
  await ensureTable(dynamoEndpoint, tableName);
  process.env.TABLE_NAME = tableName;
  reloadConfig();
  return tableName;
}
