import * as dynamodb from '@aws-sdk/client-dynamodb';
import { readFileSync } from 'node:fs';
import { localClient } from '../../infra/local/dynamo.ts';
import type { RecordedRequest } from '../lib/requests.ts';
import { inPool } from '../lib/stats.ts';

type CommandClass = new (input: Record<string, unknown>) => Parameters<dynamodb.DynamoDBClient['send']>[0];

/**
 * The close's raw-I/O floor: the very requests it sent (same kinds, same keys, same batch sizes, already
 * marshalled), replayed in order with no logic between them, `width` at a time. Conditional writes that
 * fail the second time still cost the round trip, so they count the same; the failures are reported.
 */
export async function replayRequests(logFile: string, endpoint: string, width: number): Promise<{ ms: number; failures: number }> {
  // Read and parsed before the clock starts: the replay times the requests, not the bench's log.
  const requests = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedRequest);
  const client = localClient(endpoint);
  const commands = dynamodb as unknown as Record<string, CommandClass>;
  let failures = 0;
  try {
    const start = performance.now();
    await inPool(requests, width, async ({ command, input }) => {
      const Command = commands[command];
      if (!Command) throw new Error(`No DynamoDB command named ${command} to replay`);
      await client.send(new Command(input)).catch(() => failures++);
    });
    return { ms: performance.now() - start, failures };
  } finally {
    client.destroy();
  }
}
