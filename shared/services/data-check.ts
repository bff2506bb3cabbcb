import { getProfilesWithSupervisorChains, listAllUnitMembers } from '../data/organisation-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { checkOrganisation, type DataCheck } from '../domain/data-check.ts';

/** Units queried a few at a time: ~42 OPDs, each one Query (a few pages at most). */
const UNIT_QUERIES_IN_FLIGHT = 8;

/**
 * The organisation as stored, judged by the data check. Members come unit by unit (Query on GSI1, no Scan);
 * supervisors who are not members of a listed unit are looked up by NIP, so "not found" means not in the table.
 */
export async function checkOrganisationData(now: Date): Promise<DataCheck & { checkedAt: string }> {
  const units = await listUnits();
  const members = (await mapInBatches(units, UNIT_QUERIES_IN_FLIGHT, (unit) => listAllUnitMembers(unit.unitId))).flat();
  const memberNips = new Set(members.map((e) => e.nip));
  const named = members.map((e) => e.supervisorNip).filter((nip): nip is string => !!nip && !memberNips.has(nip));
  const outsiders = await getProfilesWithSupervisorChains(named);
  for (const nip of memberNips) outsiders.delete(nip);
  return { ...checkOrganisation({ units, members, outsiders }), checkedAt: now.toISOString() };
}

async function mapInBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  return results;
}
