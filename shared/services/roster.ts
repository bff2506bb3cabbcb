import { getEmployee, listUnitMembers } from '../data/employee-repository.ts';
import { putAll } from '../data/batch.ts';
import { getRosterEntries, getRosterEntry, recordRosterEntryOnce, rosterItem } from '../data/roster-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { rosterEntryOf, type RosterEntry } from '../domain/roster.ts';

/**
 * The roster entry of record for an employee in a period. Normally recorded when the period opens; for someone
 * who joined since, it is derived from their current profile without writing anything, so that reading or a
 * refused request never writes. `recordRosterEntry` fixes it once someone of record acts on it.
 */
export async function rosterEntryFor(nip: string, periodId: string, now: Date): Promise<RosterEntry & { readonly recorded: boolean }> {
  const existing = await getRosterEntry(nip, periodId);
  if (existing) return { ...existing, recorded: true };
  const employee = await getEmployee(nip);
  if (!employee) throw new NotFound(`Pegawai dengan NIP ${nip} tidak ditemukan.`);
  return { ...rosterEntryOf(employee, periodId, now), recorded: false };
}

/** Makes a derived entry the one of record (first writer wins) and returns whichever that is. */
export async function recordRosterEntry(entry: RosterEntry & { readonly recorded: boolean }): Promise<RosterEntry> {
  const { recorded, ...plain } = entry;
  return recorded ? plain : recordRosterEntryOnce(plain);
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
