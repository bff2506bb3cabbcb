import { getEmployees } from '../data/employee-repository.ts';
import { getRosterEntries } from '../data/roster-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { escalationRecipients, groupBySupervisor, isEscalationDay, type OwedWork } from '../domain/follow-up.ts';
import type { Period } from '../domain/period.ts';
import { witaDateOf } from '../domain/time.ts';
import { renderEscalation } from '../notify/follow-up-mail.ts';
import { owedWorkIn } from './owed-work.ts';
import { formLinks, RunCap, sendReminderOnce } from './reminder-sender.ts';
import { periodsAround, type FollowUpSettings } from './supervisor-digests.ts';

export const ESCALATION_KIND = 'ESKALASI';

interface Escalated {
  readonly period: Period;
  readonly supervisorName: string;
  readonly supervisorJabatan: string;
  readonly work: readonly OwedWork[];
}

/**
 * On the first working day after a period closed: whatever its supervisors still owe (reports to verify,
 * assessments not final) goes exactly one level up, to each supervisor's own supervisor of record, and to the head
 * of the unit. Each recipient gets one email listing every supervisor under them with work left, once that day.
 */
export async function sendEscalations(now: Date, settings: FollowUpSettings) {
  const today = witaDateOf(now);
  const due = (await periodsAround(today)).filter((period) => isEscalationDay(period, now, settings.holidays));
  if (due.length === 0) return { skipped: 'no period closed on the previous working day', sent: 0 };

  const unitHeads = new Map((await listUnits()).map((unit) => [unit.unitId, unit.headNip]));
  const byRecipient = new Map<string, Escalated[]>();
  let unescalated = 0;
  for (const period of due) {
    const groups = groupBySupervisor(await owedWorkIn(period, now));
    const supervisorNips = [...groups.keys()];
    const [ofRecord, profiles] = await Promise.all([getRosterEntries(supervisorNips, period.periodId), getEmployees(supervisorNips)]);
    for (const [supervisorNip, work] of groups) {
      const supervisor = ofRecord.get(supervisorNip) ?? profiles.get(supervisorNip);
      const heads = [...new Set(work.map((w) => w.unitId))].map((unitId) => unitHeads.get(unitId));
      const recipients = escalationRecipients(supervisorNip, supervisor?.supervisorNip, heads);
      if (recipients.length === 0) unescalated++;
      const escalated = { period, supervisorName: supervisor?.name ?? supervisorNip, supervisorJabatan: supervisor?.jabatan ?? '-', work };
      for (const nip of recipients) byRecipient.set(nip, [...(byRecipient.get(nip) ?? []), escalated]);
    }
  }

  const profiles = await getEmployees([...byRecipient.keys()]);
  const cap = new RunCap(settings.capPerRun);
  const links = formLinks(settings);
  let unreachable = 0;
  for (const [nip, groups] of byRecipient) {
    if (cap.reached) return { sent: cap.sent, failed: cap.failed, unreachable, unescalated, capped: true };
    const recipient = profiles.get(nip);
    if (!recipient?.email) {
      unreachable++;
      continue;
    }
    const email = renderEscalation({ name: recipient.name, groups, ...links, signature: settings.signature });
    await sendReminderOnce({ nip, unitId: recipient.unitId, kind: ESCALATION_KIND, date: today, now }, { to: [recipient.email], ...email }, settings, cap);
  }
  return { periods: due.map((p) => p.periodId), sent: cap.sent, failed: cap.failed, unreachable, unescalated, capped: false };
}
