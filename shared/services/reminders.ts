import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { listPeriodsEndingOnOrAfter } from '../data/period-repository.ts';
import { claimReminderOnce, settleReminder } from '../data/reminder-repository.ts';
import { hasReportedSince } from '../data/report-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { currentPeriod } from '../domain/period.ts';
import { witaDateOf, witaInstant } from '../domain/time.ts';
import { isFirstWorkingDayOfWeek, workingDaysBefore } from '../domain/working-days.ts';
import { logger } from '../logger.ts';
import { renderNudge } from '../notify/nudge.ts';
import { sendEmail } from '../notify/ses.ts';

export interface NudgeSettings {
  readonly holidays: ReadonlySet<string>;
  /** Nudge those with no report in this many working days. */
  readonly quietWorkingDays: number;
  /** At most this many emails per run, so a data error cannot mail the whole city twice over. */
  readonly capPerRun: number;
  readonly from: string;
  readonly replyTo: string;
  readonly signature: string;
  readonly publicBaseUrl: string;
}

const KIND = 'NUDGE_LAPORAN';

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

  let sent = 0;
  let failed = 0;
  for (const unit of await listUnits()) {
    for (const person of await queryAllPages((page) => listUnitMembers(unit.unitId, page))) {
      if (sent + failed >= settings.capPerRun) return { sent, failed, capped: true };
      if (person.nudgesOptOut || !person.email) continue;
      if (await hasReportedSince(person.nip, period.periodId, since)) continue;
      if (!(await claimReminderOnce(person.nip, KIND, today, now))) continue;
      const email = renderNudge({ name: person.name, since: sinceDate, formUrl: `${settings.publicBaseUrl}/`, helpUrl: `${settings.publicBaseUrl}/bantuan.html`, signature: settings.signature });
      try {
        const messageId = await sendEmail({ from: settings.from, replyTo: [settings.replyTo], to: [person.email], cc: [], attachments: [], tags: { kind: KIND }, ...email });
        await settleReminder(person.nip, KIND, today, { status: 'SENT', messageId });
        sent++;
      } catch (error) {
        // A nudge is never retried the same day: missing one is better than sending two.
        await settleReminder(person.nip, KIND, today, { status: 'FAILED', reason: (error as Error).name });
        logger.warn('Nudge not sent', { unitId: unit.unitId, error: (error as Error).name });
        failed++;
      }
    }
  }
  return { sent, failed, capped: false };
}
