import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BusEntry } from '../../infra/local/event-bus.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { getCertificate, getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { closeRoundOf, getClosingPeriod } from '../../shared/data/close-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { auditPk, periodKey } from '../../shared/data/keys.ts';
import { getNotice, listNoticesOfPeriod } from '../../shared/data/notice-repository.ts';
import { listAllReports } from '../../shared/data/report-repository.ts';
import { getResults, listUnitResults } from '../../shared/data/result-repository.ts';
import { putUnit } from '../../shared/data/unit-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Employee } from '../../shared/domain/people.ts';
import type { Period } from '../../shared/domain/period.ts';
import type { Predikat } from '../../shared/domain/quadrant.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import type { NoticeKind } from '../../shared/notify/notice.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { seedMonthPeriod } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as reopenAssessment } from '../http/post-admin-assessment-reopen.ts';
import { handler as reopenPeriod } from '../http/post-admin-period-reopen.ts';
import { handler as postReport } from '../http/post-reports.ts';
import { handler as finalize } from '../http/post-team-assessment-finalize.ts';
import { handler as putAssessment } from '../http/put-team-assessment.ts';

/**
 * Soak: a period closed, reopened and closed again 20 times through the local bus, the notify consumer, DynamoDB Local
 * and the SES stand-in, with reports, changed assessments and late ones in between. Afterwards the items themselves must
 * show nothing lost or duplicated: one result per person at the revision its changes call for, every report, exactly
 * the notices those revisions call for, each mailed once, each award's piagams issued once per grant, and one
 * PeriodClosed per close. Two units of ten: a supervisor (whom nobody assesses) and nine staff each.
 */
const CYCLES = 20;
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const admin = { nip: '198102152006042001', roles: ['admin' as const] };

type Grade = Predikat | 'BELUM_DINILAI';
const RATINGS: Partial<Record<Grade, { hasilKerja: string; perilaku: string }>> = {
  SANGAT_BAIK: { hasilKerja: 'DI_ATAS', perilaku: 'DI_ATAS' },
  BAIK: { hasilKerja: 'SESUAI', perilaku: 'SESUAI' },
  BUTUH_PERBAIKAN: { hasilKerja: 'DI_BAWAH', perilaku: 'SESUAI' },
};
const NEXT: Partial<Record<Grade, Grade>> = { BAIK: 'SANGAT_BAIK', SANGAT_BAIK: 'BUTUH_PERBAIKAN', BUTUH_PERBAIKAN: 'BAIK' };

interface Person extends Employee {
  /** The grade each revision of the result stood for, oldest first; the last is the one in force. */
  readonly revisions: Grade[];
  /** The grade the assessment now stands for (what the next close will score). */
  grade: Grade;
  assessmentVersion: number;
  reports: number;
}

const units = ['soak-a', 'soak-b'] as const;
const staff: Person[] = [];
const supervisors: Person[] = [];
let everyone: Person[] = [];
let system: LocalSystem;
let period: Period;
let closes = 0;
const published: BusEntry[] = [];

function person(unitIndex: number, i: number, supervisorNip?: string): Person {
  const nip = `1985${String(unitIndex + 1).padStart(2, '0')}${String(i + 1).padStart(2, '0')}2010011${String(unitIndex * 10 + i).padStart(3, '0')}`.slice(0, 18);
  return {
    nip,
    name: `Pegawai ${unitIndex}-${i}`,
    email: address(nip),
    jabatan: supervisorNip ? 'Analis' : 'Kepala Bidang',
    golongan: 'III/b',
    unitId: units[unitIndex]!,
    ...(supervisorNip ? { supervisorNip } : {}),
    roles: [],
    revisions: [],
    grade: 'BELUM_DINILAI',
    assessmentVersion: 0,
    reports: 0,
  };
}

const supervisorOf = (p: Person) => ({ nip: p.supervisorNip! });

