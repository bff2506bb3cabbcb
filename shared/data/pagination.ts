import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { Invalid } from '../domain/errors.ts';
import { db } from './client.ts';

export interface Page<T> {
  readonly items: T[];
  /** Opaque; pass back as `cursor` for the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

export const MAX_PAGE_SIZE = 100;

/**
 * One page of a Query (never a Scan). The cursor is the LastEvaluatedKey, base64url-encoded;
 * a cursor that does not belong to this query's partition is refused instead of reaching DynamoDB.
 */
export async function queryPage<T>(
  input: QueryCommandInput & { partitionAttribute: string; partitionValue: string },
  page: PageRequest,
  toItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { partitionAttribute, partitionValue, ...query } = input;
  const exclusiveStartKey = page.cursor ? decodeCursor(page.cursor, partitionAttribute, partitionValue) : undefined;
  const result = await db().send(
    new QueryCommand({ ...query, Limit: Math.min(page.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE), ExclusiveStartKey: exclusiveStartKey }),
  );
  const items = (result.Items ?? []).map(toItem);
  return result.LastEvaluatedKey ? { items, nextCursor: encodeCursor(result.LastEvaluatedKey) } : { items };
}

/** Every item of a Query, page by page: for bounded partitions (a team, a period's reports). */
export async function queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const result = await db().send(new QueryCommand({ ...input, ExclusiveStartKey: exclusiveStartKey }));
    items.push(...(result.Items ?? []));
    exclusiveStartKey = result.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return items;
}

function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, partitionAttribute: string, partitionValue: string): Record<string, string> {
  const invalid = new Invalid('Parameter cursor tidak sah; muat ulang daftar dari halaman pertama.', { field: 'cursor' });
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid;
  const entries = Object.entries(key);
  if (entries.length > 6 || entries.some(([, value]) => typeof value !== 'string')) throw invalid;
  const record = Object.fromEntries(entries) as Record<string, string>;
  if (record[partitionAttribute] !== partitionValue) throw invalid;
  return record;
}

/** Follows a paginated repository function to the end: for small, bounded sets such as one supervisor's team. */
export async function queryAllPages<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage({ cursor, limit: MAX_PAGE_SIZE });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
