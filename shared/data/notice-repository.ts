import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '../domain/time.ts';
import type { Notice, NoticeDraft, NoticeKind } from '../notify/notice.ts';
import type { NoticeLineForSummary } from '../notify/summary.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { isConditionalCheckFailure, withoutKeys } from './item.ts';
import { UNSETTLED_NOTICES, noticeDrainLockKey, noticeKey, periodNoticeSk, periodNoticesPk, unsettledNoticeSk } from './keys.ts';
import { queryAll, queryPage, type Page, type PageRequest } from './pagination.ts';

/**
 * Email notices. Every state change is a conditional update, so two drains can never both own a notice:
 * PENDING → SENDING is a claim with a lease, and only the claim's holder (its token) can settle it.
 */
export function noticeItem(draft: NoticeDraft, createdAt: string) {
  const notice: Notice = { ...draft, status: 'PENDING', attempts: 0, createdAt, updatedAt: createdAt };
  return {
    ...noticeKey(draft.nip, draft.periodId, draft.kind, draft.revision),
    type: 'NOTICE',
    GSI1PK: periodNoticesPk(draft.periodId),
    GSI1SK: periodNoticeSk('PENDING', draft.kind, draft.nip, draft.revision),
    GSI3PK: UNSETTLED_NOTICES,
    GSI3SK: unsettledNoticeSk(createdAt, draft.noticeId),
    ...notice,
  };
}

/** Writes each notice unless it already exists (attribute_not_exists): a redelivered event creates nothing. Returns how many were new. */
export async function createNoticesOnce(drafts: readonly NoticeDraft[], createdAt: string): Promise<number> {
  const created = await Promise.all(
    drafts.map(async (draft) => {
      try {
        await db().send(new PutCommand({ TableName: tableName(), Item: noticeItem(draft, createdAt), ConditionExpression: 'attribute_not_exists(PK)' }));
        return 1;
      } catch (error) {
        if (isConditionalCheckFailure(error)) return 0;
        throw error;
      }
    }),
  );
  return created.reduce<number>((sum, n) => sum + n, 0);
}

export async function getNotice(nip: string, periodId: string, kind: NoticeKind, revision = 1): Promise<Notice | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: noticeKey(nip, periodId, kind, revision), ConsistentRead: true }));
  return Item ? withoutKeys<Notice>(Item) : undefined;
}

/** Some notices by key (BatchGet, 100 a request), keyed by notice id; those not created are simply absent. */
export async function getNotices(refs: readonly { nip: string; periodId: string; kind: NoticeKind; revision: number }[]): Promise<Map<string, Notice>> {
  const unique = new Map(refs.map((ref) => [`${ref.nip}#${ref.periodId}#${ref.kind}#${ref.revision}`, ref]));
  const items = await getAll([...unique.values()].map((ref) => noticeKey(ref.nip, ref.periodId, ref.kind, ref.revision)));
  return new Map(items.map((item) => withoutKeys<Notice>(item)).map((notice) => [notice.noticeId, notice]));
}

/** Notices not yet SENT or FAILED (PENDING, or SENDING under a lease), oldest first, from the sparse GSI3. */
export function listUnsettledNotices(page: PageRequest = {}): Promise<Page<Notice>> {
  return queryPage(
    {
      TableName: tableName(),
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :pk',
      ExpressionAttributeValues: { ':pk': UNSETTLED_NOTICES },
      partitionAttribute: 'GSI3PK',
      partitionValue: UNSETTLED_NOTICES,
    },
    page,
    (item) => withoutKeys<Notice>(item),
  );
}

export interface Claim {
  readonly now: Date;
  readonly leaseUntil: Date;
  readonly token: string;
  readonly keberatanBy: IsoDate;
}

/**
 * Takes a notice for one send: PENDING and due, or SENDING whose lease has expired (its holder died, maybe after
 * sending). `seen` is the notice as listed; the condition re-checks it at write time, so of two drains that saw
 * the same notice exactly one gets it. Returns the claimed notice, or undefined if someone else has it.
 */
