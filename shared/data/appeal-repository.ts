import { GetCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Appeal, Explanation } from '../domain/appeal.ts';
import { Conflict } from '../domain/errors.ts';
import type { Result } from '../domain/result.ts';
import type { NoticeDraft } from '../notify/notice.ts';
import { auditItem, type AuditEntry } from './audit.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, isConditionalCheckFailure, isTransactionConflict, withoutKeys } from './item.ts';
import { appealKey, reviewerPk, reviewerSk } from './keys.ts';
import { queryAll } from './pagination.ts';
import { resultItem } from './result-repository.ts';
import { noticeItem } from './notice-repository.ts';
import { resultOutboxItem, resultScoredDetail } from './outbox-repository.ts';

function appealItem(appeal: Appeal) {
  return { ...appealKey(appeal.nip, appeal.periodId), type: 'APPEAL', GSI1PK: reviewerPk(appeal.reviewerNip), GSI1SK: reviewerSk(appeal.status, appeal.filedAt, appeal.nip), ...appeal };
}

export async function getAppeal(nip: string, periodId: string): Promise<Appeal | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: appealKey(nip, periodId), ConsistentRead: true }));
  return Item ? withoutKeys<Appeal>(Item) : undefined;
}

/** Some people's appeals on one period's results (BatchGet), by NIP; those who filed none are absent. */
export async function getAppeals(nips: readonly string[], periodId: string): Promise<Map<string, Appeal>> {
  const items = await getAll(nips.map((nip) => appealKey(nip, periodId)));
  return new Map(items.map((item) => withoutKeys<Appeal>(item)).map((appeal) => [appeal.nip, appeal]));
}

/** Each notice written once, in the transaction that makes it true; the drain sends it. */
const noticePuts = (notices: readonly NoticeDraft[], at: string) =>
  notices.map((notice) => ({ Put: { TableName: tableName(), Item: noticeItem(notice, at), ConditionExpression: 'attribute_not_exists(PK)' } }));

/**
 * One appeal per result: a second one is a conflict, not an overwrite; only one that ended GUGUR (its result corrected
 * at a close after a reopen) is replaced by the keberatan on the corrected result. The reviewer's notice is written with it.
 */
export async function createAppealOnce(appeal: Appeal, audit: AuditEntry, notices: readonly NoticeDraft[] = []): Promise<void> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: appealItem(appeal),
              ConditionExpression: 'attribute_not_exists(PK) OR #status = :superseded',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':superseded': 'GUGUR' },
            },
          },
          auditItem(tableName(), appealKey(appeal.nip, appeal.periodId), audit),
          ...noticePuts(notices, audit.at),
        ],
      }),
    );
  } catch (error) {
    if (isCancelledBy(error, 0)) throw new Conflict('Keberatan untuk periode ini sudah diajukan; satu hasil hanya dapat diajukan keberatan sekali.');
    throw error;
  }
}

/** Appends atomically, so two people explaining at once both keep their words. */
export async function appendExplanation(appeal: Appeal, explanation: Explanation): Promise<Appeal> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: appealKey(appeal.nip, appeal.periodId),
        UpdateExpression: 'SET explanations = list_append(explanations, :new)',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':new': [explanation], ':open': 'DIAJUKAN' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return withoutKeys<Appeal>(Attributes!);
  } catch (error) {
    if (isConditionalCheckFailure(error)) throw new Conflict('Keberatan sudah diputus atau gugur; penjelasan tidak dapat ditambahkan.');
    throw error;
  }
}

/** A piagam of the result, or its unit's counts, changed between reading them and deciding: deciding again reads them anew. */
export class ChangedWhileDeciding extends Conflict {
  constructor() {
    super('Data hasil ini baru saja berubah (piagam diterbitkan atau dicabut, atau rekap unit diperbarui); muat ulang lalu ulangi putusan.');
  }
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface AppealDecisionWrite {
  readonly decided: Appeal;
  readonly previousResult: Result;
  /** The result as the decision re-scored it, when the ratings change. */
  readonly corrected?: Result;
  readonly audit: AuditEntry;
  readonly notices: readonly NoticeDraft[];
  /** certificate-repository awardWithdrawal: the piagams of awards the change takes away, revoked, and the check that none was issued since read. */
  readonly withdrawal: readonly TransactItem[];
  /** close-repository rewriteUnitMarkerItem: the unit's counts, curve warnings and Terbaik places after the change. */
  readonly markerMove?: TransactItem;
}

/**
 * The final decision, its audit entry, and when the ratings change the corrected result, the award withdrawal, the
 * unit's counts moved and the corrected result's ResultScored outbox marker, with the decision's notices, in one
 * transaction: an appeal is never decided without all of that following, and never decided twice.
 */
export async function recordAppealDecision(write: AppealDecisionWrite): Promise<void> {
  const { decided, previousResult, corrected, audit } = write;
  const head: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: appealItem(decided),
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'DIAJUKAN' },
      },
    },
    auditItem(tableName(), appealKey(decided.nip, decided.periodId), audit),
    ...(corrected
      ? [{ Put: { TableName: tableName(), Item: resultItem(corrected), ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': previousResult.revision } } }]
      : []),
    ...noticePuts(write.notices, audit.at),
  ];
  const raceable = [...write.withdrawal, ...(write.markerMove ? [write.markerMove] : [])];
  try {
    await db().send(new TransactWriteCommand({ TransactItems: [...head, ...raceable, ...(corrected ? [resultOutboxItem(resultScoredDetail(corrected), audit.at)] : [])] }));
  } catch (error) {
    if (isCancelledBy(error, 0)) throw new Conflict('Keberatan ini sudah diputus; putusannya final.');
    if (corrected && isCancelledBy(error, 2)) throw new Conflict('Hasil telah berubah sejak keberatan dibuka; muat ulang lalu ulangi.');
    // Another decision in the unit moving its counts at the same moment is a race like a piagam issued meanwhile.
    if (raceable.some((_, index) => isCancelledBy(error, head.length + index)) || isTransactionConflict(error)) throw new ChangedWhileDeciding();
    throw error;
  }
}

/**
 * What a close after a reopen writes with a corrected result when its keberatan is still pending: the appeal ended
 * GUGUR (only if nobody decided it meanwhile; otherwise the transaction fails and the unit is scored again), its audit
 * entry and its notices.
 */
export function supersedeAppealItems(superseded: Appeal, audit: AuditEntry, notices: readonly NoticeDraft[]) {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: appealItem(superseded),
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'DIAJUKAN' },
      },
    },
    auditItem(tableName(), appealKey(superseded.nip, superseded.periodId), audit),
    ...noticePuts(notices, audit.at),
  ];
}

export async function listAppealsForReviewer(reviewerNip: string): Promise<Appeal[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
    ExpressionAttributeValues: { ':pk': reviewerPk(reviewerNip), ':prefix': 'APPEAL#' },
  });
  return items.map((item) => withoutKeys<Appeal>(item));
}
