import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Result } from '../domain/result.ts';
import { getAll, putAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { resultKey, unitResultSk, unitRosterPk } from './keys.ts';
import { queryAll } from './pagination.ts';

export function resultItem(result: Result) {
  return {
    ...resultKey(result.nip, result.periodId),
    type: 'RESULT',
    GSI1PK: unitRosterPk(result.periodId, result.unitId),
    GSI1SK: unitResultSk(result.predikat, result.nip),
    ...result,
  };
}

/** Writes a unit's results in batches. Scoring is deterministic, so writing the same results again changes nothing. */
export async function putResults(results: readonly Result[]): Promise<void> {
  await putAll(results.map(resultItem));
}

export async function getResults(nips: readonly string[], periodId: string): Promise<Map<string, Result>> {
  const items = await getAll(nips.map((nip) => resultKey(nip, periodId)));
  return new Map(items.map((item) => [item.nip as string, withoutKeys<Result>(item)]));
}

/** An employee's results, newest period first (for their own view and for repeated-failure checks). */
export async function listResultsOf(nip: string, limit = 24): Promise<Result[]> {
  const { Items } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': resultKey(nip, '').PK, ':prefix': 'RESULT#' },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (Items ?? []).map((item) => withoutKeys<Result>(item));
}

export async function listUnitResults(periodId: string, unitId: string): Promise<Result[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
    ExpressionAttributeValues: { ':pk': unitRosterPk(periodId, unitId), ':prefix': 'RESULT#' },
  });
  return items.map((item) => withoutKeys<Result>(item));
}
