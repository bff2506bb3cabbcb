import { monotonicFactory } from 'ulid';
import { getPeriod } from '../data/period-repository.ts';
import { getReport, listReportsForPeriod, writeReportChanges, type ReportWrite } from '../data/report-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import { getApprovedSkp } from '../data/skp-repository.ts';
import { Conflict, Invalid, NotFound, PeriodClosed } from '../domain/errors.ts';
import { periodForReport, type Period } from '../domain/period.ts';
import { assertChangeableByOwner, assertIndicatorsInPlan, assertReportable, revisedReport, type ActivityReport, type NewReport } from '../domain/report.ts';
import type { Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { periodsAround } from './period-lookup.ts';
import { periodProgress } from './progress.ts';

const nextId = monotonicFactory();

/** The most reports one request may carry: one transaction, with room for the totals kept beside them. */
export const MAX_BATCH_REPORTS = 50;

/**
 * E-reporting: the employee records one activity in the open period that contains its date.
 * `created` is false when the idempotency key was seen before and the stored report is returned instead.
 */
export async function submitReport(actor: Actor, input: NewReport, now: Date, idempotencyKey?: string): Promise<{ report: ActivityReport; created: boolean }> {
  const { reports, created } = await submitReports(actor, [input], now, idempotencyKey);
  return { report: reports[0]!, created };
}

/**
 * Several reports at once, all or nothing: every item is checked first and every problem is named by its
 * position (`reports.3.date`), so one bad line never leaves half a batch behind.
 */
export async function submitReports(actor: Actor, inputs: readonly NewReport[], now: Date, idempotencyKey?: string): Promise<{ reports: ActivityReport[]; created: boolean }> {
  const reports = await checkedNewReports(actor, inputs, now, (index) => (inputs.length === 1 ? 'body' : `body.reports.${index}`));
  const write = await writeReportChanges(
    reports.map((after) => ({ after })),
    idempotencyKey ? { nip: actor.nip, key: idempotencyKey, createdAt: now.toISOString() } : undefined,
  );
  if (write.outcome === 'REPEATED') return { reports: write.reports, created: false };
  await throwUnlessWritten(write);
  return { reports, created: true };
}

/** Builds the stored reports for new entries, refusing the whole set with every item's problem if any is wrong. */
export async function checkedNewReports(actor: Actor, inputs: readonly NewReport[], now: Date, itemPath: (index: number) => string): Promise<ActivityReport[]> {
  const today = witaDateOf(now);
  const problems: { field: string; message: string }[] = [];
  let periodProblems = 0;
  const placed: { input: NewReport; period: Period }[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      assertReportable(input, today);
      placed.push({ input, period: periodForReport(input.date, await periodsAround(input.date, now.getTime())) });
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof PeriodClosed)) throw error;
      if (error instanceof PeriodClosed) periodProblems++;
      problems.push({ field: `${itemPath(index)}.${fieldOf(error) ?? 'date'}`, message: error.message });
    }
  }
  const years = [...new Set(placed.map(({ period }) => period.year))];
  const plans = new Map(await Promise.all(years.map(async (year) => [year, await getApprovedSkp(actor.nip, year)] as const)));
  for (const { input, period } of placed) {
    try {
      assertIndicatorsInPlan([input], plans.get(period.year), period.year);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ field: `${itemPath(inputs.indexOf(input))}.indicatorId`, message: error.message });
    }
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    const message = inputs.length === 1 ? first.message : `${problems.length} laporan belum dapat diterima; tidak ada yang disimpan. Pertama: ${first.field}: ${first.message}`;
    // Dates whose period is closed are a 409 like a single report's; any other problem makes it a 422.
    throw periodProblems === problems.length ? new PeriodClosed(message, problems) : new Invalid(message, problems);
  }
  const createdAt = now.toISOString();
  return placed.map(({ input, period }) => ({
    ...input,
    reportId: nextId(now.getTime()),
    nip: actor.nip,
    periodId: period.periodId,
    status: 'DIAJUKAN',
    createdAt,
    version: 1,
  }));
}

function fieldOf(error: Invalid | PeriodClosed): string | undefined {
  const details = error.details as { field?: string } | undefined;
  return details?.field;
}

export function listOwnReports(actor: Actor, periodId: string, page: PageRequest) {
  return listReportsForPeriod(actor.nip, periodId, page);
}

async function ownReport(actor: Actor, periodId: string, reportId: string): Promise<ActivityReport> {
  const report = await getReport(actor.nip, periodId, reportId);
  if (!report) throw new NotFound('Laporan tidak ditemukan pada periode ini.');
  return report;
}

/** The employee corrects their report (also a returned one, which then goes back to the supervisor). */
export async function reviseOwnReport(actor: Actor, reportId: string, input: NewReport & { periodId: string; version: number }, now: Date): Promise<ActivityReport> {
  const { periodId, version, ...changes } = input;
  const current = await ownReport(actor, periodId, reportId);
  assertChangeableByOwner(current, version);
  const [placed] = await checkedNewReports(actor, [changes], now, () => 'body');
  if (placed!.periodId !== current.periodId) {
    throw new Invalid(`Tanggal ${changes.date} berada di periode lain; hapus laporan ini lalu buat laporan baru pada periode itu.`, { field: 'body.date' });
  }
  const next = revisedReport(current, changes, now);
  await throwUnlessWritten(await writeReportChanges([{ before: current, after: next }]));
  return next;
}

/** The employee withdraws a report that the supervisor has not accepted yet. */
export async function withdrawOwnReport(actor: Actor, periodId: string, reportId: string, version: number): Promise<void> {
  const current = await ownReport(actor, periodId, reportId);
  assertChangeableByOwner(current, version);
  await throwUnlessWritten(await writeReportChanges([{ before: current }]));
}

/** Turns a refused transaction into the error a person can act on. */
export async function throwUnlessWritten(write: ReportWrite): Promise<void> {
  if (write.outcome === 'WRITTEN') return;
  if (write.outcome === 'PERIOD_NOT_OPEN') {
    const period = await getPeriod(write.periodId);
    throw new PeriodClosed(`Periode ${period?.name ?? write.periodId} sedang atau sudah ditutup; laporan tidak dapat diubah lagi.`, {
      periodId: write.periodId,
      status: period?.status,
    });
  }
  if (write.outcome === 'CHANGED_MEANWHILE') {
    throw new Conflict('Laporan baru saja diubah di tempat lain (oleh Anda atau atasan); muat ulang lalu ulangi.', { reportId: write.reportId });
  }
  if (write.outcome === 'TOO_LARGE') {
    throw new Invalid('Terlalu banyak laporan dan indikator berbeda untuk disimpan sekaligus; kirim dalam beberapa bagian yang lebih kecil.');
  }
  throw new Conflict('Permintaan ini sudah pernah diproses.');
}

/** The employee's own capaian so far in a period: the same figures the supervisor sees on the assessment screen. */
export async function ownProgress(actor: Actor, periodId: string) {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  const { skp, indicators } = await periodProgress(actor.nip, period);
  return { periodId, hasApprovedSkp: skp !== undefined, indicators };
}
