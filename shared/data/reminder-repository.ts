import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { isConditionalCheckFailure } from './item.ts';
import { employeeKey, reminderKey } from './keys.ts';

const KEEP_DAYS = 120;

/** Claims today's reminder of a kind for a person; false when one was already claimed (a re-run or a duplicate event). */
export async function claimReminderOnce(nip: string, kind: string, date: string, now: Date): Promise<boolean> {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...reminderKey(nip, kind, date), type: 'REMINDER', nip, kind, date, status: 'CLAIMED', claimedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400 },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

export async function settleReminder(nip: string, kind: string, date: string, outcome: { status: 'SENT'; messageId: string } | { status: 'FAILED'; reason: string }): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: reminderKey(nip, kind, date),
      UpdateExpression: 'SET #status = :status, detail = :detail',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': outcome.status, ':detail': outcome.status === 'SENT' ? outcome.messageId : outcome.reason },
    }),
  );
}

export async function setNudgePreference(nip: string, nudges: boolean): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: employeeKey(nip),
      UpdateExpression: 'SET nudgesOptOut = :out',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':out': !nudges },
    }),
  );
}
