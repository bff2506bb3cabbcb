import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { isConditionalCheckFailure } from './item.ts';
import { employeeKey, reminderKey, unitRemindersKey } from './keys.ts';

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

/** The unit and week a sent reminder is counted under, for the adoption dashboard. */
export interface ReminderTally {
  readonly unitId: string;
  /** The Monday (WITA) of the week it was sent. */
  readonly weekOf: string;
  readonly sentAt: string;
}

/**
 * Records how a claimed reminder ended. A sent one is counted in its unit's week in the same transaction
 * (`ADD` a count per kind and the `<kind>#<nip>#<sentAt>` entry to a set), so the dashboard reads one item
 * instead of every person's reminders, and a count never exists without its reminder.
 */
export async function settleReminder(
  nip: string,
  kind: string,
  date: string,
  outcome: { status: 'SENT'; messageId: string; tally: ReminderTally } | { status: 'FAILED'; reason: string },
): Promise<void> {
  const settle = {
    TableName: tableName(),
    Key: reminderKey(nip, kind, date),
    UpdateExpression: 'SET #status = :status, detail = :detail',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': outcome.status, ':detail': outcome.status === 'SENT' ? outcome.messageId : outcome.reason },
  };
  if (outcome.status === 'FAILED') {
    await db().send(new UpdateCommand(settle));
    return;
  }
  const { unitId, weekOf, sentAt } = outcome.tally;
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        { Update: settle },
        {
          Update: {
            TableName: tableName(),
            Key: unitRemindersKey(unitId, weekOf),
            UpdateExpression: 'SET #type = :type, unitId = :unit, weekOf = :week, expiresAt = :expires ADD #kind :one, sent :entry',
            ExpressionAttributeNames: { '#type': 'type', '#kind': `sent_${kind}` },
            ExpressionAttributeValues: {
              ':type': 'UNIT_REMINDERS',
              ':unit': unitId,
              ':week': weekOf,
              ':expires': Math.floor(Date.parse(sentAt) / 1000) + TALLY_KEEP_DAYS * 86_400,
              ':one': 1,
              ':entry': new Set([`${kind}#${nip}#${sentAt}`]),
            },
          },
        },
      ],
    }),
  );
}

const TALLY_KEEP_DAYS = 400;

export interface UnitReminderWeek {
  /** Reminders sent, by kind. */
  readonly sentByKind: Readonly<Record<string, number>>;
  readonly sent: readonly { readonly kind: string; readonly nip: string; readonly sentAt: string }[];
}

/** A unit's reminders of one week: one GetItem. */
export async function getUnitReminderWeek(unitId: string, weekOf: string): Promise<UnitReminderWeek> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: unitRemindersKey(unitId, weekOf) }));
  const sentByKind = Object.fromEntries(
    Object.entries(Item ?? {})
      .filter(([name]) => name.startsWith('sent_'))
      .map(([name, count]) => [name.slice('sent_'.length), Number(count)]),
  );
  const entries = [...((Item?.sent as Set<string> | undefined) ?? [])].map((entry) => {
    const [kind, nip, sentAt] = entry.split('#') as [string, string, string];
    return { kind, nip, sentAt };
  });
  return { sentByKind, sent: entries };
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
