import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { encodeTime } from 'ulid';
import type { ActivityReport } from '../domain/report.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, withoutKeys } from './item.ts';
import { employeeKey, periodKey, reportIdempotencyKey, reportKey, reportsOfPeriodPrefix, type Key } from './keys.ts';
import { queryAll, queryPage, type Page, type PageRequest } from './pagination.ts';

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

export type ReportWrite = { outcome: 'CREATED' } | { outcome: 'PERIOD_NOT_OPEN' } | { outcome: 'REPEATED'; report: ActivityReport };

const IDEMPOTENCY_DAYS = 7;

/**
 * Writes a new report only while its period is OPEN, in one transaction: a report can never slip into a
 * period that a close has already started. With an idempotency key (a draft re-sent after a dropped
 * connection) the key is claimed in the same transaction, so a repeat returns the report already stored.
 */
export async function putReportInOpenPeriod(report: ActivityReport, idempotencyKey?: string): Promise<ReportWrite> {
  const key = reportKey(report.nip, report.periodId, report.reportId);
  const claim = idempotencyKey ? reportIdempotencyKey(report.nip, idempotencyKey) : undefined;
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
          { Put: { TableName: tableName(), Item: { ...key, type: 'REPORT', ...report }, ConditionExpression: 'attribute_not_exists(PK)' } },
          ...(claim
            ? [
                {
                  Put: {
                    TableName: tableName(),
                    Item: { ...claim, type: 'IDEMPOTENCY', report: key, expiresAt: Math.floor(Date.parse(report.createdAt) / 1000) + IDEMPOTENCY_DAYS * 86_400 },
                    ConditionExpression: 'attribute_not_exists(PK)',
                  },
                },
              ]
            : []),
        ],
      }),
    );
    return { outcome: 'CREATED' };
  } catch (error) {
    if (claim && isCancelledBy(error, 2)) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: claim, ConsistentRead: true }));
      const original = Item && (await db().send(new GetCommand({ TableName: tableName(), Key: Item.report as Key, ConsistentRead: true }))).Item;
      if (original) return { outcome: 'REPEATED', report: withoutKeys<ActivityReport>(original) };
    }
    if (isCancelledBy(error, 0)) return { outcome: 'PERIOD_NOT_OPEN' };
    throw error;
  }
}

export async function getReport(nip: string, periodId: string, reportId: string): Promise<ActivityReport | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: reportKey(nip, periodId, reportId), ConsistentRead: true }));
  return Item ? withoutKeys<ActivityReport>(Item) : undefined;
}

/** Records the supervisor's verdict on an existing report (never creates one). */
export async function setReportVerification(report: ActivityReport, verification: Required<Pick<ActivityReport, 'status'>> & Pick<ActivityReport, 'verifiedBy' | 'verifiedAt' | 'verificationNote'>): Promise<ActivityReport> {
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: reportKey(report.nip, report.periodId, report.reportId),
      UpdateExpression: 'SET #status = :status, verifiedBy = :by, verifiedAt = :at, verificationNote = :note',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': verification.status, ':by': verification.verifiedBy, ':at': verification.verifiedAt, ':note': verification.verificationNote ?? null },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return withoutKeys<ActivityReport>(Attributes!);
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

/** Whether an employee reported anything in a period: one item read at most. */
export async function hasReportsInPeriod(nip: string, periodId: string): Promise<boolean> {
  const { Count } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':prefix': reportsOfPeriodPrefix(periodId) },
      Limit: 1,
      ProjectionExpression: 'PK',
    }),
  );
  return (Count ?? 0) > 0;
}

/** Whether an employee has entered any report in a period since an instant (report ids are ULIDs: time-ordered). */
export async function hasReportedSince(nip: string, periodId: string, since: Date): Promise<boolean> {
  const { Count } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':from': `${reportsOfPeriodPrefix(periodId)}${encodeTime(since.getTime(), 10)}`, ':to': `${reportsOfPeriodPrefix(periodId)}\uffff` },
      Limit: 1,
      ProjectionExpression: 'PK',
    }),
  );
  return (Count ?? 0) > 0;
}
