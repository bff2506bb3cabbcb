import { getPeriod } from '../data/period-repository.ts';
import { getReport, listReportsForPeriod, writeReportChanges } from '../data/report-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import { NotFound, PeriodClosed } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import { assertVerdict, versionOf, type ActivityReport } from '../domain/report.ts';
import { assertSupervisorOfRecord } from '../domain/roster.ts';
import type { Actor } from '../domain/roles.ts';
import { throwUnlessWritten } from './reports.ts';
import { recordRosterEntry, rosterEntryFor } from './roster.ts';

/** The most reports one supervisor verifies in one request: one transaction with the team's totals beside them. */
export const MAX_BULK_VERIFY = 30;

async function existingPeriod(periodId: string): Promise<Period> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  return period;
}

/** A team member's reports in a period, for their supervisor of record in that period only. */
export async function listTeamMemberReports(actor: Actor, nip: string, periodId: string, page: PageRequest, now: Date) {
  await existingPeriod(periodId);
  assertSupervisorOfRecord(await rosterEntryFor(nip, periodId, now), actor.nip);
  return listReportsForPeriod(nip, periodId, page);
}

/** The actor must be the supervisor of record of every person named, fixed on the period's roster once they act. */
async function assertSupervisesAll(actor: Actor, nips: readonly string[], periodId: string, now: Date): Promise<void> {
  for (const nip of new Set(nips)) {
    const derived = await rosterEntryFor(nip, periodId, now);
    assertSupervisorOfRecord(derived, actor.nip);
    assertSupervisorOfRecord(await recordRosterEntry(derived), actor.nip);
  }
}

type VerdictInput = { periodId: string; status: 'SESUAI' | 'DIKEMBALIKAN'; note?: string };

function withVerdict(report: ActivityReport, actor: Actor, verdict: VerdictInput, now: Date): ActivityReport {
  return {
    ...report,
    status: verdict.status,
    verifiedBy: actor.nip,
    verifiedAt: now.toISOString(),
    verificationNote: verdict.note ?? null,
    version: versionOf(report) + 1,
    updatedAt: now.toISOString(),
  };
}

/** The supervisor of record marks a report SESUAI, or returns it (DIKEMBALIKAN) with a note, while the period is open. */
export async function verifyTeamReport(actor: Actor, nip: string, reportId: string, verdict: VerdictInput, now: Date): Promise<ActivityReport> {
  const [verified] = await verifyTeamReports(actor, [{ nip, reportId }], verdict, now);
  return verified!;
}

/**
 * Many verdicts at once (the verification queue's "Tandai sesuai"), all or nothing: every report must belong to
 * someone the actor supervises of record in that period, and none may have changed since it was read.
 */
export async function verifyTeamReports(actor: Actor, targets: readonly { nip: string; reportId: string }[], verdict: VerdictInput, now: Date): Promise<ActivityReport[]> {
  const period = await existingPeriod(verdict.periodId);
  if (period.status !== 'OPEN') throw new PeriodClosed(`Periode ${period.name} sudah ditutup; verifikasi tidak dapat diubah.`);
  await assertSupervisesAll(actor, targets.map((t) => t.nip), verdict.periodId, now);
  const reports = await Promise.all(targets.map((t) => getReport(t.nip, verdict.periodId, t.reportId)));
  const missing = reports.findIndex((report) => !report);
  if (missing >= 0) throw new NotFound(`Laporan ${targets[missing]!.reportId} tidak ditemukan pada periode ini.`, { reportId: targets[missing]!.reportId });
  assertVerdict(verdict);
  const changes = (reports as ActivityReport[]).map((before) => ({ before, after: withVerdict(before, actor, verdict, now) }));
  await throwUnlessWritten(await writeReportChanges(changes));
  return changes.map((c) => c.after);
}
