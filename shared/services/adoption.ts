import { getAssessments } from '../data/assessment-repository.ts';
import { listPeriodsEndingBetween } from '../data/close-repository.ts';
import { listComplianceExclusions } from '../data/compliance-exclusion-repository.ts';
import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { getPeriod } from '../data/period-repository.ts';
import { getUnitReminderWeek } from '../data/reminder-repository.ts';
import { hasReportedBetween } from '../data/report-repository.ts';
import { reportCountsOf, type ReportCounts } from '../data/report-totals-repository.ts';
import { getSkps } from '../data/skp-repository.ts';
import { hasApprovedSkp, nudgeWindow, periodsOpenDuring, reportedInWindowByLatest, shareOf, weekContaining } from '../domain/adoption.ts';
import { NotFound } from '../domain/errors.ts';
import { contains, type Period } from '../domain/period.ts';
import type { Actor } from '../domain/roles.ts';
import { addDays, witaDateOf, type IsoDate } from '../domain/time.ts';
import { unitRosterOfRecord } from './owed-work.ts';
import { NUDGE_KIND } from './reminders.ts';
import { unitVisibleTo } from './unit-access.ts';

/** Report counts of some people in some periods: one BatchGet per period. */
type CountsByPeriod = Map<string, Map<string, ReportCounts>>;

/**
 * A unit's adoption in a week, for BKPSDM and the unit's head: the share of its people who reported that week,
 * approved SKPs of the year, finished assessments of the period, and the reminders its people were sent with
 * the nudges' effect (a report within 3 days). Built from per-unit and per-period reads and the counters that
 * reports and reminders keep as they happen: a few Queries and BatchGets, plus one small Query per person only
 * where a later report hides whether one fell inside the window. Never a Scan.
 */
export async function unitAdoption(actor: Actor, unitId: string, query: { week?: IsoDate; period?: string }, now: Date) {
  const unit = await unitVisibleTo(actor, unitId);
  const week = weekContaining(query.week ?? witaDateOf(now));
  const year = Number(week.startsOn.slice(0, 4));
  const nearby = await listPeriodsEndingBetween(addDays(week.startsOn, -45), addDays(week.endsOn, 45));
  const current = nearby.find((p) => p.kind !== 'TAHUNAN' && contains(p, week.startsOn));
  const assessed = query.period ? await getPeriod(query.period) : current;
  if (query.period && !assessed) throw new NotFound(`Periode ${query.period} tidak ditemukan.`);

  const [members, reminders, exclusions] = await Promise.all([
    queryAllPages((page) => listUnitMembers(unitId, page)),
    getUnitReminderWeek(unitId, week.startsOn),
    current ? listComplianceExclusions(current.periodId, unitId) : Promise.resolve(new Map()),
  ]);
  const nudges = reminders.sent.filter((r) => r.kind === NUDGE_KIND);
  // A nudge sent on the week's last moment is answered up to 3 days later.
  const reportingPeriods = periodsOpenDuring(nearby, week.from, nudgeWindow(week.to.toISOString()).to);
  const nips = [...new Set([...members.map((m) => m.nip), ...nudges.map((n) => n.nip)])];
  const counts: CountsByPeriod = new Map(await Promise.all(reportingPeriods.map(async (p) => [p.periodId, await reportCountsOf(nips, p.periodId)] as const)));

  const counted = members.filter((m) => !exclusions.has(m.nip));
  const reportedThisWeek = await reportedDuring(counted.map((m) => m.nip), periodsOpenDuring(nearby, week.from, week.to), counts, week);
  const reportedAfterNudge = await Promise.all(nudges.map((n) => reportedDuring([n.nip], reportingPeriods, counts, nudgeWindow(n.sentAt))));
  const followed = reportedAfterNudge.filter((set) => set.size > 0).length;
  const awaiting = nudges.filter((n, i) => reportedAfterNudge[i]!.size === 0 && nudgeWindow(n.sentAt).to > now).length;

  const [skps, assessments] = await Promise.all([getSkps(members.map((m) => m.nip), year), assessed ? assessmentProgress(assessed, unitId, now) : Promise.resolve(null)]);
  const approved = members.filter((m) => hasApprovedSkp(skps.get(m.nip))).length;
  const total = Object.values(reminders.sentByKind).reduce((sum, n) => sum + n, 0);
  return {
    unit: { unitId: unit.unitId, name: unit.name },
    week: { startsOn: week.startsOn, endsOn: week.endsOn },
    asOf: now.toISOString(),
    reporting: { employees: counted.length, excluded: members.length - counted.length, reported: reportedThisWeek.size, share: shareOf(reportedThisWeek.size, counted.length) },
    skp: { year, employees: members.length, approved, share: shareOf(approved, members.length) },
    assessments,
    reminders: {
      sentByKind: reminders.sentByKind,
      total,
      nudges: { sent: nudges.length, reportedWithin3Days: followed, awaiting, share: shareOf(followed, nudges.length - awaiting) },
    },
  };
}

/** Who of `nips` entered a report during the window, in any of `periods`: the counters first, the reports only when they cannot tell. */
async function reportedDuring(nips: readonly string[], periods: readonly Period[], counts: CountsByPeriod, window: { from: Date; to: Date }): Promise<Set<string>> {
  const reported = new Set<string>();
  const unsure: string[] = [];
  for (const nip of nips) {
    const latest = periods.map((p) => counts.get(p.periodId)?.get(nip)?.lastReportedAt);
    const verdict = reportedInWindowByLatest(latest, window.from, window.to);
    if (verdict) reported.add(nip);
    if (verdict === undefined) unsure.push(nip);
  }
  for (let start = 0; start < unsure.length; start += 25) {
    await Promise.all(
      unsure.slice(start, start + 25).map(async (nip) => {
        for (const p of periods) {
          if ((counts.get(p.periodId)?.get(nip)?.lastReportedAt ?? '') < window.from.toISOString()) continue;
          if (await hasReportedBetween(nip, p.periodId, window.from, window.to)) return void reported.add(nip);
        }
      }),
    );
  }
  return reported;
}

async function assessmentProgress(period: Period, unitId: string, now: Date) {
  const roster = await unitRosterOfRecord(period.periodId, unitId, now);
  const assessments = await getAssessments(roster.map((entry) => entry.nip), period.periodId);
  const finished = roster.filter((entry) => assessments.get(entry.nip)?.status === 'FINAL').length;
  return { periodId: period.periodId, periodName: period.name, status: period.status, employees: roster.length, finished, share: shareOf(finished, roster.length) };
}