/** The supervisor writes and finalises the assessment for `grade` (after an admin reopen if it was final). */
async function assess(p: Person, grade: Grade): Promise<void> {
  const params = { nip: p.nip, periodId: period.periodId };
  if (p.assessmentVersion > 0) {
    const reopened = await call(reopenAssessment, { as: admin, params, body: { reason: 'Koreksi setelah periode dibuka kembali.', version: p.assessmentVersion } });
    expect(reopened.status, reopened.text).toBe(200);
    p.assessmentVersion = reopened.body.version;
  }
  const { hasilKerja, perilaku } = RATINGS[grade]!;
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const body = { hasilKerja: { rating: hasilKerja, reason: 'Sesuai bukti dukung.' }, perilaku: { rating: perilaku, values }, feedback: 'Umpan balik periode ini.', version: p.assessmentVersion };
  const saved = await call(putAssessment, { as: supervisorOf(p), params, body });
  expect(saved.status, saved.text).toBe(200);
  const finalised = await call(finalize, { as: supervisorOf(p), params, body: { version: saved.body.version } });
  expect(finalised.status, finalised.text).toBe(200);
  p.assessmentVersion = finalised.body.version;
  p.grade = grade;
}

async function report(p: Person, activity: string): Promise<void> {
  const response = await call(postReport, { as: { nip: p.nip }, body: { date: witaDateOf(new Date()), activity } });
  expect(response.status, response.text).toBe(201);
  p.reports++;
}

/** Closes, waits for every unit, result and notice, and books the revision each changed person now expects. */
async function close(): Promise<void> {
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  await drainNotices();
  closes++;
  for (const p of everyone) if (p.revisions.at(-1) !== p.grade) p.revisions.push(p.grade);
  expect(system.deadLetters).toEqual([]);
  const closed = (await getClosingPeriod(period.periodId))!;
  expect(closed).toMatchObject({ status: 'CLOSED', closedEvent: 'PUBLISHED' });
  expect(closeRoundOf(closed)).toBe(closes);
}

async function reopen(cycle: number): Promise<void> {
  const response = await call(reopenPeriod, { as: admin, params: { id: period.periodId }, body: { reason: `Koreksi ke-${cycle}.` } });
  expect(response.status, response.text).toBe(200);
}

/**
 * What changes while the period is open in a cycle: a report every other cycle; in unit A one person's assessment
 * every third cycle (Baik → Sangat Baik → Butuh Perbaikan → Baik …, so an award is granted, withdrawn and granted
 * again), in unit B another's twice; two late assessments; and once a change made and undone before the close.
 */
async function changesOf(cycle: number): Promise<void> {
  const [a, b] = units.map((unitId) => staff.filter((p) => p.unitId === unitId)) as [Person[], Person[]];
  if (cycle % 2 === 1) await report((cycle % 4 === 1 ? a : b)[cycle % 9]!, `Laporan siklus ${cycle}`);
  if (cycle % 3 === 2) await assess(a[3]!, NEXT[a[3]!.grade]!);
  if (cycle % 8 === 6) await assess(b[1]!, NEXT[b[1]!.grade]!);
  if (cycle === 4) await assess(b[7]!, 'BAIK');
  if (cycle === 9) await assess(a[8]!, 'SANGAT_BAIK');
  if (cycle === 12) {
    // Changed and changed back before the close: the result is the same, so nothing new is written or sent.
    const was = a[2]!.grade;
    await assess(a[2]!, NEXT[was]!);
    await assess(a[2]!, was);
  }
}

/** The notices a grade calls for (the org has no earlier periods, so no sanction streak). */
function kindsFor(grade: Grade): NoticeKind[] {
  if (grade === 'BELUM_DINILAI') return ['BELUM_DINILAI'];
  return ['HASIL', ...(grade === 'SANGAT_BAIK' ? (['PENGHARGAAN'] as const) : []), ...(grade === 'BUTUH_PERBAIKAN' ? (['PEMBINAAN'] as const) : [])];
}

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  for (const [u, unitId] of units.entries()) {
    const head = person(u, 9);
    supervisors.push(head);
    for (let i = 0; i < 9; i++) staff.push(person(u, i, head.nip));
    await putUnit({ unitId, name: `Unit Uji ${u + 1}` });
  }
  everyone = [...staff, ...supervisors];
  await Promise.all(everyone.map(({ revisions: _r, grade: _g, assessmentVersion: _v, reports: _n, ...employee }) => putEmployee(employee)));
  period = await seedMonthPeriod();
  system = await startTestSystem();
  const publish = system.bus.publish.bind(system.bus);
  vi.spyOn(system.bus, 'publish').mockImplementation((entries) => {
    published.push(...entries);
    return publish(entries);
  });
  const { recordPeriodRoster } = await import('../../shared/services/roster.ts');
  await recordPeriodRoster(period.periodId, new Date());
  // Each unit: the lowest NIP is the fixed Sangat Baik (so always its Terbaik), six are Baik, two wait to be assessed late.
  for (const p of staff) {
    const i = Number(p.name.split('-')[1]);
    if (i < 7) await assess(p, i === 0 ? 'SANGAT_BAIK' : 'BAIK');
    await report(p, 'Laporan awal periode');
  }
});

