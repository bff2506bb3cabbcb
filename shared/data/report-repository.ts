import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { encodeTime } from 'ulid';
import type { ActivityReport } from '../domain/report.ts';
import { rollupDeltas, type CountDelta, type IndicatorDelta, type ReportChange } from '../domain/report-rollup.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, isTransactionConflict, withoutKeys } from './item.ts';
import { employeeKey, indicatorTotalKey, periodKey, reportCountsKey, reportIdempotencyKey, reportKey, reportsOfPeriodPrefix, type Key } from './keys.ts';
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

export type ReportWrite =
  | { outcome: 'WRITTEN' }
  | { outcome: 'PERIOD_NOT_OPEN'; periodId: string }
  | { outcome: 'CHANGED_MEANWHILE'; reportId: string }
  | { outcome: 'TOO_LARGE'; items: number }
  | { outcome: 'REPEATED'; reports: ActivityReport[] };

const IDEMPOTENCY_DAYS = 7;
/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Applies report changes (new, corrected, verified, returned, withdrawn) and the totals kept beside them
 * in ONE transaction, so the totals never drift from the reports and nothing lands in a period that is not
 * OPEN. Each change of an existing report is conditional on the version and status it was read with.
 * With an idempotency key (a draft re-sent after a dropped connection) the key is claimed in the same
 * transaction, and a repeat returns the reports already stored instead of writing twice.
 */
export async function writeReportChanges(changes: readonly ReportChange[], idempotencyKey?: { nip: string; key: string; createdAt: string }): Promise<ReportWrite> {
  const periodIds = [...new Set(changes.map((c) => (c.after ?? c.before)!.periodId))];
  const reportWrites = changes.map(reportWrite);
  const totals = rollupDeltas(changes);
  const claim = idempotencyKey ? reportIdempotencyKey(idempotencyKey.nip, idempotencyKey.key) : undefined;
  const claimed = changes.flatMap((c) => (c.after ? [reportKey(c.after.nip, c.after.periodId, c.after.reportId)] : []));
  const items = [
    ...periodIds.map((periodId) => ({
      ConditionCheck: {
        TableName: tableName(),
        Key: periodKey(periodId),
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'OPEN' },
      },
    })),
    ...reportWrites,
    ...totals.indicators.map(indicatorTotalUpdate),
    ...totals.counts.map(reportCountsUpdate),
    ...(claim
      ? [{ Put: { TableName: tableName(), Item: { ...claim, type: 'IDEMPOTENCY', reports: claimed, expiresAt: Math.floor(Date.parse(idempotencyKey!.createdAt) / 1000) + IDEMPOTENCY_DAYS * 86_400 }, ConditionExpression: 'attribute_not_exists(PK)' } }]
      : []),
  ];
  if (items.length > MAX_TRANSACTION_ITEMS) return { outcome: 'TOO_LARGE', items: items.length };
  try {
    await sendRetryingConflicts(new TransactWriteCommand({ TransactItems: items }));
    return { outcome: 'WRITTEN' };
  } catch (error) {
    if (claim && isCancelledBy(error, items.length - 1)) {
      const repeated = await reportsOfClaim(claim);
      if (repeated) return { outcome: 'REPEATED', reports: repeated };
    }
    const closed = periodIds.findIndex((_, index) => isCancelledBy(error, index));
    if (closed >= 0) return { outcome: 'PERIOD_NOT_OPEN', periodId: periodIds[closed]! };
    const changed = changes.findIndex((_, index) => isCancelledBy(error, periodIds.length + index));
    if (changed >= 0) return { outcome: 'CHANGED_MEANWHILE', reportId: (changes[changed]!.after ?? changes[changed]!.before)!.reportId };
    throw error;
  }
}

const CONFLICT_ATTEMPTS = 6;

/**
 * Two transactions touching the same running total at once (a person's reports sent from two tabs, a supervisor
 * verifying while the employee corrects) cancel one with TransactionConflict, which the SDK does not retry.
 * Nothing of a cancelled transaction was written, so it is simply sent again after a short, jittered wait.
 */
