import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { db, tableName } from './client.ts';
import { isCancelledBy } from './item.ts';
import { auditPk, type Key } from './keys.ts';

export interface AuditEntry {
  readonly actorNip: string;
  readonly action: string;
  readonly at: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string;
}

/**
 * The item that records one change of an entity (who, when, before, after). Repositories put it in the
 * same transaction as the change itself, so no change goes unaudited and no audit describes a change
 * that did not happen.
 */
export function auditItem(tableName: string, entity: Key, entry: AuditEntry) {
  return {
    Put: {
      TableName: tableName,
      Item: { PK: auditPk(entity), SK: `${entry.at}#${ulid(Date.parse(entry.at))}`, type: 'AUDIT', entity: `${entity.PK}|${entity.SK}`, ...entry },
    },
  };
}

/**
 * Puts the next state of a versioned entity only if it is still at `previousVersion` (0: it must not exist yet),
 * with its audit entry and any companion writes in the same transaction. Returns false when someone else won.
 * `versionAttribute` names the counter (results count `revision`, everything else `version`).
 */
export async function putVersionedWithAudit(
  item: Record<string, unknown> & Key,
  previousVersion: number,
  audit: AuditEntry,
  companions: readonly NonNullable<TransactWriteCommandInput['TransactItems']>[number][] = [],
  versionAttribute: 'version' | 'revision' = 'version',
): Promise<boolean> {
  const table = tableName();
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: item,
              ConditionExpression: previousVersion === 0 ? 'attribute_not_exists(PK)' : `${versionAttribute} = :previous`,
              ...(previousVersion === 0 ? {} : { ExpressionAttributeValues: { ':previous': previousVersion } }),
            },
          },
          auditItem(table, { PK: item.PK, SK: item.SK }, audit),
          ...companions,
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isCancelledBy(error, 0)) return false;
    throw error;
  }
}
