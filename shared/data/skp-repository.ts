import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '../domain/errors.ts';
import type { Skp } from '../domain/skp.ts';
import { putVersionedWithAudit, type AuditEntry } from './audit.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { skpBySupervisorPk, skpBySupervisorSk, skpKey, skpRevisionKey } from './keys.ts';
import { queryAll } from './pagination.ts';

function skpItem(skp: Skp) {
  return {
    ...skpKey(skp.nip, skp.year),
    type: 'SKP',
    ...(skp.supervisorNip ? { GSI1PK: skpBySupervisorPk(skp.supervisorNip), GSI1SK: skpBySupervisorSk(skp.year, skp.status, skp.nip) } : {}),
    ...skp,
  };
}

export async function getSkp(nip: string, year: number): Promise<Skp | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: skpKey(nip, year), ConsistentRead: true }));
  return Item ? withoutKeys<Skp>(Item) : undefined;
}

/**
 * Writes the next state of a plan only if nobody else changed it since `previousVersion` was read,
 * together with its audit entry and, when an approved revision is replaced, that revision's archive copy.
 */
export async function saveSkpIfVersion(next: Skp, previousVersion: number, audit: AuditEntry, archived?: Skp): Promise<void> {
  const archive = archived
    ? [{ Put: { TableName: tableName(), Item: { ...skpRevisionKey(archived.nip, archived.year, archived.revision), type: 'SKP_REVISION', ...archived } } }]
    : [];
  if (!(await putVersionedWithAudit(skpItem(next), previousVersion, audit, archive))) {
    throw new Conflict('SKP telah diubah di tempat lain; muat ulang lalu ulangi.');
  }
}

/** Plans submitted to a supervisor for a year and waiting for a decision. */
export async function listSkpsAwaitingDecision(supervisorNip: string, year: number): Promise<Skp[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
    ExpressionAttributeValues: { ':pk': skpBySupervisorPk(supervisorNip), ':prefix': `SKP#${year}#SUBMITTED#` },
  });
  return items.map((item) => withoutKeys<Skp>(item));
}

/** The plan in force: the current one if approved, else the last approved revision (kept when a new one was opened). */
export async function getApprovedSkp(nip: string, year: number): Promise<Skp | undefined> {
  const current = await getSkp(nip, year);
  return current?.status === 'APPROVED' ? current : getLastApprovedRevision(nip, year, current);
}

/**
 * For a caller already holding the current plan: the newest archived approved revision (one Query), read only when
 * the plan has been revised (revision 1 has no earlier approval to fall back on).
 */
export async function getLastApprovedRevision(nip: string, year: number, current: Pick<Skp, 'revision'> | undefined): Promise<Skp | undefined> {
  if (!current || current.revision <= 1) return undefined;
  const { Items } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': skpKey(nip, year).PK, ':prefix': `${skpKey(nip, year).SK}#REV#` },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  return Items?.[0] ? withoutKeys<Skp>(Items[0]) : undefined;
}

/** The plans of many people for a year, by NIP (BatchGet, 100 keys a request); people without one are absent. */
export async function getSkps(nips: readonly string[], year: number): Promise<Map<string, Skp>> {
  const items = await getAll(nips.map((nip) => skpKey(nip, year)));
  return new Map(items.map((item) => [item.nip as string, withoutKeys<Skp>(item)]));
}
