import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ActivityReport } from '../domain/report.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, withoutKeys } from './item.ts';
import { employeeKey, periodKey, reportKey, reportsOfPeriodPrefix } from './keys.ts';
import { queryAll, queryPage, type Page, type PageRequest } from './pagination.ts';

export async function putNewReport(report: ActivityReport): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...reportKey(report.nip, report.periodId, report.reportId), type: 'REPORT', ...report },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/** An employee's reports in one period, newest first (report ids are ULIDs, which sort by time). */
export function listReportsForPeriod(nip: string, periodId: string, page: PageRequest = {}): Promise<Page<ActivityReport>> {
  const partitionValue = employeeKey(nip).PK;
  return queryPage(
    {
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partitionValue, ':prefix': reportsOfPeriodPrefix(periodId) },
      ScanIndexForward: false,
      partitionAttribute: 'PK',
      partitionValue,
    },
    page,
    (item) => withoutKeys<ActivityReport>(item),
  );
}

/**
 * Writes a new report only while its period is OPEN, in one transaction: a report can never
 * slip into a period that a close has already started. Returns false when the period was not open.
 */
export async function putReportInOpenPeriod(report: ActivityReport): Promise<boolean> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: tableName(),
              Key: periodKey(report.periodId),
              ConditionExpression: '#status = :open',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':open': 'OPEN' },
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...reportKey(report.nip, report.periodId, report.reportId), type: 'REPORT', ...report },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isCancelledBy(error, 0)) return false;
    throw error;
  }
}

/**
 * Every report of an employee in a period, or in a whole year for the annual evaluation
 * (periodic ids all start with the year), for achievements. Bounded: one person.
 */
export async function listAllReports(nip: string, scope: { periodId: string } | { year: number }): Promise<ActivityReport[]> {
  const prefix = 'periodId' in scope ? reportsOfPeriodPrefix(scope.periodId) : `REPORT#${scope.year}-`;
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':prefix': prefix },
  });
  return items.map((item) => withoutKeys<ActivityReport>(item));
}
