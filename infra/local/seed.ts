import { ulid } from 'ulid';
import { putAll } from '../../shared/data/batch.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { listPeriodsEndingOnOrAfter } from '../../shared/data/period-repository.ts';
import { currentPeriod } from '../../shared/domain/period.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
import { saveSkpIfVersion } from '../../shared/data/skp-repository.ts';
import type { Skp } from '../../shared/domain/skp.ts';
import { getUnit, unitItem } from '../../shared/data/unit-repository.ts';
import { addDays, witaDateOf, witaInstant } from '../../shared/domain/time.ts';
import { ensureCurrentPeriods, type PeriodSettings } from '../../shared/services/periods.ts';
import { demoOrganisation, type DemoOrganisation } from './demo-org.ts';

const SAMPLE_ACTIVITIES = [
  'Rekapitulasi cakupan imunisasi dasar lengkap Puskesmas Mandonga',
  'Verifikasi data sasaran imunisasi di Kelurahan Korumba',
  'Menyusun laporan surveilans DBD mingguan',
  'Rapat koordinasi lintas sektor penanganan stunting',
];

/**
 * Fills an empty table with the demo Kendari organisation, the current periods and a few reports.
 * Does nothing when the organisation is already there, so restarts keep what people entered.
 */
export async function seedDemoData(now: Date, settings: PeriodSettings): Promise<{ seeded: boolean; org: DemoOrganisation }> {
  const org = demoOrganisation();
  if (await getUnit(org.units[0]!.unitId)) {
    await ensureCurrentPeriods(now, settings);
    return { seeded: false, org };
  }
  await putAll([...org.units.map(unitItem), ...org.employees.map(employeeItem)]);
  await ensureCurrentPeriods(now, settings);
  await seedReports(org, now);
  return { seeded: true, org };
}

async function seedReports(org: DemoOrganisation, now: Date): Promise<void> {
  const today = witaDateOf(now);
  const period = currentPeriod(today, await listPeriodsEndingOnOrAfter(today));
  if (!period) return;
  const staff = org.identities.filter((nip) => org.employees.find((e) => e.nip === nip)?.roles.length === 0);
  for (const [i, nip] of staff.slice(0, 2).entries()) {
    await seedApprovedPlan(org, nip, period.year, now);
    for (let back = 0; back < 3; back++) {
      const date = addDays(today, -back * 2 - i);
      if (date < period.startsOn) continue;
      const createdAt = witaInstant(date, 15, 30 + back).toISOString();
      await putReportInOpenPeriod({
        reportId: ulid(Date.parse(createdAt)),
        nip,
        periodId: period.periodId,
        date,
        activity: SAMPLE_ACTIVITIES[(i + back) % SAMPLE_ACTIVITIES.length]!,
        // Two of three entries count toward the plan's first indicator, so the assessment screen shows a capaian:
        // 2 + 2 laporan against the month's 4 (48 a year) is 100 %, against a quarter's 12 a third of the way.
        ...(back < 2 ? { indicatorId: DEMO_INDICATORS[0].indicatorId, realization: 2, unit: DEMO_INDICATORS[0].satuan } : {}),
        status: 'DIAJUKAN',
        createdAt,
        version: 1,
      });
    }
  }
}

const DEMO_INDICATORS = [
  // Annual targets (achievements.ts): weekly surveillance reports, about 4 a month; the days a recap takes, averaged.
  { indicatorId: 'IKI-1', name: 'Laporan surveilans yang tersusun', aspek: 'KUANTITAS', target: 48, satuan: 'laporan', direction: 'HIGHER_IS_BETTER' },
  { indicatorId: 'IKI-2', name: 'Hari penyelesaian rekap data', aspek: 'WAKTU', target: 5, satuan: 'hari', direction: 'LOWER_IS_BETTER' },
] as const;

/** A demo employee's SKP for the year, approved by their supervisor, so reports can name its indicators. */
async function seedApprovedPlan(org: DemoOrganisation, nip: string, year: number, now: Date): Promise<void> {
  const supervisorNip = org.employees.find((e) => e.nip === nip)?.supervisorNip;
  const at = now.toISOString();
  const plan: Skp = {
    nip,
    year,
    revision: 1,
    status: 'APPROVED',
    rhk: [{ rhkId: 'RHK-1', kind: 'UTAMA', text: 'Tersedianya data surveilans penyakit yang tepat waktu', indicators: DEMO_INDICATORS }],
    ...(supervisorNip ? { supervisorNip } : {}),
    version: 1,
    updatedAt: at,
    submittedAt: at,
    decidedAt: at,
  };
  await saveSkpIfVersion(plan, 0, { actorNip: supervisorNip ?? nip, action: 'SKP_APPROVED', at, after: plan });
}
