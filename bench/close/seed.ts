import { ulid } from 'ulid';
import { putAll } from '../../shared/data/batch.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { assessmentItem } from '../../shared/data/assessment-repository.ts';
import { reportKey } from '../../shared/data/keys.ts';
import { periodItem } from '../../shared/data/period-repository.ts';
import { resultItem } from '../../shared/data/result-repository.ts';
import { rosterItem } from '../../shared/data/roster-repository.ts';
import { unitItem } from '../../shared/data/unit-repository.ts';
import { DEFAULT_CONSEQUENCE_POLICY } from '../../shared/domain/consequence-policy.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import type { ActivityReport } from '../../shared/domain/report.ts';
import { periodData, syntheticOrg, type SyntheticOrg } from './org.ts';

/** The period the close bench closes, and the one before it (whose poor results make a sanction streak). */
export const CLOSE_PERIOD = definePeriod('BULANAN', 2025, 6, 5);
const PREVIOUS_PERIOD = definePeriod('BULANAN', 2025, 5, 5);

/** BatchWrite requests in flight while seeding: DynamoDB Local on two cores gains little beyond this. */
const SEED_WIDTH = 4;

export interface SeededClose {
  readonly org: SyntheticOrg;
  readonly period: Period;
  readonly items: number;
  readonly finalAssessments: number;
  readonly reporters: number;
}

/**
 * Writes a city of `size` employees ready to close: units, profiles, an OPEN period with its roster
 * (recorded at open, as the open-periods job does), assessments, one report per reporter (the close only
 * asks whether anyone reported) and last period's poor results for half of this period's poor performers.
 */
export async function seedClosableCity(size: number, now: Date, onProgress?: (written: number, total: number) => void): Promise<SeededClose> {
  const org = syntheticOrg(size);
  const data = periodData(org, CLOSE_PERIOD.periodId, now);
  const items: Record<string, unknown>[] = [
    ...org.units.map(unitItem),
    ...org.employees.map(employeeItem),
    periodItem({ ...CLOSE_PERIOD, status: 'OPEN' }),
    periodItem({ ...PREVIOUS_PERIOD, status: 'CLOSED' }),
    ...data.roster.map(rosterItem),
    ...data.assessments.map(assessmentItem),
    ...data.reporters.map((nip, i) => reportItem(nip, CLOSE_PERIOD, now, i)),
    ...data.poor.filter((_, i) => i % 2 === 0).map((nip) => resultItem(previousPoorResult(org, nip, now))),
  ];
  let written = 0;
  const slices = Array.from({ length: SEED_WIDTH }, (_, w) => items.filter((_, i) => i % SEED_WIDTH === w));
  await Promise.all(
    slices.map((slice) => {
      let sliceWritten = 0;
      return putAll(slice, (count) => {
        written += count - sliceWritten;
        sliceWritten = count;
        onProgress?.(written, items.length);
      });
    }),
  );
  return {
    org,
    period: CLOSE_PERIOD,
    items: items.length,
    finalAssessments: data.assessments.filter((a) => a.status === 'FINAL').length,
    reporters: data.reporters.length,
  };
}

/** A report item as putReportInOpenPeriod writes it. */
function reportItem(nip: string, period: Period, now: Date, i: number) {
  const report: ActivityReport = {
    reportId: ulid(now.getTime() - i),
    nip,
    periodId: period.periodId,
    date: period.startsOn,
    activity: 'Menyusun laporan capaian kinerja bulanan unit kerja',
    status: 'DIAJUKAN',
    createdAt: now.toISOString(),
  };
  return { ...reportKey(nip, period.periodId, report.reportId), type: 'REPORT', ...report };
}

function previousPoorResult(org: SyntheticOrg, nip: string, now: Date) {
  const employee = org.employees.find((e) => e.nip === nip)!;
  return {
    nip,
    periodId: PREVIOUS_PERIOD.periodId,
    name: employee.name,
    unitId: employee.unitId,
    jabatan: employee.jabatan,
    ...(employee.supervisorNip ? { assessorNip: employee.supervisorNip } : {}),
    predikat: 'BUTUH_PERBAIKAN' as const,
    incentiveFactor: DEFAULT_CONSEQUENCE_POLICY.incentiveFactor.BUTUH_PERBAIKAN,
    decisions: [],
    policyVersion: DEFAULT_CONSEQUENCE_POLICY.version,
    revision: 1,
    scoredAt: now.toISOString(),
  };
}
