import { listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { listTrainingsOfYear, listUnitTrainingsOfYear } from '../data/training-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { witaDateOf } from '../domain/time.ts';
import { isBehindOnJp, isJpReminderSeason, jpProgress } from '../domain/training.ts';
import { isFirstWorkingDayOfMonth } from '../domain/working-days.ts';
import { renderJpReminder } from '../notify/jp-reminder.ts';
import { formLinks, RunCap, sendReminderOnce, type ReminderMailSettings } from './reminder-sender.ts';

export interface JpReminderSettings extends ReminderMailSettings {
  readonly holidays: ReadonlySet<string>;
  /** Remind those below this share (0–1) of the 20 JP target. */
  readonly share: number;
  readonly capPerRun: number;
}

export const JP_REMINDER = 'NUDGE_JP';

/**
 * From the third quarter, on each month's first working day: everyone below the configured share of the 20 JP
 * target gets one reminder. It is a nudge, so an opt-out is respected. The unit's training index finds who looks
 * behind; their own records confirm it (training recorded in an earlier unit counts too).
 */
export async function sendJpReminders(now: Date, settings: JpReminderSettings) {
  const today = witaDateOf(now);
  if (!isJpReminderSeason(today)) return { skipped: 'before the third quarter', sent: 0 };
  if (!isFirstWorkingDayOfMonth(today, settings.holidays)) return { skipped: 'not the first working day of the month', sent: 0 };
  const year = Number(today.slice(0, 4));
  const cap = new RunCap(settings.capPerRun);
  const links = formLinks(settings);

  for (const unit of await listUnits()) {
    const [members, trainings] = await Promise.all([queryAllPages((page) => listUnitMembers(unit.unitId, page)), listUnitTrainingsOfYear(unit.unitId, year)]);
    const hoursHere = new Map<string, number>();
    for (const t of trainings) hoursHere.set(t.nip, (hoursHere.get(t.nip) ?? 0) + t.hours);
    for (const person of members) {
      if (cap.reached) return { sent: cap.sent, failed: cap.failed, capped: true };
      if (person.nudgesOptOut || !person.email || !isBehindOnJp(hoursHere.get(person.nip) ?? 0, settings.share)) continue;
      const { totalJp } = jpProgress(await listTrainingsOfYear(person.nip, year));
      if (!isBehindOnJp(totalJp, settings.share)) continue;
      const email = renderJpReminder({ name: person.name, year, totalJp, ...links, signature: settings.signature });
      await sendReminderOnce({ nip: person.nip, unitId: person.unitId, kind: JP_REMINDER, date: today, now }, { to: [person.email], ...email }, settings, cap);
    }
  }
  return { sent: cap.sent, failed: cap.failed, capped: false };
}
