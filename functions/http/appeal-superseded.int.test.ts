import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { ChangedWhileDeciding, getAppeal, recordAppealDecision } from '../../shared/data/appeal-repository.ts';
import { awardWithdrawal, getCertificate, getCertificateOf, issueCertificateOnce } from '../../shared/data/certificate-repository.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { getScoredUnit } from '../../shared/data/close-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { appealKey, auditPk, certificateKey, certificateOfKey, unitScoredKey } from '../../shared/data/keys.ts';
import { getUnit } from '../../shared/data/unit-repository.ts';
import { curveWarnings } from '../../shared/domain/curve.ts';
import { isTopPerformer } from '../../shared/domain/result.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { getResults } from '../../shared/data/result-repository.ts';
import { decideAppeal } from '../../shared/domain/appeal.ts';
import { DEFAULT_ASSESSMENT_POLICY } from '../../shared/domain/assessment-policy.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { publicSummary } from '../../shared/services/public-summary.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as getPublicCertificate } from './get-public-certificate.ts';
import { handler as inbox } from './get-appeals-inbox.ts';
import { handler as reopenAssessment } from './post-admin-assessment-reopen.ts';
import { handler as reopenPeriod } from './post-admin-period-reopen.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as explain } from './post-appeal-explanations.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * A keberatan against a result that a close after a reopen corrects before anyone decides it ends GUGUR, and the
 * employee may object to the corrected result; a decision withdrawing an award revokes a piagam issued while it was
 * being made. On the fixture organisation through the local bus, the notify consumer and the SES stand-in.
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const admin = { nip: people.admin.nip, roles: ['admin' as const] };
/** The assessor's supervisor of record, who decides the dinkes staff's keberatan. */
const reviewer = { nip: people.head.nip, roles: ['pimpinan' as const] };
const achiever = { nip: '199305212021012003', name: 'Wa Ode Fitriani', email: address('achiever'), jabatan: 'Nutrisionis Ahli Pertama', golongan: 'III/a', unitId: 'dinkes', supervisorNip: people.supervisor.nip, roles: [] };
/** A piagam code (Crockford base32, 16 characters) for the one issued mid-decision. */
const LATE_PIAGAM = 'K7P1AGAM2026XYZQ';
let system: LocalSystem;
let period: Period;

async function assess(nip: string, rating: 'DI_ATAS' | 'SESUAI', version = 0): Promise<void> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
  const params = { nip, periodId: period.periodId };
  const body = { hasilKerja: { rating, reason: 'Sesuai bukti dukung.' }, perilaku: { rating, values }, feedback: 'Umpan balik periode ini.', version };
  const saved = await call(putAssessment, { as: { nip: people.supervisor.nip }, params, body });
  expect(saved.status, saved.text).toBe(200);
  expect((await call(finalize, { as: { nip: people.supervisor.nip }, params, body: { version: saved.body.version } })).status).toBe(200);
}

async function closeAndSettle(): Promise<void> {
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  await drainNotices();
  expect(system.deadLetters).toEqual([]);
}

const appealId = (nip: string) => `${nip}_${period.periodId}`;
const resultOf = async (nip: string) => (await getResults([nip], period.periodId)).get(nip)!;
const fileOwn = (nip: string, reason: string) => call(fileAppeal, { as: { nip }, body: { periodId: period.periodId, reason } });
const subjectsTo = async (who: string) => (await mailsTo(address(who))).map((mail) => mail.subject);

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  await putEmployee(achiever);
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  await assess(people.staff.nip, 'DI_ATAS');
  await assess(achiever.nip, 'DI_ATAS');
  await assess(people.colleague.nip, 'SESUAI');
  await closeAndSettle();
}, 120_000);

afterAll(() => system?.stop());

