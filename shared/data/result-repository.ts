import { QueryCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Assessment } from '../domain/assessment.ts';
import type { Result } from '../domain/result.ts';
import { assessmentItem } from './assessment-repository.ts';
import { auditItem, putVersionedWithAudit, type AuditEntry } from './audit.ts';
import { rewriteUnitMarkerItem } from './close-repository.ts';
import { resultOutboxItem, resultScoredDetail } from './outbox-repository.ts';
import { getAll, putAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, isTransactionConflict, withoutKeys } from './item.ts';
import { resultKey, unitResultSk, unitRosterPk } from './keys.ts';
import { queryAll, queryPage, type Page, type PageRequest } from './pagination.ts';

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

export interface LateResult {
  /** The assessment as finalised, and the version it had when read. */
  readonly assessment: Assessment;
  readonly previousVersion: number;
  readonly result: Result;
  /** The unit's marker with this person moved out of BELUM_DINILAI, and that count as it was read. */
  readonly unit: { readonly counts: Readonly<Record<string, number>>; readonly curveWarnings: readonly string[]; readonly topPerformers: number; readonly notAssessedBefore: number };
  readonly audit: Omit<AuditEntry, 'before' | 'after'> & { readonly before: { readonly assessment: Assessment; readonly result: Result } };
}

/** RECORDED; SUPERSEDED: the assessment or the result changed since read; UNIT_CHANGED: another late result moved the unit's counts first. */
export type LateResultOutcome = 'RECORDED' | 'SUPERSEDED' | 'UNIT_CHANGED';

/**
 * A late assessment, in one transaction: the assessment FINAL (only at the version read), its result in place of the
 * BELUM_DINILAI one (only while that still has no predikat), the unit's marker (only while its BELUM_DINILAI count is
 * as read: late results in one unit are counted one at a time), an audit entry for each of the two, and the result's
 * ResultScored outbox marker.
 */
export async function recordLateResult(late: LateResult): Promise<LateResultOutcome> {
  const { assessment, result, unit, audit } = late;
  const table = tableName();
  try {
    const recorded = await putVersionedWithAudit(assessmentItem(assessment), late.previousVersion, { ...audit, before: audit.before.assessment, after: assessment }, [
      {
        Put: {
          TableName: table,
          Item: resultItem(result),
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(predikat) AND revision = :revision',
          ExpressionAttributeValues: { ':revision': result.revision },
        },
      },
      auditItem(table, resultKey(result.nip, result.periodId), { ...audit, action: 'RESULT_SCORED_LATE', before: audit.before.result, after: result }),
      rewriteUnitMarkerItem(result.periodId, result.unitId, unit, { key: 'BELUM_DINILAI', count: unit.notAssessedBefore }, audit.at),
      resultOutboxItem(resultScoredDetail(result), audit.at),
    ]);
    return recorded ? 'RECORDED' : 'SUPERSEDED';
  } catch (error) {
    if (isCancelledBy(error, 2)) return 'SUPERSEDED';
    if (isCancelledBy(error, 4) || isTransactionConflict(error)) return 'UNIT_CHANGED';
    throw error;
  }
}

/**
 * A close after a reopen replaces a result that changed: the new revision only over the one read (or where there was
 * none), its audit entry and the companion writes (piagams withdrawn, see awardWithdrawal) in one transaction.
 * Returns false when the result, or a piagam, changed since read (a keberatan decided, a notice issued one meanwhile).
 */
export async function replaceResultAtReclose(
  previous: Result | undefined,
  next: Result,
  audit: AuditEntry,
  companions: readonly NonNullable<TransactWriteCommandInput['TransactItems']>[number][] = [],
): Promise<boolean> {
  try {
    return await putVersionedWithAudit(resultItem(next), previous?.revision ?? 0, { ...audit, before: previous, after: next }, companions, 'revision');
  } catch (error) {
    // A companion's check (a piagam issued, a keberatan decided meanwhile) fails it as surely as the result's own.
    if (error instanceof Error && error.name === 'TransactionCanceledException') return false;
    throw error;
  }
}

/** An employee's periodic results of one year, oldest first: what the annual evaluation shows its assessor. One Query. */
export async function listPeriodicResultsOfYear(nip: string, year: number): Promise<Result[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': resultKey(nip, '').PK, ':prefix': `RESULT#${year}-` },
  });
  return items.map((item) => withoutKeys<Result>(item));
}

/** One page of a unit's results in a period, in index order (predikat, then NIP). */
export function listUnitResultsPage(periodId: string, unitId: string, page: PageRequest): Promise<Page<Result>> {
  const pk = unitRosterPk(periodId, unitId);
  return queryPage(
    {
      TableName: tableName(),
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': 'RESULT#' },
      partitionAttribute: 'GSI1PK',
      partitionValue: pk,
    },
    page,
    (item) => withoutKeys<Result>(item),
  );
}
