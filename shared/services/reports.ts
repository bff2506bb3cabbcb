import { monotonicFactory } from 'ulid';
import { getPeriod } from '../data/period-repository.ts';
import { getReport, listReportsForPeriod, putReportInOpenPeriod, setReportVerification } from '../data/report-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import { NotFound, PeriodClosed } from '../domain/errors.ts';
import { periodForReport } from '../domain/period.ts';
import { assertReportable, assertVerdict, type ActivityReport, type NewReport } from '../domain/report.ts';
import { assertSupervisorOfRecord } from '../domain/roster.ts';
import type { Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { periodsAround } from './period-lookup.ts';
import { recordRosterEntry, rosterEntryFor } from './roster.ts';

const nextId = monotonicFactory();

/**
 * E-reporting: the employee records one activity in the open period that contains its date.
 * `created` is false when the idempotency key was seen before and the stored report is returned instead.
 */
export async function submitReport(actor: Actor, input: NewReport, now: Date, idempotencyKey?: string): Promise<{ report: ActivityReport; created: boolean }> {
  assertReportable(input, witaDateOf(now));
  const period = periodForReport(input.date, await periodsAround(input.date, now.getTime()));
  const report: ActivityReport = {
    ...input,
    reportId: nextId(now.getTime()),
    nip: actor.nip,
    periodId: period.periodId,
    status: 'DIAJUKAN',
    createdAt: now.toISOString(),
  };
  const write = await putReportInOpenPeriod(report, idempotencyKey);
  if (write.outcome === 'REPEATED') return { report: write.report, created: false };
  if (write.outcome === 'PERIOD_NOT_OPEN') {
    const current = await getPeriod(period.periodId);
    throw new PeriodClosed(`Periode ${period.name} sedang atau sudah ditutup; laporan tidak dapat diterima lagi.`, {
      periodId: period.periodId,
      status: current?.status,
    });
  }
  return { report, created: true };
}

export function listOwnReports(actor: Actor, periodId: string, page: PageRequest) {
  return listReportsForPeriod(actor.nip, periodId, page);
}

async function existingPeriod(periodId: string) {
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

/** The supervisor of record marks a report SESUAI, or returns it (DIKEMBALIKAN) with a note, while the period is open. */
export async function verifyTeamReport(
  actor: Actor,
  nip: string,
  reportId: string,
  verdict: { periodId: string; status: 'SESUAI' | 'DIKEMBALIKAN'; note?: string },
  now: Date,
): Promise<ActivityReport> {
  const period = await existingPeriod(verdict.periodId);
  if (period.status !== 'OPEN') throw new PeriodClosed(`Periode ${period.name} sudah ditutup; verifikasi tidak dapat diubah.`);
  const derived = await rosterEntryFor(nip, verdict.periodId, now);
  assertSupervisorOfRecord(derived, actor.nip);
  assertSupervisorOfRecord(await recordRosterEntry(derived), actor.nip);
  const report = await getReport(nip, verdict.periodId, reportId);
  if (!report) throw new NotFound('Laporan tidak ditemukan pada periode ini.');
  assertVerdict(verdict);
  return setReportVerification(report, { status: verdict.status, verifiedBy: actor.nip, verifiedAt: now.toISOString(), verificationNote: verdict.note ?? null });
}