async function sendRetryingConflicts(command: TransactWriteCommand): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(command);
      return;
    } catch (error) {
      if (!isTransactionConflict(error) || attempt >= CONFLICT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

/** A new report must not exist yet; a changed or withdrawn one must still be as it was read. */
function reportWrite({ before, after }: ReportChange) {
  const unchanged = before
    ? {
        ConditionExpression: before.version === undefined ? 'attribute_exists(PK) AND attribute_not_exists(version) AND #status = :status' : 'version = :version AND #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': before.status, ...(before.version === undefined ? {} : { ':version': before.version }) },
      }
    : { ConditionExpression: 'attribute_not_exists(PK)' };
  if (!after) return { Delete: { TableName: tableName(), Key: reportKey(before!.nip, before!.periodId, before!.reportId), ...unchanged } };
  return { Put: { TableName: tableName(), Item: { ...reportKey(after.nip, after.periodId, after.reportId), type: 'REPORT', ...after }, ...unchanged } };
}

function indicatorTotalUpdate(delta: IndicatorDelta) {
  return {
    Update: {
      TableName: tableName(),
      Key: indicatorTotalKey(delta.nip, delta.periodId, delta.indicatorId),
      UpdateExpression: 'SET #type = :type, indicatorId = :indicator, periodId = :period ADD realization :realization, reports :reports',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':type': 'INDICATOR_TOTAL', ':indicator': delta.indicatorId, ':period': delta.periodId, ':realization': delta.realization, ':reports': delta.reports },
    },
  };
}

function reportCountsUpdate(delta: CountDelta) {
  const latest = delta.lastReportedAt === undefined ? '' : ', lastReportedAt = :latest';
  return {
    Update: {
      TableName: tableName(),
      Key: reportCountsKey(delta.nip, delta.periodId),
      UpdateExpression: `SET #type = :type, nip = :nip, periodId = :period${latest} ADD reports :reports, unverified :unverified, #returned :returned`,
      ExpressionAttributeNames: { '#type': 'type', '#returned': 'returned' },
      ExpressionAttributeValues: {
        ':type': 'REPORT_COUNTS',
        ':nip': delta.nip,
        ':period': delta.periodId,
        ':reports': delta.reports,
        ':unverified': delta.unverified,
        ':returned': delta.returned,
        ...(delta.lastReportedAt === undefined ? {} : { ':latest': delta.lastReportedAt }),
      },
    },
  };
}

async function reportsOfClaim(claim: Key): Promise<ActivityReport[] | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: claim, ConsistentRead: true }));
  // Claims written before batches existed point at one report.
  const keys = (Item?.reports ?? (Item?.report ? [Item.report] : undefined)) as Key[] | undefined;
  if (!keys) return undefined;
  const found = await Promise.all(keys.map(async (key) => (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item));
  return found.flatMap((item) => (item ? [withoutKeys<ActivityReport>(item)] : []));
}

/** One new report (the seed and the benchmarks' baseline use this directly). */
export function putReportInOpenPeriod(report: ActivityReport, idempotencyKey?: string): Promise<ReportWrite> {
  return writeReportChanges([{ after: report }], idempotencyKey ? { nip: report.nip, key: idempotencyKey, createdAt: report.createdAt } : undefined);
}

export async function getReport(nip: string, periodId: string, reportId: string): Promise<ActivityReport | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: reportKey(nip, periodId, reportId), ConsistentRead: true }));
  return Item ? withoutKeys<ActivityReport>(Item) : undefined;
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

/** An employee's reports in a period still awaiting the supervisor's verdict (DIAJUKAN). Bounded: one person, one period. */
export async function listReportsAwaitingVerification(nip: string, periodId: string): Promise<ActivityReport[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    FilterExpression: '#status = :submitted',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':prefix': reportsOfPeriodPrefix(periodId), ':submitted': 'DIAJUKAN' },
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

/** Whether an employee entered a report in a period during [from, to) (by the report id's ULID time): one item read at most. */
export async function hasReportedBetween(nip: string, periodId: string, from: Date, to: Date): Promise<boolean> {
  const { Count } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': employeeKey(nip).PK,
        ':from': `${reportsOfPeriodPrefix(periodId)}${encodeTime(from.getTime(), 10)}`,
        // The last id of the millisecond before `to`: every ULID of that time sorts at or below it.
        ':to': `${reportsOfPeriodPrefix(periodId)}${encodeTime(to.getTime() - 1, 10)}\uffff`,
      },
      Limit: 1,
      ProjectionExpression: 'PK',
    }),
  );
  return (Count ?? 0) > 0;
}
