import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSystem, type LocalSystem, type LocalSystemOptions } from '../infra/local/system.ts';

/**
 * The local runtime on a free port, over this test file's own table (test/integration-setup.ts),
 * with schedules off: tests fire them on demand. Its event bus is where closes and notices run.
 */
export function startTestSystem(options: Partial<LocalSystemOptions> = {}): Promise<LocalSystem> {
  return startLocalSystem({
    port: 0,
    tableName: process.env.TABLE_NAME!,
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT!,
    sesEndpoint: process.env.SES_ENDPOINT!,
    webDir: mkdtempSync(join(tmpdir(), 'ekinerja-web-test-')),
    schedules: false,
    demoIdentities: () => [],
    ...options,
  });
}
