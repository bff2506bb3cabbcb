import { monotonicFactory } from 'ulid';
import { getPeriod } from '../data/period-repository.ts';
import { listReportsForPeriod, putReportInOpenPeriod } from '../data/report-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import { PeriodClosed } from '../domain/errors.ts';
import { periodForReport } from '../domain/period.ts';
import { assertReportable, type ActivityReport, type NewReport } from '../domain/report.ts';
import type { Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { periodsAround } from './period-lookup.ts';

const nextId = monotonicFactory();

/** E-reporting: the employee records one activity in the open period that contains its date. */
export async function submitReport(actor: Actor, input: NewReport, now: Date): Promise<ActivityReport> {
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
  if (!(await putReportInOpenPeriod(report))) {
    const current = await getPeriod(period.periodId);
    throw new PeriodClosed(`Periode ${period.name} sedang atau sudah ditutup; laporan tidak dapat diterima lagi.`, {
      periodId: period.periodId,
      status: current?.status,
    });
  }
  return report;
}

export function listOwnReports(actor: Actor, periodId: string, page: PageRequest) {
  return listReportsForPeriod(actor.nip, periodId, page);
}