export async function claimNotice(seen: Notice, claim: Claim): Promise<Notice | undefined> {
  const reclaim = seen.status === 'SENDING';
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: noticeKey(seen.nip, seen.periodId, seen.kind, seen.revision),
        UpdateExpression:
          'SET #status = :sending, leaseUntil = :lease, claimToken = :token, keberatanBy = :keberatanBy, updatedAt = :now, GSI1SK = :gsi1sk, ' +
          'attempts = if_not_exists(attempts, :zero) + :one' +
          (reclaim ? ', leaseExpiries = if_not_exists(leaseExpiries, :zero) + :one' : '') +
          ' REMOVE retryAfter',
        ConditionExpression: reclaim
          ? '#status = :sending AND leaseUntil < :now AND claimToken = :seenToken'
          : '#status = :pending AND (attribute_not_exists(retryAfter) OR retryAfter <= :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':sending': 'SENDING',
          ':lease': claim.leaseUntil.toISOString(),
          ':token': claim.token,
          ':keberatanBy': claim.keberatanBy,
          ':now': claim.now.toISOString(),
          ':gsi1sk': periodNoticeSk('SENDING', seen.kind, seen.nip, seen.revision),
          ':zero': 0,
          ':one': 1,
          ...(reclaim ? { ':seenToken': seen.claimToken ?? '' } : { ':pending': 'PENDING' }),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? withoutKeys<Notice>(Attributes) : undefined;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    throw error;
  }
}

type Settlement =
  | { readonly status: 'SENT'; readonly sesMessageId: string; readonly skippedRecipients: readonly string[] }
  | { readonly status: 'FAILED'; readonly reason: string }
  | { readonly status: 'PENDING'; readonly retryAfter: Date; readonly lastError: string; readonly deferral: boolean };

/**
 * Ends a claim: SENT or FAILED (leaving the sparse index for good), or back to PENDING for a later try.
 * Only the claim's holder can do it. Returns false if the claim was no longer held.
 */
export async function settleNotice(claimed: Notice, at: Date, outcome: Settlement): Promise<boolean> {
  const set = ['#status = :status', 'updatedAt = :at', 'GSI1SK = :gsi1sk'];
  const remove = ['leaseUntil', 'claimToken'];
  const values: Record<string, unknown> = {
    ':status': outcome.status,
    ':at': at.toISOString(),
    ':gsi1sk': periodNoticeSk(outcome.status, claimed.kind, claimed.nip, claimed.revision),
    ':token': claimed.claimToken,
    ':sending': 'SENDING',
  };
  if (outcome.status === 'SENT') {
    set.push('sesMessageId = :messageId', 'sentAt = :at');
    values[':messageId'] = outcome.sesMessageId;
    if (outcome.skippedRecipients.length > 0) {
      set.push('skippedRecipients = :skipped');
      values[':skipped'] = outcome.skippedRecipients;
    }
    remove.push('GSI3PK', 'GSI3SK', 'retryAfter');
  } else if (outcome.status === 'FAILED') {
    set.push('failureReason = :reason', 'failedAt = :at');
    values[':reason'] = outcome.reason;
    remove.push('GSI3PK', 'GSI3SK', 'retryAfter');
  } else {
    set.push('retryAfter = :retryAfter', 'lastError = :lastError');
    values[':retryAfter'] = outcome.retryAfter.toISOString();
    values[':lastError'] = outcome.lastError;
    if (outcome.deferral) {
      set.push('deferrals = if_not_exists(deferrals, :zero) + :one');
      Object.assign(values, { ':zero': 0, ':one': 1 });
    }
  }
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: noticeKey(claimed.nip, claimed.periodId, claimed.kind, claimed.revision),
        UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')}`,
        ConditionExpression: '#status = :sending AND claimToken = :token',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/** Every notice of a period, only the fields the admin view counts and lists (GSI1, grouped by status). */
export async function listNoticesOfPeriod(periodId: string): Promise<NoticeLineForSummary[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': periodNoticesPk(periodId) },
    ProjectionExpression: 'noticeId, nip, kind, #status, attempts, failureReason, failedAt, leaseExpiries',
    ExpressionAttributeNames: { '#status': 'status' },
  });
  return items as unknown as NoticeLineForSummary[];
}

/**
 * One drain at a time, so the account's sending rate is the configured one however many triggers fire.
 * The lock is a lease too: a drain that dies holding it stops blocking others when it expires.
 */
export async function acquireDrainLock(token: string, now: Date, leaseUntil: Date): Promise<boolean> {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...noticeDrainLockKey(), type: 'NOTICE_DRAIN_LOCK', holder: token, leaseUntil: leaseUntil.toISOString(), expiresAt: Math.ceil(leaseUntil.getTime() / 1000) + 86_400 },
        ConditionExpression: 'attribute_not_exists(PK) OR leaseUntil < :now',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

export async function releaseDrainLock(token: string): Promise<void> {
  try {
    await db().send(
      new DeleteCommand({ TableName: tableName(), Key: noticeDrainLockKey(), ConditionExpression: 'holder = :token', ExpressionAttributeValues: { ':token': token } }),
    );
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
  }
}
