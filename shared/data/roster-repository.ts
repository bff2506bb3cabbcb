import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Period } from '../domain/period.ts';
import type { RosterEntry } from '../domain/roster.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { isConditionalCheckFailure, withoutKeys } from './item.ts';
import { assessedBySk, periodKey, rosterKey, supervisedByPk, unitRosterPk } from './keys.ts';
import { queryAll } from './pagination.ts';

export function rosterItem(entry: RosterEntry) {
  return {
    ...rosterKey(entry.nip, entry.periodId),
    type: 'ROSTER',
    GSI1PK: unitRosterPk(entry.periodId, entry.unitId),
    GSI1SK: `EMP#${entry.nip}`,
    ...(entry.supervisorNip ? { GSI2PK: supervisedByPk(entry.supervisorNip), GSI2SK: assessedBySk(entry.periodId, entry.nip) } : {}),
    ...entry,
  };
}

/** The entries already recorded for some employees in a period, by NIP. */
export async function getRosterEntries(nips: readonly string[], periodId: string): Promise<Map<string, RosterEntry>> {
  const items = await getAll(nips.map((nip) => rosterKey(nip, periodId)));
  return new Map(items.map((item) => [item.nip as string, withoutKeys<RosterEntry>(item)]));
}

/**
 * Who some people were in some periods, and those periods, in one BatchGet: for a list that spans periods (the
 * keberatan inbox), naming each person as the roster of record has them and each period by its name. Entries
 * are keyed `<nip>#<periodId>`; those never recorded, and periods not found, are absent.
 */
export async function getRosterEntriesAndPeriods(
  pairs: readonly { readonly nip: string; readonly periodId: string }[],
): Promise<{ roster: Map<string, RosterEntry>; periods: Map<string, Period> }> {
  const rosterKeys = new Map(pairs.map(({ nip, periodId }) => [`${nip}#${periodId}`, rosterKey(nip, periodId)]));
  const periodKeys = new Map(pairs.map(({ periodId }) => [periodId, periodKey(periodId)]));
  const items = await getAll([...rosterKeys.values(), ...periodKeys.values()]);
  const roster = new Map<string, RosterEntry>();
  const periods = new Map<string, Period>();
  for (const item of items) {
    if (item.type === 'ROSTER') roster.set(`${item.nip as string}#${item.periodId as string}`, withoutKeys<RosterEntry>(item));
    if (item.type === 'PERIOD') periods.set(item.periodId as string, withoutKeys<Period>(item));
  }
  return { roster, periods };
}

export async function getRosterEntry(nip: string, periodId: string): Promise<RosterEntry | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: rosterKey(nip, periodId) }));
  return Item ? withoutKeys<RosterEntry>(Item) : undefined;
}

/** Records the entry unless one exists; returns whichever is now of record (first writer wins). */
export async function recordRosterEntryOnce(entry: RosterEntry): Promise<RosterEntry> {
  try {
    await db().send(new PutCommand({ TableName: tableName(), Item: rosterItem(entry), ConditionExpression: 'attribute_not_exists(PK)' }));
    return entry;
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    return (await getRosterEntry(entry.nip, entry.periodId))!;
  }
}

/** The people a supervisor is pejabat penilai for in a period. */
export async function listAssessedBy(supervisorNip: string, periodId: string): Promise<RosterEntry[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :prefix)',
    ExpressionAttributeValues: { ':pk': supervisedByPk(supervisorNip), ':prefix': `ROSTER#${periodId}#` },
  });
  return items.map((item) => withoutKeys<RosterEntry>(item));
}

/** A unit's roster in a period. The partition also holds the unit's results (`RESULT#…`), hence the prefix. */
export async function listUnitRoster(periodId: string, unitId: string): Promise<RosterEntry[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :roster)',
    ExpressionAttributeValues: { ':pk': unitRosterPk(periodId, unitId), ':roster': 'EMP#' },
  });
  return items.map((item) => withoutKeys<RosterEntry>(item));
}
