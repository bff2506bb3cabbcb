import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { noticeKey } from '../../shared/data/keys.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { getResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as getAppeal } from './get-appeal.ts';
import { handler as inbox } from './get-appeals-inbox.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as explain } from './post-appeal-explanations.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

let system: LocalSystem;
let periodId: string;
let periodName: string;
const supervisor = { nip: people.supervisor.nip };
const head = { nip: people.head.nip, roles: ['pimpinan' as const] };
const colleague = { nip: people.colleague.nip };
let appealId: string;

async function assess(nip: string, hasilKerja: string, perilaku: string) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  await call(putAssessment, { as: supervisor, params: { nip, periodId }, body: { hasilKerja: { rating: hasilKerja }, perilaku: { rating: perilaku, values }, feedback: 'Umpan balik.', version: 0 } });
  await call(finalize, { as: supervisor, params: { nip, periodId }, body: { version: 1 } });
}

/** The DynamoDB requests `run` sends through the shared client, by command, in order. */
async function requestsOf(run: () => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  const name = `requests-${Math.random().toString(36).slice(2)}`;
  db().middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? 'Unknown');
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await run();
  } finally {
    db().middlewareStack.remove(name);
  }
  return sent;
}

beforeAll(async () => {
  system = await startTestSystem();
  await seedOrg();
  ({ periodId, name: periodName } = await seedMonthPeriod());
  await recordPeriodRoster(periodId, new Date());
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS');
  await assess(people.colleague.nip, 'DI_BAWAH', 'SESUAI');
  await closePeriod(periodId, new Date());
  await system.bus.idle();
}, 120_000);

afterAll(() => system?.stop());

describe('keberatan', () => {
  it('goes to the assessor’s supervisor, once per result', async () => {
    const filed = await call(fileAppeal, { as: colleague, body: { periodId, reason: 'Target saya tercapai, laporan belum diverifikasi.' } });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ reviewerNip: people.head.nip, assessorNip: people.supervisor.nip, status: 'DIAJUKAN' });
    appealId = filed.body.appealId;
    expect((await call(fileAppeal, { as: colleague, body: { periodId, reason: 'Lagi' } })).status).toBe(409);
    expect((await call(inbox, { as: head })).body.items.map((a: { appealId: string }) => a.appealId)).toEqual([appealId]);
  });

  it('names the employee as the period’s roster has them and the period, read in one BatchGet with the inbox’s Query', async () => {
    let listed: { status: number; body: { items: { appealId: string; nip: string; employeeName: string; periodName: string }[] } } | undefined;
    const sent = await requestsOf(async () => {
      listed = await call(inbox, { as: head });
    });
    expect(listed?.status).toBe(200);
    expect(listed?.body.items).toEqual([expect.objectContaining({ appealId, nip: people.colleague.nip, employeeName: people.colleague.name, periodName })]);
    expect(sent).toEqual(['QueryCommand', 'BatchGetItemCommand']);

    const one = await call(getAppeal, { as: colleague, params: { id: appealId } });
    expect(one.body).toMatchObject({ appealId, employeeName: people.colleague.name, periodName });
  });

  it('hears both sides and keeps the appeal from anyone else', async () => {
    expect((await call(explain, { as: supervisor, params: { id: appealId }, body: { text: 'Dua laporan tanpa bukti dukung.' } })).status).toBe(200);
    const both = await call(explain, { as: colleague, params: { id: appealId }, body: { text: 'Bukti sudah saya unggah.' } });
    expect(both.body.explanations.map((e: { by: string }) => e.by)).toEqual(['PENILAI', 'PEGAWAI']);
    expect((await call(getAppeal, { as: { nip: people.staff.nip }, params: { id: appealId } })).status).toBe(403);
    expect((await call(explain, { as: { nip: people.staff.nip }, params: { id: appealId }, body: { text: 'x' } })).status).toBe(403);
  });

  it('is decided by the reviewer only; a change re-scores the result and its notice, and is final', async () => {
    expect((await call(decide, { as: supervisor, params: { id: appealId }, body: { outcome: 'DIPERTAHANKAN', reason: 'x' } })).status).toBe(403);
    const decided = await call(decide, { as: head, params: { id: appealId }, body: { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Bukti dukung lengkap.' } });
    expect(decided.status).toBe(200);
    expect(decided.body.result).toMatchObject({ predikat: 'BAIK', revision: 2, incentiveFactor: 1 });
    expect(decided.body.result.decisions).toEqual([]);
    await system.bus.idle();
    const stored = (await getResults([people.colleague.nip], periodId)).get(people.colleague.nip);
    expect(stored).toMatchObject({ predikat: 'BAIK', revision: 2 });
    expect(await getNotice(people.colleague.nip, periodId, 'HASIL', 2)).toMatchObject({ revision: 2 });
    expect((await call(decide, { as: head, params: { id: appealId }, body: { outcome: 'DIPERTAHANKAN', reason: 'Ubah lagi' } })).status).toBe(409);
  });

  it('refuses after the 14 days, showing the deadline, and writes nothing', async () => {
    await db().send(
      new UpdateCommand({ TableName: tableName(), Key: noticeKey(people.staff.nip, periodId, 'HASIL', 1), UpdateExpression: 'SET sentAt = :sent, keberatanBy = :by', ExpressionAttributeValues: { ':sent': '2020-01-01T02:00:00.000Z', ':by': '2020-01-15' } }),
    );
    const late = await call(fileAppeal, { as: { nip: people.staff.nip }, body: { periodId, reason: 'Terlambat' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('2020-01-15');
    expect((await call(getAppeal, { as: { nip: people.staff.nip }, params: { id: `${people.staff.nip}_${periodId}` } })).status).toBe(404);
  });
});