describe('a decision that withdraws an award while its piagam is being issued', () => {
  it('fails rather than leave the new piagam valid, and deciding again revokes it', async () => {
    expect((await fileOwn(achiever.nip, 'Mohon ditinjau.')).status).toBe(201);
    const result = await resultOf(achiever.nip);
    expect(result.decisions.map((d) => d.kind)).toContain('PENGHARGAAN');
    // The award is decided but its piagam not issued yet: the notify consumer has not reached this result.
    const issued = (await getCertificateOf(achiever.nip, period.periodId, 'PENGHARGAAN'))!;
    await db().send(new DeleteCommand({ TableName: tableName(), Key: certificateOfKey(achiever.nip, period.periodId, 'PENGHARGAAN') }));
    await db().send(new DeleteCommand({ TableName: tableName(), Key: certificateKey(issued.certificateId) }));

    const now = new Date();
    const { appeal: decided, corrected } = decideAppeal((await getAppeal(achiever.nip, period.periodId))!, result, { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Tidak didukung bukti.' }, reviewer.nip, DEFAULT_ASSESSMENT_POLICY, now);
    const rescored = { ...result, ...corrected!, decisions: [], revision: result.revision + 1 };
    const withdrawal = await awardWithdrawal(achiever.nip, period.periodId, ['PENGHARGAAN'], now, 'Keberatan', 'KEBERATAN');
    expect(withdrawal.revoked).toEqual([]);
    // The consumer issues it now, between the decision's read and its write.
    const lateComer = { ...issued, certificateId: LATE_PIAGAM, issuedAt: now.toISOString() };
    expect(await issueCertificateOnce(lateComer, result.revision)).toEqual(lateComer);

    const audit = { actorNip: reviewer.nip, action: 'APPEAL_DECIDED', at: now.toISOString() };
    await expect(recordAppealDecision({ decided, previousResult: result, corrected: rescored, audit, notices: [], withdrawal: withdrawal.items })).rejects.toBeInstanceOf(ChangedWhileDeciding);
    expect(await getAppeal(achiever.nip, period.periodId)).toMatchObject({ status: 'DIAJUKAN' });
    expect(await resultOf(achiever.nip)).toEqual(result);

    // Warnings left from before the decision would be stale: the decision must judge the curve again.
    await db().send(new UpdateCommand({ TableName: tableName(), Key: unitScoredKey(period.periodId, 'dinkes'), UpdateExpression: 'SET curveWarnings = :stale', ExpressionAttributeValues: { ':stale': ['peringatan lama'] } }));
    const markerBefore = (await getScoredUnit(period.periodId, 'dinkes'))!;
    const response = await call(decide, { as: reviewer, params: { id: appealId(achiever.nip) }, body: { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Tidak didukung bukti.' } });
    expect(response.status, response.text).toBe(200);
    // The unit's counts, which the public summary publishes, follow the result in force, and say when they moved.
    const marker = (await getScoredUnit(period.periodId, 'dinkes'))!;
    expect(marker.counts).toEqual({ ...markerBefore.counts, SANGAT_BAIK: markerBefore.counts.SANGAT_BAIK! - 1, BAIK: (markerBefore.counts.BAIK ?? 0) + 1 });
    expect(marker.updatedAt).toBe(response.body.appeal.decision.decidedAt);
    expect(marker.curveWarnings).toEqual(curveWarnings(marker.counts, (await getUnit('dinkes'))?.orgPredikat));
    expect(marker.topPerformers).toBe(markerBefore.topPerformers! - (isTopPerformer(result) ? 1 : 0));
    const summary = await publicSummary(period.periodId, 1);
    expect(summary.period.updatedAt).toBe(marker.updatedAt);
    expect(summary.period.updatedAt! > summary.period.closedAt!).toBe(true);
    expect(summary.units.find((unit) => unit.unitId === 'dinkes')!.distribution).toMatchObject({ SANGAT_BAIK: marker.counts.SANGAT_BAIK, BAIK: marker.counts.BAIK });
    expect(await getCertificate(LATE_PIAGAM)).toMatchObject({ revokedAt: expect.any(String), revocationCause: 'KEBERATAN' });
    expect((await call(getPublicCertificate, { params: { id: LATE_PIAGAM } })).body).toMatchObject({ valid: false });
    await system.bus.idle();
    await drainNotices();
    const told = await getNotice(achiever.nip, period.periodId, 'KEBERATAN_DIPUTUS', 1);
    expect(told?.facts.appeal?.decision?.revokedCertificates.map((c) => c.certificateId)).toContain(LATE_PIAGAM);
  });
});

describe('a keberatan still pending when a close after a reopen corrects the result', () => {
  it('ends GUGUR with the correction, telling the employee and the reviewer once; one on an unchanged result stays pending', async () => {
    expect((await fileOwn(people.staff.nip, 'Capaian saya lebih tinggi dari yang dinilai.')).status).toBe(201);
    expect((await fileOwn(people.colleague.nip, 'Perilaku kerja saya layak di atas ekspektasi.')).status).toBe(201);
    expect((await call(reopenPeriod, { as: admin, params: { id: period.periodId }, body: { reason: 'Koreksi penilaian Dinas Kesehatan.' } })).status).toBe(200);
    const params = { nip: people.staff.nip, periodId: period.periodId };
    const reopened = await call(reopenAssessment, { as: admin, params, body: { reason: 'Koreksi atas bukti dukung.', version: 2 } });
    expect(reopened.status, reopened.text).toBe(200);
    await assess(people.staff.nip, 'SESUAI', reopened.body.version);
    await closeAndSettle();

    const corrected = await resultOf(people.staff.nip);
    expect(corrected).toMatchObject({ revision: 2, predikat: 'BAIK' });
    expect(await getAppeal(people.staff.nip, period.periodId)).toMatchObject({ status: 'GUGUR', filing: 1, superseded: { round: 2, resultRevision: 2 } });
    expect(await getAppeal(people.colleague.nip, period.periodId)).toMatchObject({ status: 'DIAJUKAN' });

    const { Items } = await db().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(appealKey(people.staff.nip, period.periodId)) } }));
    expect(Items!.map((item) => item.action)).toEqual(['APPEAL_FILED', 'APPEAL_SUPERSEDED']);

    const subject = `Keberatan Gugur karena Hasil Dikoreksi: ${people.staff.name} (${period.name})`;
    expect(await getNotice(people.staff.nip, period.periodId, 'KEBERATAN_GUGUR', 1)).toMatchObject({ status: 'SENT', facts: { predikat: 'BAIK' } });
    expect((await subjectsTo('staff')).filter((s) => s === subject)).toHaveLength(1);
    expect((await subjectsTo('head')).filter((s) => s === subject)).toHaveLength(1);
    const [mail] = (await mailsTo(address('staff'))).filter((m) => m.subject === subject);
    expect(mail!.body.text).toContain('Predikat Kinerja (terkoreksi): Baik');
    expect(mail!.body.text).toContain('Capaian saya lebih tinggi dari yang dinilai.');
  });

  it('takes no decision or explanation on the GUGUR one, and leaves the reviewer only the pending one to decide', async () => {
    const refused = await call(decide, { as: reviewer, params: { id: appealId(people.staff.nip) }, body: { outcome: 'DIPERTAHANKAN', reason: 'Sesuai bukti.' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('gugur karena hasil penilaiannya telah dikoreksi');
    const explained = await call(explain, { as: { nip: people.staff.nip }, params: { id: appealId(people.staff.nip) }, body: { text: 'Tambahan bukti.' } });
    expect(explained.status).toBe(409);
    expect(explained.body.error.message).toContain('gugur');

    const items = (await call(inbox, { as: reviewer })).body.items as { nip: string; status: string }[];
    expect(items.filter((a) => a.status === 'DIAJUKAN').map((a) => a.nip)).toEqual([people.colleague.nip]);
    expect(items.find((a) => a.nip === people.staff.nip)).toMatchObject({ status: 'GUGUR' });
  });

  it('lets the employee object to the corrected result, once, as a second filing with its own notice', async () => {
    const filed = await fileOwn(people.staff.nip, 'Hasil koreksi pun belum sesuai bukti.');
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toMatchObject({ status: 'DIAJUKAN', filing: 2, reason: 'Hasil koreksi pun belum sesuai bukti.' });
    expect(filed.body).not.toHaveProperty('superseded');
    const again = await fileOwn(people.staff.nip, 'Sekali lagi.');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('sudah diajukan');

    await drainNotices();
    expect(await getNotice(people.staff.nip, period.periodId, 'KEBERATAN_DIAJUKAN', 2)).toMatchObject({ status: 'SENT', facts: { predikat: 'BAIK' } });
    const decided = await call(decide, { as: reviewer, params: { id: appealId(people.staff.nip) }, body: { outcome: 'DIPERTAHANKAN', reason: 'Koreksi sudah sesuai bukti.' } });
    expect(decided.status, decided.text).toBe(200);
    await drainNotices();
    expect(await getNotice(people.staff.nip, period.periodId, 'KEBERATAN_DIPUTUS', 2)).toMatchObject({ status: 'SENT' });
    expect(await getNotice(people.staff.nip, period.periodId, 'KEBERATAN_DIPUTUS', 1)).toBeUndefined();
  });
});

