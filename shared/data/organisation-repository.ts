import type { StoredEmployee } from '../domain/employee-import.ts';
import type { Unit } from '../domain/people.ts';
import { getAll, putAll } from './batch.ts';
import { tableName } from './client.ts';
import { employeeItem } from './employee-repository.ts';
import { withoutKeys } from './item.ts';
import { employeeKey, unitKey, unitMembersPk } from './keys.ts';
import { queryAll } from './pagination.ts';
import { unitItem } from './unit-repository.ts';

/**
 * Bulk access to units and employees together, for the import and the data check: thousands of
 * profiles by key (BatchGet, never Scan) and whole units by Query.
 */

/** Supervisor chains in a city are a handful of levels deep; a longer walk means looping data, which the callers report. */
const MAX_CHAIN_ROUNDS = 50;
/**
 * Batches in flight at once. Sixteen lets a 5,000-row import (200 BatchWrites, 50 BatchGets) finish inside
 * the HTTP function's 10 s even on DynamoDB Local; on-demand DynamoDB absorbs it without throttling.
 */
const BULK = { concurrency: 16 };

/**
 * The profiles of `nips` and of everyone up their supervisor chains, one BatchGet round per level.
 * NIPs with no profile are absent from the map.
 */
export async function getProfilesWithSupervisorChains(nips: Iterable<string>): Promise<Map<string, StoredEmployee>> {
  const found = new Map<string, StoredEmployee>();
  const asked = new Set<string>();
  let wanted = [...new Set(nips)];
  for (let round = 0; wanted.length > 0 && round < MAX_CHAIN_ROUNDS; round++) {
    for (const nip of wanted) asked.add(nip);
    const items = await getAll(wanted.map(employeeKey), BULK);
    for (const item of items) {
      const employee = withoutKeys<StoredEmployee>(item);
      found.set(employee.nip, employee);
    }
    wanted = [...new Set(items.map((item) => item.supervisorNip as string | undefined))].filter((nip): nip is string => !!nip && !asked.has(nip));
  }
  return found;
}

export async function getUnitsById(unitIds: Iterable<string>): Promise<Map<string, Unit>> {
  const items = await getAll([...new Set(unitIds)].map(unitKey), BULK);
  return new Map(items.map((item) => [item.unitId as string, withoutKeys<Unit>(item)]));
}

/** Every member of a unit, all pages (GSI1 `UNIT#<id>`, `EMP#…`). A unit is a few hundred people at most. */
export async function listAllUnitMembers(unitId: string): Promise<StoredEmployee[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :emp)',
    ExpressionAttributeValues: { ':pk': unitMembersPk(unitId), ':emp': 'EMP#' },
  });
  return items.map((item) => withoutKeys<StoredEmployee>(item));
}

/** Units first, so no written employee ever names a unit that is not there yet. */
export async function putImportedOrganisation(units: readonly Unit[], employees: readonly StoredEmployee[], onProgress?: (written: number) => void): Promise<void> {
  await putAll(units.map(unitItem), undefined, BULK);
  await putAll(employees.map(employeeItem), onProgress, BULK);
}
