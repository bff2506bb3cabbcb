import type { Period } from './period.ts';
import { witaDateOf, type IsoDate } from './time.ts';
import { isAmongLastWorkingDays, nextWorkingDayAfter } from './working-days.ts';

/**
 * What a supervisor still owes before (and after) a period closes: reports to verify and assessments to finalise,
 * per person they assess of record. The digest tells the supervisor in the last working days before `closesAt`;
 * whatever is left on the next working day after it escalates exactly one level up and to the unit head.
 */

/** Where a person's assessment stands for the follow-up; SETTLED: left as an earlier close of a reopened period took it, not owed again. */
export type AssessmentState = 'BELUM_DIMULAI' | 'DRAFT' | 'FINAL' | 'SETTLED';

export interface OwedWork {
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly unitId: string;
  /** The pejabat penilai of record for the period. */
  readonly supervisorNip: string;
  readonly unverifiedReports: number;
  readonly assessment: AssessmentState;
}

export const DIGEST_WORKING_DAYS = 5;

export function isOwed(work: Pick<OwedWork, 'unverifiedReports' | 'assessment'>): boolean {
  return work.unverifiedReports > 0 || work.assessment === 'BELUM_DIMULAI' || work.assessment === 'DRAFT';
}

/**
 * A period reopened for corrections (`reopenedAt`, the latest reopen) owes only the work the reopen is for. What was
 * left when it closed before was settled by that close (scored as not assessed, escalated, open to a late assessment),
 * so it is not asked for again: an assessment is owed only if it changed since the reopen (an admin's reopen to DRAFT,
 * or one begun since) and is not final; untouched, it is SETTLED. A period never reopened owes as it always did.
 */
export function assessmentFollowUp(assessment: { readonly status: 'DRAFT' | 'FINAL'; readonly updatedAt: string } | undefined, reopenedAt: string | undefined): AssessmentState {
  if (assessment?.status === 'FINAL') return 'FINAL';
  if (reopenedAt !== undefined && (!assessment || assessment.updatedAt < reopenedAt)) return 'SETTLED';
  return assessment?.status ?? 'BELUM_DIMULAI';
}

/** Likewise a report: owed while it awaits verification, in a reopened period only if filed or corrected since the reopen. */
export function isReportToVerify(report: { readonly status: string; readonly createdAt: string; readonly updatedAt?: string }, reopenedAt: string | undefined): boolean {
  if (report.status !== 'DIAJUKAN') return false;
  return reopenedAt === undefined || (report.updatedAt ?? report.createdAt) >= reopenedAt;
}

/** An open period gets daily digests on the last working days up to its close, while the close is still ahead. */
export function isDigestDay(period: Pick<Period, 'status' | 'closesAt'>, now: Date, holidays: ReadonlySet<IsoDate>, days = DIGEST_WORKING_DAYS): boolean {
  if (period.status !== 'OPEN' || now.toISOString() >= period.closesAt) return false;
  return isAmongLastWorkingDays(witaDateOf(now), witaDateOf(new Date(period.closesAt)), days, holidays);
}

/** Escalation happens once, on the first working day after the day the period closed. */
export function isEscalationDay(period: Pick<Period, 'closesAt'>, now: Date, holidays: ReadonlySet<IsoDate>): boolean {
  if (now.toISOString() < period.closesAt) return false;
  return witaDateOf(now) === nextWorkingDayAfter(witaDateOf(new Date(period.closesAt)), holidays);
}

/**
 * Who hears about a supervisor's unfinished work: their own supervisor (one level up, never further) and the head
 * of each unit the work sits in; never the supervisor themselves, each person once.
 */
export function escalationRecipients(supervisorNip: string, supervisorsSupervisor: string | undefined, unitHeads: readonly (string | undefined)[]): string[] {
  const recipients = [supervisorsSupervisor, ...unitHeads].filter((nip): nip is string => nip !== undefined && nip !== supervisorNip);
  return [...new Set(recipients)];
}

/** Owed work grouped by the supervisor who owes it, people in name order. */
export function groupBySupervisor(work: readonly OwedWork[]): Map<string, OwedWork[]> {
  const groups = new Map<string, OwedWork[]>();
  for (const item of [...work].sort((a, b) => a.name.localeCompare(b.name, 'id'))) {
    groups.set(item.supervisorNip, [...(groups.get(item.supervisorNip) ?? []), item]);
  }
  return groups;
}
