import { getAssessments } from '../data/assessment-repository.ts';
import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { reportCountsOf } from '../data/report-totals-repository.ts';
import { getRosterEntries, listUnitRoster } from '../data/roster-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { isOwed, type OwedWork } from '../domain/follow-up.ts';
import type { Period } from '../domain/period.ts';
import { rosterEntryOf, type RosterEntry } from '../domain/roster.ts';

/**
 * Everything supervisors still owe in a period, unit by unit: per unit one roster Query, one members Query and
 * BatchGets of report counts and assessments (never a Scan, never every report). Each person counts under
 * their supervisor of record, so nobody is told about, or blamed for, someone else's team.
 */
export async function owedWorkIn(period: Period, now: Date): Promise<OwedWork[]> {
  const owed: OwedWork[] = [];
  for (const unit of await listUnits()) {
    const roster = (await unitRosterOfRecord(period.periodId, unit.unitId, now)).filter((entry) => entry.supervisorNip);
    if (roster.length === 0) continue;
    const nips = roster.map((entry) => entry.nip);
    const [counts, assessments] = await Promise.all([reportCountsOf(nips, period.periodId), getAssessments(nips, period.periodId)]);
    for (const entry of roster) {
      const assessment = assessments.get(entry.nip);
      const work: OwedWork = {
        nip: entry.nip,
        name: entry.name,
        jabatan: entry.jabatan,
        unitId: entry.unitId,
        supervisorNip: entry.supervisorNip!,
        unverifiedReports: counts.get(entry.nip)?.unverified ?? 0,
        assessment: assessment?.status ?? 'BELUM_DIMULAI',
      };
      if (isOwed(work)) owed.push(work);
    }
  }
  return owed;
}

/**
 * The unit's roster of record, plus members who joined since it was recorded (derived from their profile,
 * read-only), unless they are on another unit's roster for the period.
 */
export async function unitRosterOfRecord(periodId: string, unitId: string, now: Date): Promise<RosterEntry[]> {
  const [rostered, members] = await Promise.all([listUnitRoster(periodId, unitId), queryAllPages((page) => listUnitMembers(unitId, page))]);
  const known = new Set(rostered.map((entry) => entry.nip));
  const unrecorded = members.filter((member) => !known.has(member.nip));
  const elsewhere = await getRosterEntries(unrecorded.map((member) => member.nip), periodId);
  return [...rostered, ...unrecorded.filter((member) => !elsewhere.has(member.nip)).map((member) => rosterEntryOf(member, periodId, now))];
}
