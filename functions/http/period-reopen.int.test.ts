import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { getClosingPeriod, listScoredUnits, markClosed, markClosing } from '../../shared/data/close-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { auditPk, noticeKey, periodKey, resultKey } from '../../shared/data/keys.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { getResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import { addDays, witaDateOf, witaInstant } from '../../shared/domain/time.ts';
import { closeDuePeriods, closePeriod } from '../../shared/services/close.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as getPublicCertificate } from './get-public-certificate.ts';
import { handler as reopenAssessment } from './post-admin-assessment-reopen.ts';
import { handler as reopen } from './post-admin-period-reopen.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as postReport } from './post-reports.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * POST /api/admin/periods/{id}/reopen and the close after it, on the fixture organisation through the local bus, the
 * notify consumer and the SES stand-in. Addresses carry this run's tag, since the stand-in's store is shared.
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const admin = { nip: people.admin.nip, roles: ['admin' as const] };
const supervisor = { nip: people.supervisor.nip };
let system: LocalSystem;
let period: Period;

async function assess(nip: string, rating: 'DI_ATAS' | 'SESUAI', version = 0): Promise<void> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
  const params = { nip, periodId: period.periodId };
  const body = { hasilKerja: { rating, reason: 'Sesuai bukti dukung.' }, perilaku: { rating, values }, feedback: 'Umpan balik periode ini.', version };
  const saved = await call(putAssessment, { as: supervisor, params, body });
  expect(saved.status, saved.text).toBe(200);
  expect((await call(finalize, { as: supervisor, params, body: { version: saved.body.version } })).status).toBe(200);
}

async function closeAndSettle(): Promise<void> {
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  await drainNotices();
  expect(system.deadLetters).toEqual([]);
}

async function auditOf(key: { PK: string; SK: string }): Promise<{ action: string; actorNip: string; reason?: string; before?: { status?: string; revision?: number }; after?: { status?: string; revision?: number } }[]> {
  const { Items } = await db().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(key) } }));
  return (Items ?? []) as never;
}

const resultOf = async (nip: string) => (await getResults([nip], period.periodId)).get(nip)!;
const subjectsTo = async (who: string) => (await mailsTo(address(who))).map((mail) => mail.subject).sort();

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  await assess(people.staff.nip, 'DI_ATAS');
  await assess(people.colleague.nip, 'SESUAI');
  await closeAndSettle();
});

afterAll(() => system?.stop());

