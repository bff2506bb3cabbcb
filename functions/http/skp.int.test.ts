import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { auditPk, skpKey } from '../../shared/data/keys.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as getSkp } from './get-skp.ts';
import { handler as getTeam } from './get-team.ts';
import { handler as getTeamSkp } from './get-team-skp.ts';
import { handler as submitSkp } from './post-skp-submit.ts';
import { handler as approveSkp } from './post-team-skp-approve.ts';
import { handler as returnSkp } from './post-team-skp-reject.ts';
import { handler as putSkp } from './put-skp.ts';

const staff = { nip: people.staff.nip };
const supervisor = { nip: people.supervisor.nip };
const year = '2026';
const plan = {
  rhk: [
    {
      rhkId: 'rhk-1',
      kind: 'UTAMA',
      text: 'Meningkatnya cakupan imunisasi dasar lengkap',
      indicators: [{ indicatorId: 'iki-1', name: 'Cakupan imunisasi dasar lengkap', aspek: 'KUALITAS', target: 95, satuan: '%' }],
    },
  ],
};

async function auditActions(nip: string): Promise<string[]> {
  const { Items } = await db().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(skpKey(nip, 2026)) } }),
  );
  return (Items ?? []).map((item) => item.action as string);
}

beforeAll(seedOrg);

describe('SKP plans', () => {
  it('runs draft → submit → return → resubmit → approve, audited, and locks the approved plan into revisions', async () => {
    const saved = await call(putSkp, { as: staff, params: { year }, body: { ...plan, version: 0 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'DRAFT', version: 1, revision: 1 });
    expect(saved.body.rhk[0].indicators[0].direction).toBe('HIGHER_IS_BETTER');

    const submitted = await call(submitSkp, { as: staff, params: { year }, body: { version: 1 } });
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', supervisorNip: people.supervisor.nip });

    const pending = await call(getTeamSkp, { as: supervisor, query: { year } });
    expect(pending.body.items.map((p: { nip: string }) => p.nip)).toEqual([people.staff.nip]);

    const returned = await call(returnSkp, { as: supervisor, params: { nip: people.staff.nip, year }, body: { note: 'Tambahkan indikator waktu.' } });
    expect(returned.body).toMatchObject({ status: 'RETURNED', returnNote: 'Tambahkan indikator waktu.' });
    expect((await call(getTeamSkp, { as: supervisor, query: { year } })).body.items).toEqual([]);

    await call(submitSkp, { as: staff, params: { year }, body: { version: returned.body.version } });
    const approved = await call(approveSkp, { as: supervisor, params: { nip: people.staff.nip, year }, body: {} });
    expect(approved.body).toMatchObject({ status: 'APPROVED' });

    const revised = await call(putSkp, { as: staff, params: { year }, body: { ...plan, version: approved.body.version } });
    expect(revised.body).toMatchObject({ status: 'DRAFT', revision: 2 });
    expect(await auditActions(people.staff.nip)).toEqual([
      'SKP_SAVED',
      'SKP_SUBMITTED',
      'SKP_RETURNED',
      'SKP_SUBMITTED',
      'SKP_APPROVED',
      'SKP_REVISION_OPENED',
    ]);
  });

  it('keeps approvals to the supervisor of record: not the employee, not another supervisor', async () => {
    const colleague = { nip: people.colleague.nip };
    await call(putSkp, { as: colleague, params: { year }, body: { ...plan, version: 0 } });
    await call(submitSkp, { as: colleague, params: { year }, body: { version: 1 } });

    const self = await call(approveSkp, { as: colleague, params: { nip: people.colleague.nip, year }, body: {} });
    expect(self.status).toBe(403);
    const stranger = await call(approveSkp, { as: { nip: people.otherSupervisor.nip }, params: { nip: people.colleague.nip, year }, body: {} });
    expect(stranger.status).toBe(403);
    const head = await call(approveSkp, { as: { nip: people.head.nip, roles: ['pimpinan'] }, params: { nip: people.colleague.nip, year }, body: {} });
    expect(head.status).toBe(403);

    const stillPending = await call(getSkp, { as: colleague, params: { year } });
    expect(stillPending.body.status).toBe('SUBMITTED');
  });

  it('answers 409 to a stale version and writes nothing', async () => {
    const head = { nip: people.head.nip };
    await call(putSkp, { as: head, params: { year }, body: { ...plan, version: 0 } });
    const stale = await call(putSkp, { as: head, params: { year }, body: { ...plan, rhk: [{ ...plan.rhk[0], text: 'Versi lain' }], version: 0 } });
    expect(stale.status).toBe(409);
    expect((await call(getSkp, { as: head, params: { year } })).body.rhk[0].text).toBe(plan.rhk[0]!.text);
  });

  it('validates plans with messages naming the field', async () => {
    const bad = await call(putSkp, {
      as: { nip: people.otherSupervisor.nip },
      params: { year },
      body: { rhk: [{ ...plan.rhk[0], indicators: [{ ...plan.rhk[0]!.indicators[0], target: 0 }] }], version: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({ field: 'body.rhk.0.indicators.0.target', message: 'Target harus lebih besar dari 0.' });
    expect((await call(getSkp, { as: { nip: people.otherSupervisor.nip }, params: { year } })).body).toBeNull();
    expect((await call(getSkp, { as: staff, params: { year: '19' } })).status).toBe(400);
  });
});

describe('GET /api/team', () => {
  it('lists the direct reports of the caller only', async () => {
    const team = await call(getTeam, { as: supervisor });
    expect(team.body.items.map((p: { nip: string }) => p.nip).sort()).toEqual([people.colleague.nip, people.staff.nip].sort());
    expect((await call(getTeam, { as: staff })).body.items).toEqual([]);
  });
});
