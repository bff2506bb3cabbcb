import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { putComplianceExclusion } from '../../shared/data/compliance-exclusion-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { unitAdoption } from '../../shared/services/adoption.ts';
import { sendWeeklyNudges } from '../../shared/services/reminders.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { TEST_MAIL } from '../../test/mail-settings.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as getAdoption } from './get-unit-adoption.ts';
import { handler as submitSkp } from './post-skp-submit.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as approveSkp } from './post-team-skp-approve.ts';
import { handler as putSkp } from './put-skp.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * Dinas Kesehatan in the week of Monday 16 November 2026: the head is on leave (excluded), the staff member
 * reports on Tuesday, the colleague is nudged on Monday and reports on Wednesday (and again the next week),
 * the supervisor is nudged too but reports only a week later.
 */
const run = Math.random().toString(36).slice(2, 8);
const head = { nip: people.head.nip, roles: ['pimpinan'] as Role[] };
const admin = { nip: people.admin.nip, roles: ['admin'] as Role[] };
const plan = { rhk: [{ rhkId: 'rhk-1', kind: 'UTAMA', text: 'Cakupan imunisasi', indicators: [{ indicatorId: 'iki-1', name: 'Cakupan imunisasi dasar lengkap', aspek: 'KUALITAS', target: 95, satuan: '%' }] }] };
const november = definePeriod('BULANAN', 2026, 11, 5);

async function reportAt(nip: string, createdAt: string) {
  const outcome = await putReportInOpenPeriod({ reportId: ulid(Date.parse(createdAt)), nip, periodId: november.periodId, date: createdAt.slice(0, 10), activity: 'Rekap data', status: 'DIAJUKAN', createdAt });
  expect(outcome.outcome).toBe('WRITTEN');
}

beforeAll(async () => {
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: `${who}+${run}@example.kendari.go.id`, ...(who === 'head' ? { nudgesOptOut: true } : {}) });
  await createPeriod(november);
  await createPeriod(definePeriod('BULANAN', 2026, 12, 5));
  await recordPeriodRoster(november.periodId, new Date('2026-11-01T00:05:00Z'));
  await putComplianceExclusion({ periodId: november.periodId, unitId: 'dinkes', nip: people.head.nip, reason: 'CUTI', excludedBy: people.admin.nip, excludedAt: '2026-11-02T00:00:00.000Z' });

  await reportAt(people.staff.nip, '2026-11-12T01:00:00.000Z');
  // Monday 16 November, 07:30 WITA: the colleague and the supervisor have not reported in 5 working days.
  const nudged = await sendWeeklyNudges(new Date('2026-11-15T23:30:00Z'), {
    holidays: new Set(),
    quietWorkingDays: 5,
    capPerRun: 100,
    ...TEST_MAIL,
  });
  expect(nudged).toMatchObject({ failed: 0 });
  await reportAt(people.staff.nip, '2026-11-17T02:00:00.000Z');
  await reportAt(people.colleague.nip, '2026-11-18T03:00:00.000Z');
  await reportAt(people.colleague.nip, '2026-11-25T03:00:00.000Z');
  await reportAt(people.supervisor.nip, '2026-11-24T03:00:00.000Z');

  const staff = { nip: people.staff.nip };
  const supervisor = { nip: people.supervisor.nip };
  expect((await call(putSkp, { as: staff, params: { year: '2026' }, body: { ...plan, version: 0 } })).status).toBe(200);
  expect((await call(submitSkp, { as: staff, params: { year: '2026' }, body: { version: 1 } })).status).toBe(200);
  expect((await call(approveSkp, { as: supervisor, params: { nip: people.staff.nip, year: '2026' }, body: {} })).status).toBe(200);
  expect((await call(putSkp, { as: { nip: people.colleague.nip }, params: { year: '2026' }, body: { ...plan, version: 0 } })).status).toBe(200);

  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI']));
  const assessment = { hasilKerja: { rating: 'SESUAI', reason: 'Sesuai bukti.' }, perilaku: { rating: 'SESUAI', values }, feedback: 'Baik.', version: 0 };
  expect((await call(putAssessment, { as: supervisor, params: { nip: people.staff.nip, periodId: november.periodId }, body: assessment })).status).toBe(200);
  expect((await call(finalize, { as: supervisor, params: { nip: people.staff.nip, periodId: november.periodId }, body: { version: 1 } })).status).toBe(200);
}, 60_000);

