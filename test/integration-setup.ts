import { inject } from 'vitest';
import { ensureTable } from '../infra/local/dynamo.ts';

/**
 * Runs before each integration/browser test file: a fresh table of its own on the shared
 * DynamoDB Local, and the real SDK clients pointed at the local endpoints through config.
 */
const tableName = `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
process.env.TABLE_NAME = tableName;
process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
process.env.SES_ENDPOINT = inject('sesEndpoint');
await ensureTable(inject('dynamoEndpoint'), tableName);
