import { getEmployee, listUnitMembers } from '../data/employee-repository.ts';
import { putAll } from '../data/batch.ts';
import { getRosterEntries, getRosterEntry, recordRosterEntryOnce, rosterItem } from '../data/roster-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { rosterEntryOf, type RosterEntry } from '../domain/roster.ts';

/**
 * The roster entry of record for an employee in a period. Normally recorded when the period opens;
 * someone who joined since is recorded now, from their current profile.
 */
export async function rosterEntryFor(nip: string, periodId: string, now: Date): Promise<RosterEntry> {
  const existing = await getRosterEntry(nip, periodId);
  if (existing) return existing;
  const employee = await getEmployee(nip);
  if (!employee) throw new NotFound(`Pegawai dengan NIP ${nip} tidak ditemukan.`);
  return recordRosterEntryOnce(rosterEntryOf(employee, periodId, now));
}

/**
 * Records every current employee on a period's roster, unit by unit (Query per unit, never Scan).
 * Entries already recorded are left as they are, so re-running changes nothing.
 */
export async function recordPeriodRoster(periodId: string, now: Date): Promise<{ recorded: number }> {
  let recorded = 0;
  for (const unit of await listUnits()) {
    let cursor: string | undefined;
    do {
      const page = await listUnitMembers(unit.unitId, { cursor, limit: 100 });
      const recordedAlready = await getRosterEntries(page.items.map((e) => e.nip), periodId);
      const missing = page.items.filter((employee) => !recordedAlready.has(employee.nip));
      await putAll(missing.map((employee) => rosterItem(rosterEntryOf(employee, periodId, now))));
      recorded += missing.length;
      cursor = page.nextCursor;
    } while (cursor);
  }
  return { recorded };
}
