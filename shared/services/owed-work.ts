import { getAssessments } from '../data/assessment-repository.ts';
import type { ClosingPeriod } from '../data/close-repository.ts';
import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { listReportsAwaitingVerification } from '../data/report-repository.ts';
import { reportCountsOf } from '../data/report-totals-repository.ts';
import { getRosterEntries, listUnitRoster } from '../data/roster-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { assessmentFollowUp, isOwed, isReportToVerify, type OwedWork } from '../domain/follow-up.ts';
import { rosterEntryOf, type RosterEntry } from '../domain/roster.ts';

/**
 * Everything supervisors still owe in a period, unit by unit: per unit one roster Query, one members Query and
 * BatchGets of report counts and assessments (never a Scan, never every report). Each person counts under
 * their supervisor of record, so nobody is told about, or blamed for, someone else's team.
 * A reopened period owes only what its reopen is for (domain/follow-up.ts): assessments changed since the reopen, and
 * reports filed or corrected since it, for which only the people whose counts show reports to verify are queried.
 */
export async function owedWorkIn(period: Pick<ClosingPeriod, 'periodId' | 'reopenedAt'>, now: Date): Promise<OwedWork[]> {
  const owed: OwedWork[] = [];
  for (const unit of await listUnits()) {
    const roster = (await unitRosterOfRecord(period.periodId, unit.unitId, now)).filter((entry) => entry.supervisorNip);
    if (roster.length === 0) continue;
    const nips = roster.map((entry) => entry.nip);
    const [counts, assessments] = await Promise.all([reportCountsOf(nips, period.periodId), getAssessments(nips, period.periodId)]);
    const toVerify = await reportsToVerify(period, counts);
    for (const entry of roster) {
      const work: OwedWork = {
        nip: entry.nip,
        name: entry.name,
        jabatan: entry.jabatan,
        unitId: entry.unitId,
        supervisorNip: entry.supervisorNip!,
        unverifiedReports: toVerify.get(entry.nip) ?? 0,
        assessment: assessmentFollowUp(assessments.get(entry.nip), period.reopenedAt),
      };
      if (isOwed(work)) owed.push(work);
    }
  }
  return owed;
}

/** Reports to verify per person: the running count, or in a reopened period those filed or corrected since the reopen. */
async function reportsToVerify(period: Pick<ClosingPeriod, 'periodId' | 'reopenedAt'>, counts: ReadonlyMap<string, { readonly unverified: number }>): Promise<Map<string, number>> {
  const waiting = [...counts].filter(([, count]) => count.unverified > 0);
  const { reopenedAt } = period;
  if (reopenedAt === undefined) return new Map(waiting.map(([nip, count]) => [nip, count.unverified]));
  const sinceReopen = await Promise.all(
    waiting.map(async ([nip]) => [nip, (await listReportsAwaitingVerification(nip, period.periodId)).filter((report) => isReportToVerify(report, reopenedAt)).length] as const),
  );
  return new Map(sinceReopen);
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
