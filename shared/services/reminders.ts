import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { listPeriodsEndingOnOrAfter } from '../data/period-repository.ts';
import { hasReportedSince } from '../data/report-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { currentPeriod } from '../domain/period.ts';
import { witaDateOf, witaInstant } from '../domain/time.ts';
import { isFirstWorkingDayOfWeek, workingDaysBefore } from '../domain/working-days.ts';
import { renderNudge } from '../notify/nudge.ts';
import { formLinks, RunCap, sendReminderOnce, type ReminderMailSettings } from './reminder-sender.ts';

export interface NudgeSettings extends ReminderMailSettings {
  readonly holidays: ReadonlySet<string>;
  /** Nudge those with no report in this many working days. */
  readonly quietWorkingDays: number;
  /** At most this many emails per run, so a data error cannot mail the whole city twice over. */
  readonly capPerRun: number;
}

export const NUDGE_KIND = 'NUDGE_LAPORAN';

/**
 * The weekly nudge, on the week's first working day: each employee with an email, not opted out, and no report
 * in the open period for `quietWorkingDays` working days gets one short email. A person is claimed before the
 * send (one per kind per day), so a re-run or a duplicate invocation sends nothing new.
 */
export async function sendWeeklyNudges(now: Date, settings: NudgeSettings) {
  const today = witaDateOf(now);
  if (!isFirstWorkingDayOfWeek(today, settings.holidays)) return { skipped: 'not the first working day of the week', sent: 0 };
  const period = currentPeriod(today, await listPeriodsEndingOnOrAfter(today));
  const sinceDate = workingDaysBefore(today, settings.quietWorkingDays, settings.holidays);
  // Early in a period there is not yet a fair window to judge; nudges start once it has run that long.
  if (!period || period.startsOn > sinceDate) return { skipped: 'no open period old enough', sent: 0 };
  const since = witaInstant(sinceDate);

  const cap = new RunCap(settings.capPerRun);
  const links = formLinks(settings);
  for (const unit of await listUnits()) {
    for (const person of await queryAllPages((page) => listUnitMembers(unit.unitId, page))) {
      if (cap.reached) return { sent: cap.sent, failed: cap.failed, capped: true };
      if (person.nudgesOptOut || !person.email) continue;
      if (await hasReportedSince(person.nip, period.periodId, since)) continue;
      const email = renderNudge({ name: person.name, since: sinceDate, ...links, signature: settings.signature });
      await sendReminderOnce({ nip: person.nip, unitId: person.unitId, kind: NUDGE_KIND, date: today, now }, { to: [person.email], ...email }, settings, cap);
    }
  }
  return { sent: cap.sent, failed: cap.failed, capped: false };
}
