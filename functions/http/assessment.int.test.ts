import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { assessmentKey, auditPk } from '../../shared/data/keys.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as getWorkspace } from './get-team-assessment.ts';
import { handler as getTeamAssessments } from './get-team-assessments.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as postReport } from './post-reports.ts';
import { handler as submitSkp } from './post-skp-submit.ts';
import { handler as approveSkp } from './post-team-skp-approve.ts';
import { handler as putAssessment } from './put-team-assessment.ts';
import { handler as putSkp } from './put-skp.ts';

const supervisor = { nip: people.supervisor.nip };
let periodId: string;
const allValues = (rating: string) => Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
const body = (hasilKerja: Record<string, unknown>, version: number, perilaku = 'DI_ATAS') => ({
  hasilKerja,
  perilaku: { rating: perilaku, values: allValues(perilaku) },
  feedback: 'Pertahankan ketepatan waktu pelaporan.',
  version,
});

async function auditCount(nip: string): Promise<number> {
  const { Count } = await db().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(assessmentKey(nip, periodId)) }, Select: 'COUNT' }),
  );
  return Count ?? 0;
}

beforeAll(async () => {
  await seedOrg();
  const period = await seedMonthPeriod();
  periodId = period.periodId;
  await recordPeriodRoster(periodId, new Date());
  // The staff member's approved plan: one main indicator, 120 dokumen a year (10 a month); they report 11 this month (110 %).
  const year = String(period.year);
  const plan = { rhk: [{ rhkId: 'rhk-1', kind: 'UTAMA', text: 'Tersusunnya laporan surveilans', indicators: [{ indicatorId: 'iki-1', name: 'Laporan surveilans', aspek: 'KUANTITAS', target: 120, satuan: 'dokumen' }] }], version: 0 };
  await call(putSkp, { as: { nip: people.staff.nip }, params: { year }, body: plan });
  await call(submitSkp, { as: { nip: people.staff.nip }, params: { year }, body: { version: 1 } });
  await call(approveSkp, { as: supervisor, params: { nip: people.staff.nip, year }, body: {} });
  const reported = await call(postReport, { as: { nip: people.staff.nip }, body: { date: witaDateOf(new Date()), activity: 'Laporan surveilans DBD', indicatorId: 'iki-1', realization: 11 } });
  expect(reported.status).toBe(201);
});

describe('assessment by the supervisor of record', () => {
  it('shows achievements and suggests Di Atas at 110 %', async () => {
    const workspace = await call(getWorkspace, { as: supervisor, params: { nip: people.staff.nip, periodId } });
    expect(workspace.status).toBe(200);
    expect(workspace.body.indicators).toEqual([expect.objectContaining({ indicatorId: 'iki-1', target: 120, periodTarget: 10, measure: 'JUMLAH', realization: 11, achievement: 110 })]);
    expect(workspace.body.suggestion.hasilKerja).toBe('DI_ATAS');
    expect(workspace.body.berakhlak).toHaveLength(7);
  });

  it('needs a reason to depart from the suggestion, and writes nothing without one', async () => {
    const refused = await call(putAssessment, { as: supervisor, params: { nip: people.staff.nip, periodId }, body: body({ rating: 'SESUAI' }, 0) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('BAD_INPUT');
    expect(await auditCount(people.staff.nip)).toBe(0);
  });

  it('saves with the predikat preview, audits the override reason, then finalises and locks', async () => {
    const saved = await call(putAssessment, {
      as: supervisor,
      params: { nip: people.staff.nip, periodId },
      body: body({ rating: 'SESUAI', reason: 'Satu laporan belum diverifikasi.' }, 0),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ predikat: 'BAIK', score: 91, status: 'DRAFT', version: 1, hasilKerja: { suggested: 'DI_ATAS', reason: 'Satu laporan belum diverifikasi.' } });

    const final = await call(finalize, { as: supervisor, params: { nip: people.staff.nip, periodId }, body: { version: 1 } });
    expect(final.body.status).toBe('FINAL');

    const edit = await call(putAssessment, { as: supervisor, params: { nip: people.staff.nip, periodId }, body: body({ rating: 'DI_ATAS' }, 2) });
    expect(edit.status).toBe(409);
    expect(await auditCount(people.staff.nip)).toBe(2);

    const team = await call(getTeamAssessments, { as: supervisor, query: { period: periodId } });
    expect(team.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nip: people.staff.nip, status: 'FINAL', predikat: 'BAIK' }),
        expect.objectContaining({ nip: people.colleague.nip, status: 'BELUM_DINILAI' }),
      ]),
    );
  });

  it('refuses anyone but the supervisor of record: the employee, another supervisor, the unit head', async () => {
    for (const actor of [{ nip: people.colleague.nip }, { nip: people.otherSupervisor.nip }, { nip: people.head.nip, roles: ['pimpinan' as const] }]) {
      const response = await call(putAssessment, { as: actor, params: { nip: people.colleague.nip, periodId }, body: body({ rating: 'SESUAI' }, 0, 'SESUAI') });
      expect(response.status).toBe(403);
      expect((await call(getWorkspace, { as: actor, params: { nip: people.colleague.nip, periodId } })).status).toBe(403);
    }
  });

  it('keeps the supervisor of record when the employee moves mid-period', async () => {
    await putEmployee({ ...people.colleague, supervisorNip: people.otherSupervisor.nip, unitId: 'disdik' });
    const newBoss = await call(getWorkspace, { as: { nip: people.otherSupervisor.nip }, params: { nip: people.colleague.nip, periodId } });
    expect(newBoss.status).toBe(403);
    const ofRecord = await call(getWorkspace, { as: supervisor, params: { nip: people.colleague.nip, periodId } });
    expect(ofRecord.body.employee).toMatchObject({ supervisorNip: people.supervisor.nip, unitId: 'dinkes' });
    await putEmployee(people.colleague);
  });

  it('records a newcomer on the roster only when their supervisor acts, never on a refused request', async () => {
    const { getRosterEntry } = await import('../../shared/data/roster-repository.ts');
    const newcomer = { ...people.colleague, nip: '199503172022032011', name: 'Wa Ode Newcomer', email: 'baru@example.kendari.go.id' };
    await putEmployee(newcomer);
    expect((await call(getWorkspace, { as: { nip: people.otherSupervisor.nip }, params: { nip: newcomer.nip, periodId } })).status).toBe(403);
    expect((await call(putAssessment, { as: { nip: people.otherSupervisor.nip }, params: { nip: newcomer.nip, periodId }, body: body({ rating: 'SESUAI' }, 0, 'SESUAI') })).status).toBe(403);
    expect(await getRosterEntry(newcomer.nip, periodId)).toBeUndefined();
    expect((await call(putAssessment, { as: supervisor, params: { nip: newcomer.nip, periodId }, body: body({ rating: 'SESUAI' }, 0, 'SESUAI') })).status).toBe(200);
    expect(await getRosterEntry(newcomer.nip, periodId)).toMatchObject({ supervisorNip: people.supervisor.nip });
  });

  it('lets exactly one of two concurrent saves win; the other gets 409', async () => {
    const save = () => call(putAssessment, { as: supervisor, params: { nip: people.colleague.nip, periodId }, body: body({ rating: 'SESUAI' }, 0, 'SESUAI') });
    const statuses = (await Promise.all([save(), save()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await auditCount(people.colleague.nip)).toBe(1);
  });
});
