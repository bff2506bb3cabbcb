import { getEmployees } from '../data/employee-repository.ts';
import { listPeriodsEndingBetween, type ClosingPeriod } from '../data/close-repository.ts';
import { groupBySupervisor, isDigestDay, type OwedWork } from '../domain/follow-up.ts';
import { PERIOD_LOOKBACK_DAYS, type Period } from '../domain/period.ts';
import { addDays, witaDateOf } from '../domain/time.ts';
import { renderSupervisorDigest } from '../notify/follow-up-mail.ts';
import { owedWorkIn } from './owed-work.ts';
import { formLinks, RunCap, sendReminderOnce, type ReminderMailSettings } from './reminder-sender.ts';

export interface FollowUpSettings extends ReminderMailSettings {
  readonly holidays: ReadonlySet<string>;
  readonly capPerRun: number;
}

export const DIGEST_KIND = 'DIGEST_ATASAN';

/**
 * Periods that may have a digest or escalation day today. The days sit within a fortnight of `closesAt`, which is at
 * most 31 grace days after the end date, except for a period reopened for corrections: it closes again long after it
 * ended, so the look-back is the close's own (PERIOD_LOOKBACK_DAYS).
 */
export async function periodsAround(today: string): Promise<ClosingPeriod[]> {
  return listPeriodsEndingBetween(addDays(today, -PERIOD_LOOKBACK_DAYS), addDays(today, 20));
}

/**
 * Daily on the last working days before a period closes: each supervisor with reports to verify or assessments
 * to finalise gets one digest listing only the people they assess of record, across every period closing soon.
 * One per supervisor per day (claimed before it is sent), a cap per run; a supervisor with nothing owed gets nothing.
 */
export async function sendSupervisorDigests(now: Date, settings: FollowUpSettings) {
  const today = witaDateOf(now);
  const due = (await periodsAround(today)).filter((period) => isDigestDay(period, now, settings.holidays));
  if (due.length === 0) return { skipped: 'no open period closes within its last working days', sent: 0 };

  const bySupervisor = new Map<string, { period: Period; work: OwedWork[] }[]>();
  for (const period of due) {
    for (const [supervisorNip, work] of groupBySupervisor(await owedWorkIn(period, now))) {
      bySupervisor.set(supervisorNip, [...(bySupervisor.get(supervisorNip) ?? []), { period, work }]);
    }
  }
  const profiles = await getEmployees([...bySupervisor.keys()]);
  const cap = new RunCap(settings.capPerRun);
  const links = formLinks(settings);
  let unreachable = 0;
  for (const [supervisorNip, periods] of bySupervisor) {
    if (cap.reached) return { sent: cap.sent, failed: cap.failed, unreachable, capped: true };
    const supervisor = profiles.get(supervisorNip);
    if (!supervisor?.email) {
      unreachable++;
      continue;
    }
    const email = renderSupervisorDigest({ name: supervisor.name, periods, ...links, signature: settings.signature });
    await sendReminderOnce({ nip: supervisorNip, unitId: supervisor.unitId, kind: DIGEST_KIND, date: today, now }, { to: [supervisor.email], ...email }, settings, cap);
  }
  return { periods: due.map((p) => p.periodId), sent: cap.sent, failed: cap.failed, unreachable, capped: false };
}
