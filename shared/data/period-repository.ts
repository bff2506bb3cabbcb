import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Period } from '../domain/period.ts';
import type { IsoDate } from '../domain/time.ts';
import { Conflict } from '../domain/errors.ts';
import { db, tableName } from './client.ts';
import { isConditionalCheckFailure, withoutKeys } from './item.ts';
import { ALL_PERIODS, periodByEndSk, periodKey } from './keys.ts';
import { queryAll } from './pagination.ts';

export function periodItem(period: Period) {
  return { ...periodKey(period.periodId), type: 'PERIOD', GSI1PK: ALL_PERIODS, GSI1SK: periodByEndSk(period.endsOn, period.periodId), ...period };
}

export async function createPeriod(period: Period): Promise<void> {
  try {
    await db().send(
      new PutCommand({ TableName: tableName(), Item: periodItem(period), ConditionExpression: 'attribute_not_exists(PK)' }),
    );
  } catch (error) {
    if (isConditionalCheckFailure(error)) throw new Conflict(`Periode ${period.periodId} sudah ada.`, { periodId: period.periodId });
    throw error;
  }
}

export async function getPeriod(periodId: string): Promise<Period | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: periodKey(periodId) }));
  return Item ? withoutKeys<Period>(Item) : undefined;
}

/**
 * Periods that may contain `date`: those ending on or after it, earliest end first.
 * A year holds at most 17 periods (12 + 4 + 1), so a small page always reaches the ones that start before the date.
 */
export async function listPeriodsEndingOnOrAfter(date: IsoDate, limit = 20): Promise<Period[]> {
  const { Items } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK >= :from',
      ExpressionAttributeValues: { ':pk': ALL_PERIODS, ':from': date },
      Limit: limit,
    }),
  );
  return (Items ?? []).map((item) => withoutKeys<Period>(item));
}

/** The periods of a year, by end date: every period ends inside its own year, so this is one range on GSI1. At most 17. */
export async function listPeriodsOfYear(year: number): Promise<Period[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': ALL_PERIODS, ':from': `${year}-01-01`, ':to': `${year}-12-31#\uffff` },
  });
  return items.map((item) => withoutKeys<Period>(item));
}
