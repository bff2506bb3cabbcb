import { ulid } from 'ulid';
import { putAll } from '../../shared/data/batch.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { listPeriodsEndingOnOrAfter } from '../../shared/data/period-repository.ts';
import { currentPeriod } from '../../shared/domain/period.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
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
        status: 'DIAJUKAN',
        createdAt,
      });
    }
  }
}
