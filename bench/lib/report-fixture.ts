import { ulid } from 'ulid';
import { putAll } from '../../shared/data/batch.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { skpKey } from '../../shared/data/keys.ts';
import { unitItem } from '../../shared/data/unit-repository.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import type { ActivityReport, NewReport } from '../../shared/domain/report.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { syntheticOrg } from '../close/org.ts';

export interface ReportFixture {
  readonly period: Period;
  /** Employees who take turns reporting, so writes spread over partitions as real traffic does. */
  readonly nips: readonly string[];
  body(): NewReport;
  /** The report item exactly as the handler would build it for this body, for the raw-write baselines. */
  report(nip: string, body: NewReport, now: Date): ActivityReport;
}

/**
 * One unit of 50 people, each with an approved SKP holding the indicator the reports name, and the current
 * month's OPEN period, so today's reports are accepted.
 */
export async function seedReportFixture(): Promise<ReportFixture> {
  const org = syntheticOrg(50, 4242);
  const today = witaDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const plan = (nip: string) => ({
    ...skpKey(nip, year),
    type: 'SKP',
    nip,
    year,
    revision: 1,
    status: 'APPROVED',
    rhk: [{ rhkId: 'RHK-1', kind: 'UTAMA', text: 'Cakupan imunisasi', indicators: [{ indicatorId: 'IKI-2', name: 'Dokumen verifikasi', aspek: 'KUANTITAS', target: 20, satuan: 'dokumen', direction: 'HIGHER_IS_BETTER' }] }],
    version: 1,
    updatedAt: new Date().toISOString(),
  });
  await putAll([...org.units.map(unitItem), ...org.employees.map(employeeItem), ...org.employees.map((e) => plan(e.nip))]);
  const period = definePeriod('BULANAN', Number(today.slice(0, 4)), Number(today.slice(5, 7)), 5);
  await createPeriod(period);
  return {
    period,
    nips: org.employees.map((e) => e.nip),
    body: () => ({
      date: witaDateOf(new Date()),
      activity: 'Verifikasi data sasaran imunisasi dasar lengkap di Kelurahan Korumba dan rekapitulasi cakupan Puskesmas Mandonga',
      indicatorId: 'IKI-2',
      realization: 3,
      unit: 'dokumen',
    }),
    report: (nip, body, now) => ({
      ...body,
      reportId: ulid(now.getTime()),
      nip,
      periodId: period.periodId,
      status: 'DIAJUKAN',
      createdAt: now.toISOString(),
      version: 1,
    }),
  };
}
