import { beforeAll, describe, expect, it } from 'vitest';
import { witaDateOf } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as getReports } from './get-reports.ts';
import { handler as getTeamReports } from './get-team-reports.ts';
import { handler as postReports } from './post-reports.ts';
import { handler as verify } from './post-team-report-verify.ts';

const staff = { nip: people.staff.nip };
const supervisor = { nip: people.supervisor.nip };
const today = witaDateOf(new Date());
let periodId: string;
let reportId: string;

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  const posted = await call(postReports, { as: staff, body: { date: today, activity: 'Validasi data sasaran imunisasi' } });
  reportId = posted.body.reportId;
});

describe('a re-sent report with the same Idempotency-Key', () => {
  it('is stored once and answered with the original', async () => {
    const send = () => call(postReports, { as: staff, headers: { 'idempotency-key': 'draft-7f3a9c21' }, body: { date: today, activity: 'Draf yang dikirim ulang' } });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.reportId).toBe(first.body.reportId);
    const listed = await call(getReports, { as: staff, query: { period: periodId } });
    expect(listed.body.items.filter((r: { activity: string }) => r.activity === 'Draf yang dikirim ulang')).toHaveLength(1);
  });

  it('refuses a malformed key', async () => {
    const response = await call(postReports, { as: staff, headers: { 'idempotency-key': 'x' }, body: { date: today, activity: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('header.idempotency-key');
  });
});

describe('verification by the supervisor of record', () => {
  it('lets the supervisor see the team member’s reports, and no one else', async () => {
    const seen = await call(getTeamReports, { as: supervisor, params: { nip: people.staff.nip }, query: { period: periodId } });
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((r: { reportId: string }) => r.reportId)).toContain(reportId);
    for (const actor of [{ nip: people.colleague.nip }, { nip: people.otherSupervisor.nip }, staff]) {
      expect((await call(getTeamReports, { as: actor, params: { nip: people.staff.nip }, query: { period: periodId } })).status).toBe(403);
    }
  });

  it('returns a report with a note the employee then sees, and needs that note', async () => {
    const noNote = await call(verify, { as: supervisor, params: { nip: people.staff.nip, id: reportId }, body: { periodId, status: 'DIKEMBALIKAN' } });
    expect(noNote.status).toBe(400);
    const returned = await call(verify, {
      as: supervisor,
      params: { nip: people.staff.nip, id: reportId },
      body: { periodId, status: 'DIKEMBALIKAN', note: 'Lampirkan bukti dukung.' },
    });
    expect(returned.body).toMatchObject({ status: 'DIKEMBALIKAN', verificationNote: 'Lampirkan bukti dukung.', verifiedBy: people.supervisor.nip });
    const mine = await call(getReports, { as: staff, query: { period: periodId } });
    expect(mine.body.items.find((r: { reportId: string }) => r.reportId === reportId)).toMatchObject({ status: 'DIKEMBALIKAN', verificationNote: 'Lampirkan bukti dukung.' });
  });

  it('refuses another supervisor and an unknown report, changing nothing', async () => {
    const stranger = await call(verify, { as: { nip: people.otherSupervisor.nip }, params: { nip: people.staff.nip, id: reportId }, body: { periodId, status: 'SESUAI' } });
    expect(stranger.status).toBe(403);
    const unknown = await call(verify, { as: supervisor, params: { nip: people.staff.nip, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { periodId, status: 'SESUAI' } });
    expect(unknown.status).toBe(404);
    const mine = await call(getReports, { as: staff, query: { period: periodId } });
    expect(mine.body.items.find((r: { reportId: string }) => r.reportId === reportId).status).toBe('DIKEMBALIKAN');
  });
});