describe('POST /api/admin/periods/{id}/reopen', () => {
  it('refuses an open, a closing, a still-unannounced and an unknown period, and a closesAt already past, changing nothing', async () => {
    const body = { reason: 'Koreksi penilaian atas permintaan OPD.' };
    await createPeriod(definePeriod('BULANAN', 2031, 5, 5));
    const open = await call(reopen, { as: admin, params: { id: '2031-05' }, body });
    expect(open.status).toBe(409);
    expect(open.body.error.message).toBe('Periode Mei 2031 masih terbuka; tidak ada yang perlu dibuka kembali.');

    await createPeriod(definePeriod('BULANAN', 2025, 1, 5));
    await markClosing('2025-01', ['dinkes'], new Date());
    const closing = await call(reopen, { as: admin, params: { id: '2025-01' }, body });
    expect(closing.status).toBe(409);
    expect(closing.body.error.message).toContain('sedang ditutup');

    // CLOSED, but its PeriodClosed not yet out: reopening now would leave that close never announced.
    await createPeriod(definePeriod('BULANAN', 2025, 2, 5));
    await markClosing('2025-02', [], new Date());
    expect(await markClosed('2025-02', new Date(), new Date(Date.now() + 600_000))).toBe(true);
    const unannounced = await call(reopen, { as: admin, params: { id: '2025-02' }, body });
    expect(unannounced.status).toBe(409);
    expect(unannounced.body.error.message).toContain('masih diumumkan');

    expect((await call(reopen, { as: admin, params: { id: '2030-01' }, body })).status).toBe(404);
    const past = await call(reopen, { as: admin, params: { id: period.periodId }, body: { ...body, closesAt: '2020-01-01T00:00:00+08:00' } });
    expect(past.status).toBe(422);
    expect((await call(reopen, { as: admin, params: { id: period.periodId }, body: {} })).status).toBe(400);

    expect(await getClosingPeriod(period.periodId)).toMatchObject({ status: 'CLOSED', closedEvent: 'PUBLISHED' });
    for (const id of ['2031-05', '2025-01', '2025-02', period.periodId]) expect(await auditOf(periodKey(id))).toEqual([]);
  });

  it('reopens a closed period for a week, audited with who and why; a second reopen is 409 and the hourly close leaves it open', async () => {
    const now = new Date();
    const response = await call(reopen, { as: admin, params: { id: period.periodId }, body: { reason: 'Koreksi penilaian Dinas Kesehatan.' } });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ periodId: period.periodId, status: 'OPEN', closeRound: 2, closesAt: witaInstant(addDays(witaDateOf(now), 7), 23, 59).toISOString() });
    expect(response.body).not.toHaveProperty('closedEvent');
    expect(response.body).not.toHaveProperty('unitIds');

    const [audit, ...more] = await auditOf(periodKey(period.periodId));
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ action: 'PERIOD_REOPENED', actorNip: people.admin.nip, reason: 'Koreksi penilaian Dinas Kesehatan.', before: { status: 'CLOSED' }, after: { status: 'OPEN' } });

    const again = await call(reopen, { as: admin, params: { id: period.periodId }, body: { reason: 'Lagi.' } });
    expect(again.status).toBe(409);
    await closeDuePeriods(new Date());
    expect(await getClosingPeriod(period.periodId)).toMatchObject({ status: 'OPEN' });
  });

  it('accepts reports and assessments again while open', async () => {
    const report = await call(postReport, { as: { nip: people.staff.nip }, body: { date: witaDateOf(new Date()), activity: 'Laporan susulan setelah dibuka kembali' } });
    expect(report.status, report.text).toBe(201);
    const params = { nip: people.staff.nip, periodId: period.periodId };
    const reopened = await call(reopenAssessment, { as: admin, params, body: { reason: 'Koreksi atas laporan susulan.', version: 2 } });
    expect(reopened.status, reopened.text).toBe(200);
    await assess(people.staff.nip, 'SESUAI', reopened.body.version);
  });

  it('closes again scoring every unit; only the changed result gets a new revision, its notices and its withdrawn piagams revoked', async () => {
    const staffBefore = await resultOf(people.staff.nip);
    const colleagueBefore = await resultOf(people.colleague.nip);
    const piagams = await Promise.all((['PENGHARGAAN', 'TERBAIK'] as const).map((kind) => getCertificateOf(people.staff.nip, period.periodId, kind)));
    expect(staffBefore).toMatchObject({ revision: 1, predikat: 'SANGAT_BAIK' });

    expect(await closePeriod(period.periodId, new Date())).toMatchObject({ status: 'CLOSING', unitsRequested: 3 });
    await system.bus.idle();
    await drainNotices();
    expect(system.deadLetters).toEqual([]);
    expect(await getClosingPeriod(period.periodId)).toMatchObject({ status: 'CLOSED', closeRound: 2, unitsDone: 3, employeesScored: 6, closedEvent: 'PUBLISHED' });
    expect((await listScoredUnits(period.periodId, 2)).map((unit) => unit.unitId).sort()).toEqual(['bkpsdm', 'dinkes', 'disdik']);

    expect(await resultOf(people.staff.nip)).toMatchObject({ revision: 2, predikat: 'BAIK', decisions: [] });
    expect(await resultOf(people.colleague.nip)).toEqual(colleagueBefore);
    const [rescored] = await auditOf(resultKey(people.staff.nip, period.periodId));
    expect(rescored).toMatchObject({ action: 'RESULT_RESCORED_AFTER_REOPEN', before: { revision: 1 }, after: { revision: 2 } });

    for (const piagam of piagams) {
      const verified = await call(getPublicCertificate, { params: { id: piagam!.certificateId } });
      expect(verified.body).toMatchObject({ valid: false, message: expect.stringContaining('setelah periode dibuka kembali') });
    }
    expect(await getNotice(people.staff.nip, period.periodId, 'HASIL', 2)).toMatchObject({ status: 'SENT' });
    expect(await getNotice(people.colleague.nip, period.periodId, 'HASIL', 2)).toBeUndefined();
    const name = period.name;
    expect(await subjectsTo('staff')).toEqual([`Hasil Penilaian Kinerja Periode ${name}`, `Hasil Penilaian Kinerja Periode ${name} setelah Koreksi`, `Piagam Penghargaan Kinerja Periode ${name}`]);
    expect(await subjectsTo('colleague')).toEqual([`Hasil Penilaian Kinerja Periode ${name}`]);
  });

  it('runs the keberatan days from the corrected notice, not the first one', async () => {
    // Both first notices' 14 days are over; only the staff member got a corrected notice since.
    for (const nip of [people.staff.nip, people.colleague.nip]) {
      await db().send(
        new UpdateCommand({ TableName: tableName(), Key: noticeKey(nip, period.periodId, 'HASIL', 1), UpdateExpression: 'SET keberatanBy = :past', ExpressionAttributeValues: { ':past': '2020-01-01' } }),
      );
    }
    const late = await call(fileAppeal, { as: { nip: people.colleague.nip }, body: { periodId: period.periodId, reason: 'Mohon ditinjau.' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('Batas waktu keberatan sudah lewat');
    const filed = await call(fileAppeal, { as: { nip: people.staff.nip }, body: { periodId: period.periodId, reason: 'Hasil koreksi tidak sesuai bukti.' } });
    expect(filed.status, filed.text).toBe(201);
  });

  it('keeps a decided keberatan final through a later reopen and close; an award granted again gets a new piagam, never the revoked one', async () => {
    const id = `${people.staff.nip}_${period.periodId}`;
    const decided = await call(decide, { as: { nip: people.head.nip }, params: { id }, body: { outcome: 'DIUBAH', hasilKerja: 'DI_ATAS', perilaku: 'DI_ATAS', reason: 'Bukti dukung lengkap.' } });
    expect(decided.status, decided.text).toBe(200);
    await system.bus.idle();
    await drainNotices();
    expect(await resultOf(people.staff.nip)).toMatchObject({ revision: 3, predikat: 'SANGAT_BAIK' });
    const revoked = (await getCertificateOf(people.staff.nip, period.periodId, 'TERBAIK'))!;
    const award = (await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN'))!;
    expect(award.revokedAt).toBeUndefined();

    expect((await call(reopen, { as: admin, params: { id: period.periodId }, body: { reason: 'Koreksi kedua.' } })).status).toBe(200);
    const refused = await call(reopenAssessment, { as: admin, params: { nip: people.staff.nip, periodId: period.periodId }, body: { reason: 'Ubah lagi.', version: 5 } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('sudah diputus');
    await closeAndSettle();

    // The decision's ratings stand (the assessment still says Sesuai); the unit's ranking, done again, gives back the Terbaik place.
    const result = await resultOf(people.staff.nip);
    expect(result).toMatchObject({ revision: 4, hasilKerja: 'DI_ATAS', perilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' });
    expect(result.decisions.map((d) => d.kind)).toEqual(['PENGHARGAAN', 'TERBAIK']);
    expect(await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN')).toEqual(award);
    const terbaik = (await getCertificateOf(people.staff.nip, period.periodId, 'TERBAIK'))!;
    expect(terbaik.certificateId).not.toBe(revoked.certificateId);
    expect(terbaik.revokedAt).toBeUndefined();
    expect((await call(getPublicCertificate, { params: { id: revoked.certificateId } })).body.valid).toBe(false);
    expect(await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN', 4)).toMatchObject({ status: 'SENT', facts: { certificates: [{ certificateId: award.certificateId }, { certificateId: terbaik.certificateId }] } });
  });
});