describe('the adoption dashboard', () => {
  it('shows a unit’s week: who reported, approved SKPs, finished assessments, reminders and whether nudges worked', async () => {
    const response = await call(getAdoption, { as: admin, params: { unitId: 'dinkes' }, query: { week: '2026-11-18' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      unit: { unitId: 'dinkes', name: 'Dinas Kesehatan' },
      week: { startsOn: '2026-11-16', endsOn: '2026-11-22' },
      reporting: { employees: 3, excluded: 1, reported: 2, share: 0.667 },
      skp: { year: 2026, employees: 4, approved: 1, share: 0.25 },
      assessments: { periodId: '2026-11', periodName: 'November 2026', employees: 4, finished: 1, share: 0.25 },
      reminders: { sentByKind: { NUDGE_LAPORAN: 2 }, total: 2, nudges: { sent: 2, reportedWithin3Days: 1, awaiting: 0, share: 0.5 } },
    });
  });

  it('counts another week and another period on their own', async () => {
    const next = await call(getAdoption, { as: head, params: { unitId: 'dinkes' }, query: { week: '2026-11-23', period: '2026-12' } });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({
      week: { startsOn: '2026-11-23' },
      reporting: { reported: 2 },
      assessments: { periodId: '2026-12', employees: 4, finished: 0, share: 0 },
      reminders: { sentByKind: {}, total: 0, nudges: { sent: 0, reportedWithin3Days: 0, share: null } },
    });
  });

  it('counts a nudge not yet answered whose 3 days are not over as awaiting, not as ignored', async () => {
    const bkpsdm = { ...admin, sub: 'admin' };
    // Seen on Thursday 19 November, 08:00 WITA: the colleague answered, the supervisor still has until 07:30.
    const early = await unitAdoption(bkpsdm, 'dinkes', { week: '2026-11-16' }, new Date('2026-11-19T00:00:00Z'));
    expect(early.reminders.nudges).toEqual({ sent: 2, reportedWithin3Days: 1, awaiting: 0, share: 0.5 });
    const wednesday = await unitAdoption(bkpsdm, 'dinkes', { week: '2026-11-16' }, new Date('2026-11-18T00:00:00Z'));
    expect(wednesday.reminders.nudges).toEqual({ sent: 2, reportedWithin3Days: 1, awaiting: 1, share: 1 });
  });

  it('is for BKPSDM and the unit’s own head only', async () => {
    expect((await call(getAdoption, { as: head, params: { unitId: 'dinkes' } })).status).toBe(200);
    expect((await call(getAdoption, { as: head, params: { unitId: 'disdik' } })).status).toBe(403);
    expect((await call(getAdoption, { as: { nip: people.supervisor.nip }, params: { unitId: 'dinkes' } })).status).toBe(403);
    expect((await call(getAdoption, { as: { nip: people.otherSupervisor.nip, roles: ['auditor'] }, params: { unitId: 'dinkes' } })).status).toBe(403);
    expect((await call(getAdoption, { as: admin, params: { unitId: 'tidak-ada' } })).status).toBe(404);
    expect((await call(getAdoption, { as: admin, params: { unitId: 'dinkes' }, query: { period: '2019-01' } })).status).toBe(404);
    expect((await call(getAdoption, { as: admin, params: { unitId: 'dinkes' }, query: { week: '2026-02-30' } })).status).toBe(400);
  });
});