afterAll(() => system?.stop());

describe(`a period closed, reopened and closed again ${CYCLES} times`, () => {
  it('loses and duplicates nothing', { timeout: 120_000 }, async () => {
    await close();
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await reopen(cycle);
      await changesOf(cycle);
      await close();
    }

    // The period: closed, its last close announced, one PeriodClosed per close and one audited reopen per cycle.
    expect(await getClosingPeriod(period.periodId)).toMatchObject({ status: 'CLOSED', closeRound: CYCLES + 1, unitsDone: 2, employeesScored: 20, closedEvent: 'PUBLISHED' });
    expect(published.filter((e) => e.detailType === 'PeriodClosed')).toHaveLength(CYCLES + 1);
    const { Items: audits = [] } = await db().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(periodKey(period.periodId)) } }));
    expect(audits.map((a) => a.action)).toEqual(Array(CYCLES).fill('PERIOD_REOPENED'));

    // Results: one per person, at the revision their changes call for, saying what the assessment says.
    const results = await getResults(everyone.map((p) => p.nip), period.periodId);
    const unitResults = (await Promise.all(units.map((unitId) => listUnitResults(period.periodId, unitId)))).flat();
    expect(unitResults.map((r) => r.nip).sort()).toEqual(everyone.map((p) => p.nip).sort());
    for (const p of everyone) {
      const result = results.get(p.nip)!;
      expect([result.revision, result.predikat ?? 'BELUM_DINILAI'], p.name).toEqual([p.revisions.length, p.grade]);
    }
    expect(staff.find((p) => p.name === 'Pegawai 0-3')!.revisions).toEqual(['BAIK', 'SANGAT_BAIK', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK']);
    expect(staff.find((p) => p.name === 'Pegawai 0-2')!.revisions).toEqual(['BAIK']);

    // Reports: every one still there.
    for (const p of everyone) expect((await listAllReports(p.nip, { periodId: period.periodId })).length, p.name).toBe(p.reports);
    expect(staff.reduce((sum, p) => sum + p.reports, 0)).toBe(18 + CYCLES / 2);

    // Notices: exactly one per (person, kind, revision) the revisions call for, all sent, each in exactly one email.
    const lines = await listNoticesOfPeriod(period.periodId);
    const expected = everyone.flatMap((p) => p.revisions.flatMap((grade, i) => kindsFor(grade).map((kind) => `${p.nip}_${period.periodId}_${kind}_R${i + 1}`)));
    expect(lines.map((n) => n.noticeId).sort()).toEqual(expected.sort());
    const notices = await Promise.all(lines.map((n) => getNotice(n.nip, period.periodId, n.kind, Number(n.noticeId.split('_R')[1]))));
    expect(notices.filter((n) => n?.status !== 'SENT')).toEqual([]);
    const mails = await mailsTo(`+${run}@`);
    expect(mails).toHaveLength(notices.length);
    expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set(notices.map((n) => n!.sesMessageId)));

    // Piagams: a new one each time an award is granted (again), every earlier one revoked, the one in force valid iff the award stands.
    for (const p of staff) {
      const awarded = p.revisions.map((grade) => grade === 'SANGAT_BAIK');
      const grants = awarded.filter((award, i) => award && !awarded[i - 1]).length;
      const awardNotices = notices.filter((n) => n!.nip === p.nip && n!.kind === 'PENGHARGAAN');
      const issued = [...new Set(awardNotices.flatMap((n) => n!.facts.certificates.filter((c) => c.kind === 'PENGHARGAAN').map((c) => c.certificateId)))];
      expect(issued, p.name).toHaveLength(grants);
      const inForce = await getCertificateOf(p.nip, period.periodId, 'PENGHARGAAN');
      expect(inForce?.certificateId, p.name).toBe(issued.at(-1));
      for (const id of issued.slice(0, -1)) expect((await getCertificate(id))!.revokedAt, `${p.name} ${id}`).toBeDefined();
      if (inForce) expect(inForce.revokedAt === undefined, p.name).toBe(p.grade === 'SANGAT_BAIK');
      const terbaik = await getCertificateOf(p.nip, period.periodId, 'TERBAIK');
      expect(terbaik === undefined, p.name).toBe(p.name.split('-')[1] !== '0');
    }
  });
});
