import { ulid } from 'ulid';
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
