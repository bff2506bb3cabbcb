import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { assessmentKey, auditPk, periodKey } from '../../shared/data/keys.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { putResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import type { Result } from '../../shared/domain/result.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as reopen } from './post-admin-assessment-reopen.ts';
import { handler as getSkp } from './get-skp.ts';
import { handler as getWorkspace } from './get-team-assessment.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as submitSkp } from './post-skp-submit.ts';
import { handler as approveSkp } from './post-team-skp-approve.ts';
import { handler as putAssessment } from './put-team-assessment.ts';
import { handler as putSkp } from './put-skp.ts';

const supervisor = { nip: people.supervisor.nip };
const admin = { nip: people.admin.nip, roles: ['admin' as const] };
const year = Number(witaDateOf(new Date()).slice(0, 4));
let periodId: string;
const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI']));
const assessment = (version: number) => ({ hasilKerja: { rating: 'SESUAI', reason: 'Belum ada capaian tercatat.' }, perilaku: { rating: 'SESUAI', values }, feedback: 'Tingkatkan pelaporan.', version });

async function auditActions(nip: string, id: string): Promise<{ action: string; reason?: string; actorNip: string }[]> {
  const { Items } = await db().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(assessmentKey(nip, id)) } }));
  return (Items ?? []) as { action: string; reason?: string; actorNip: string }[];
}

async function setPeriodStatus(id: string, status: string): Promise<void> {
  await db().send(new UpdateCommand({ TableName: tableName(), Key: periodKey(id), UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': status } }));
}

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await recordPeriodRoster(periodId, new Date());
});

describe('POST /api/admin/assessments/{nip}/{periodId}/reopen', () => {
  it('turns a final assessment back into a draft with the reason audited, and the assessor can change it again', async () => {
    const params = { nip: people.staff.nip, periodId };
    expect((await call(putAssessment, { as: supervisor, params, body: assessment(0) })).status).toBe(200);
    expect((await call(finalize, { as: supervisor, params, body: { version: 1 } })).status).toBe(200);
    expect((await call(putAssessment, { as: supervisor, params, body: assessment(2) })).status).toBe(409);

    const withoutReason = await call(reopen, { as: admin, params, body: { reason: '  ', version: 2 } });
    expect(withoutReason.status).toBe(400);
    const stale = await call(reopen, { as: admin, params, body: { reason: 'Salah klik finalisasi.', version: 1 } });
    expect(stale.status).toBe(409);
    expect((await auditActions(people.staff.nip, periodId)).map((a) => a.action)).toEqual(['ASSESSMENT_SAVED', 'ASSESSMENT_FINALIZED']);

    const reopened = await call(reopen, { as: admin, params, body: { reason: 'Salah klik finalisasi.', version: 2 } });
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'DRAFT', version: 3 });
    expect(reopened.body).not.toHaveProperty('finalizedAt');
    expect((await auditActions(people.staff.nip, periodId)).at(-1)).toMatchObject({ action: 'ASSESSMENT_REOPENED', reason: 'Salah klik finalisasi.', actorNip: people.admin.nip });
    expect((await call(putAssessment, { as: supervisor, params, body: assessment(3) })).status).toBe(200);
  });

  it('refuses a draft (nothing to reopen) and a closed period (keberatan is the path)', async () => {
    const params = { nip: people.colleague.nip, periodId };
    await call(putAssessment, { as: supervisor, params, body: assessment(0) });
    expect((await call(reopen, { as: admin, params, body: { reason: 'Uji', version: 1 } })).status).toBe(409);
    await call(finalize, { as: supervisor, params, body: { version: 1 } });
    await setPeriodStatus(periodId, 'CLOSED');
    try {
      const refused = await call(reopen, { as: admin, params, body: { reason: 'Uji', version: 2 } });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/keberatan/);
    } finally {
      await setPeriodStatus(periodId, 'OPEN');
    }
  });

  it('without a version (BKPSDM reopening from a unit\'s results) reopens the final assessment as it stands, and only a final one', async () => {
    const params = { nip: people.colleague.nip, periodId };
    const reopened = await call(reopen, { as: admin, params, body: { reason: 'Koreksi dari hasil unit.' } });
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'DRAFT', version: 3 });
    expect((await auditActions(people.colleague.nip, periodId)).at(-1)).toMatchObject({ action: 'ASSESSMENT_REOPENED', reason: 'Koreksi dari hasil unit.', actorNip: people.admin.nip });
    const again = await call(reopen, { as: admin, params, body: { reason: 'Lagi.' } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('belum final');
    expect((await call(reopen, { as: admin, params, body: { reason: 'Lagi.', version: 'tiga' } })).status).toBe(400);
  });
});

describe('the annual evaluation', () => {
  it("shows the assessor the year's periodic results one by one, not an average", async () => {
    const annual = definePeriod('TAHUNAN', year - 1, 1, 5);
    await createPeriod(annual);
    const result = (id: string, predikat: Result['predikat'], score: number): Result => ({
      nip: people.staff.nip, periodId: id, name: people.staff.name, unitId: 'dinkes', jabatan: people.staff.jabatan, assessorNip: people.supervisor.nip,
      hasilKerja: 'SESUAI', perilaku: 'SESUAI', predikat, score, incentiveFactor: 1, decisions: [], policyVersion: 'test', revision: 1, scoredAt: new Date().toISOString(),
    });
    await putResults([result(`${year - 1}-01`, 'BAIK', 80), result(`${year - 1}-02`, 'SANGAT_BAIK', 95), result(`${year - 2}-12`, 'KURANG', 40)]);

    const workspace = await call(getWorkspace, { as: supervisor, params: { nip: people.staff.nip, periodId: annual.periodId } });
    expect(workspace.status, workspace.text).toBe(200);
    expect(workspace.body.periodicResults).toEqual([
      { periodId: `${year - 1}-01`, predikat: 'BAIK', hasilKerja: 'SESUAI', perilaku: 'SESUAI', score: 80 },
      { periodId: `${year - 1}-02`, predikat: 'SANGAT_BAIK', hasilKerja: 'SESUAI', perilaku: 'SESUAI', score: 95 },
    ]);
    const monthly = await call(getWorkspace, { as: supervisor, params: { nip: people.staff.nip, periodId } });
    expect(monthly.body).not.toHaveProperty('periodicResults');
  });
});

describe('GET /api/skp/{year} while a revision is drafted', () => {
  it('shows the approved revision still in force beside the new draft', async () => {
    const me = { nip: people.colleague.nip };
    const params = { year: String(year) };
    const plan = (target: number, version: number) => ({ rhk: [{ rhkId: 'r1', kind: 'UTAMA', text: 'Layanan TI', indicators: [{ indicatorId: 'i1', name: 'Tiket selesai', aspek: 'KUANTITAS', target, satuan: 'tiket' }] }], version });
    await call(putSkp, { as: me, params, body: plan(10, 0) });
    await call(submitSkp, { as: me, params, body: { version: 1 } });
    await call(approveSkp, { as: supervisor, params: { nip: me.nip, year: String(year) }, body: {} });
    expect((await call(getSkp, { as: me, params })).body).toMatchObject({ status: 'APPROVED', revision: 1, approvedRevision: null });

    expect((await call(putSkp, { as: me, params, body: plan(12, 3) })).status).toBe(200);
    const shown = await call(getSkp, { as: me, params });
    expect(shown.body).toMatchObject({ status: 'DRAFT', revision: 2, approvedRevision: { status: 'APPROVED', revision: 1 } });
    expect(shown.body.approvedRevision.rhk[0].indicators[0].target).toBe(10);
  });
});
