import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { getClosingPeriod, getScoredUnit, markClosing } from '../../shared/data/close-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { getResults, putResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import { addDays, witaDateOf } from '../../shared/domain/time.ts';
import { EVENT_SOURCE } from '../../shared/manifest.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as getWorkspace } from './get-team-assessment.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * A period closes with people not assessed (BELUM_DINILAI, escalated to their supervisor and BKPSDM). Their
 * supervisor of record may still assess them: finalising scores them through the close's own scoring, replaces the
 * BELUM_DINILAI result, moves the unit's counts, and the notify consumer sends their notices once. Nobody else's
 * assessment reopens. Everyone has an address of this run, since the SES stand-in's store is shared.
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const late = { nip: '199203152020121005', name: 'Wa Ode Fitriani', email: address('late'), jabatan: 'Pengelola Data Kesehatan', golongan: 'II/c', unitId: 'dinkes', supervisorNip: people.supervisor.nip, roles: [] };

let system: LocalSystem;
let period: Period;

function body(hasilKerja: string, perilaku: string, version: number) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  return { hasilKerja: { rating: hasilKerja }, perilaku: { rating: perilaku, values }, feedback: 'Dinilai setelah periode ditutup.', version };
}

async function save(assessorNip: string, nip: string, hasilKerja: string, perilaku: string, version = 0) {
  return call(putAssessment, { as: { nip: assessorNip }, params: { nip, periodId: period.periodId }, body: body(hasilKerja, perilaku, version) });
}

async function saveAndFinalize(assessorNip: string, nip: string, hasilKerja: string, perilaku: string) {
  expect((await save(assessorNip, nip, hasilKerja, perilaku)).status).toBe(200);
  return call(finalize, { as: { nip: assessorNip }, params: { nip, periodId: period.periodId }, body: { version: 1 } });
}

const subjects = async (who: string) => (await mailsTo(address(who))).map((mail) => mail.subject).sort();

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  await putEmployee(late);
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  // Butuh Perbaikan last month: a second poor result, even a late one, recommends a sanction.
  const [year, month] = period.periodId.split('-').map(Number) as [number, number];
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  await putResults([{ nip: late.nip, periodId: previous, name: late.name, unitId: 'dinkes', jabatan: late.jabatan, predikat: 'BUTUH_PERBAIKAN', incentiveFactor: 0.75, decisions: [], policyVersion: 'test', revision: 1, scoredAt: new Date().toISOString() }]);
  // The staff member is the unit's one "Pegawai Berkinerja Terbaik" at close; the supervisor and the newcomer are not assessed.
  expect((await saveAndFinalize(people.supervisor.nip, people.staff.nip, 'DI_ATAS', 'DI_ATAS')).status).toBe(200);
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  expect(await getClosingPeriod(period.periodId)).toMatchObject({ status: 'CLOSED' });
});

afterAll(() => system?.stop());

describe('assessing after the close', () => {
  it('is refused for anyone whose result is rated, and while the period is closing', async () => {
    const rated = await save(people.supervisor.nip, people.staff.nip, 'SESUAI', 'SESUAI', 2);
    expect(rated.status).toBe(409);
    expect(rated.body.error.message).toContain('hanya melalui keberatan');
    expect((await call(finalize, { as: { nip: people.supervisor.nip }, params: { nip: people.staff.nip, periodId: period.periodId }, body: { version: 2 } })).status).toBe(409);

    const closing = definePeriod('BULANAN', 2025, 3, 5);
    await createPeriod(closing);
    await markClosing(closing.periodId, ['dinkes'], new Date());
    const refused = await call(putAssessment, { as: { nip: people.supervisor.nip }, params: { nip: late.nip, periodId: closing.periodId }, body: body('SESUAI', 'SESUAI', 0) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('sedang ditutup');
  });

  it('is open to the supervisor of record of someone left BELUM_DINILAI, and to no one else', async () => {
    const workspace = await call(getWorkspace, { as: { nip: people.supervisor.nip }, params: { nip: late.nip, periodId: period.periodId } });
    expect(workspace.body).toMatchObject({ period: { status: 'CLOSED' }, lateAssessment: true, assessment: null });
    const rated = await call(getWorkspace, { as: { nip: people.supervisor.nip }, params: { nip: people.staff.nip, periodId: period.periodId } });
    expect(rated.body.lateAssessment).toBe(false);
    expect((await save(people.head.nip, late.nip, 'SESUAI', 'SESUAI')).status).toBe(403);
  });

  it('scores late results through the close scoring: pembinaan and the sanction streak, counts moved, notices once', async () => {
    const before = await getScoredUnit(period.periodId, 'dinkes');
    expect(await subjects('late')).toEqual([]);

    // Two supervisors finalise late in the same unit at once: both count, one after the other.
    expect((await save(people.supervisor.nip, late.nip, 'DI_BAWAH', 'SESUAI')).status).toBe(200);
    expect((await save(people.head.nip, people.supervisor.nip, 'DI_ATAS', 'DI_ATAS')).status).toBe(200);
    const finalized = await Promise.all([
      call(finalize, { as: { nip: people.supervisor.nip }, params: { nip: late.nip, periodId: period.periodId }, body: { version: 1 } }),
      call(finalize, { as: { nip: people.head.nip }, params: { nip: people.supervisor.nip, periodId: period.periodId }, body: { version: 1 } }),
    ]);
    expect(finalized.map((response) => response.status)).toEqual([200, 200]);
    expect(finalized[0]!.body).toMatchObject({ status: 'FINAL', predikat: 'BUTUH_PERBAIKAN' });
    await system.bus.idle();

    const result = (await getResults([late.nip], period.periodId)).get(late.nip)!;
    expect(result).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      hasilKerja: 'DI_BAWAH',
      perilaku: 'SESUAI',
      incentiveFactor: 0.75,
      assessorNip: people.supervisor.nip,
      feedback: 'Dinilai setelah periode ditutup.',
      policyVersion: 'tindak-lanjut-2026.1',
      revision: 1,
      unitId: 'dinkes',
    });
    expect(result.decisions).toEqual([
      { kind: 'PEMBINAAN', meetingBy: addDays(witaDateOf(new Date()), 14), recommendedTraining: expect.stringContaining('Coaching') },
      { kind: 'REKOMENDASI_SANKSI', consecutivePoor: 2, note: expect.stringContaining('PP 94/2021') },
    ]);

    const after = await getScoredUnit(period.periodId, 'dinkes');
    expect(after!.counts).toEqual({
      ...before!.counts,
      BELUM_DINILAI: before!.counts.BELUM_DINILAI! - 2,
      BUTUH_PERBAIKAN: (before!.counts.BUTUH_PERBAIKAN ?? 0) + 1,
      SANGAT_BAIK: before!.counts.SANGAT_BAIK! + 1,
    });
    expect(after).toMatchObject({ employees: before!.employees, topPerformers: 1 });
    // The public summary says it was updated since the close.
    expect(before!.updatedAt).toBeUndefined();
    expect(Date.parse(after!.updatedAt!)).toBeGreaterThan(Date.parse((await getClosingPeriod(period.periodId))!.closedAt!));

    const name = period.name;
    expect(await subjects('late')).toEqual([`Hasil Penilaian Kinerja Periode ${name}`, `Pemberitahuan Pembinaan Kinerja Periode ${name}`].sort());
    // BKPSDM had the escalation at close; now the recommendation, once.
    expect((await mailsTo(address('bkpsdm'))).filter((mail) => mail.subject.includes(late.name)).map((mail) => mail.subject).sort()).toEqual(
      [`Penilaian Kinerja Belum Difinalkan: ${late.name} (${name})`, `Rekomendasi Tindak Lanjut Kinerja: ${late.name} (${name})`].sort(),
    );
    expect(await getNotice(late.nip, period.periodId, 'HASIL')).toMatchObject({ status: 'SENT', attempts: 1, facts: { predikat: 'BUTUH_PERBAIKAN' } });
  });

  it('awards a late Sangat Baik without taking the Terbaik piagam already issued', async () => {
    const results = await getResults([people.supervisor.nip, people.staff.nip], period.periodId);
    expect(results.get(people.supervisor.nip)).toMatchObject({ predikat: 'SANGAT_BAIK', incentiveFactor: 1.5, revision: 1 });
    expect(results.get(people.supervisor.nip)!.decisions.map((d) => d.kind)).toEqual(['PENGHARGAAN']);
    expect(results.get(people.staff.nip)!.decisions.map((d) => d.kind)).toEqual(['PENGHARGAAN', 'TERBAIK']);
    expect(await getCertificateOf(people.supervisor.nip, period.periodId, 'PENGHARGAAN')).toMatchObject({ kind: 'PENGHARGAAN', predikat: 'SANGAT_BAIK' });
    expect(await getCertificateOf(people.supervisor.nip, period.periodId, 'TERBAIK')).toBeUndefined();
    expect(await subjects('supervisor')).toContain(`Piagam Penghargaan Kinerja Periode ${period.name}`);
  });

  it('happens once: a second finalise, a further edit, a redelivered event and a rerun close change nothing', async () => {
    const resultBefore = (await getResults([late.nip], period.periodId)).get(late.nip);
    const mailsBefore = await subjects('late');
    expect((await call(finalize, { as: { nip: people.supervisor.nip }, params: { nip: late.nip, periodId: period.periodId }, body: { version: 2 } })).status).toBe(409);
    expect((await save(people.supervisor.nip, late.nip, 'DI_ATAS', 'DI_ATAS', 2)).status).toBe(409);
    const detail = { periodId: period.periodId, nip: late.nip, unitId: 'dinkes', predikat: 'BUTUH_PERBAIKAN', decisions: ['PEMBINAAN', 'REKOMENDASI_SANKSI'], revision: 1 };
    system.bus.publish([{ source: EVENT_SOURCE, detailType: 'ResultScored', detail }]);
    expect(await closePeriod(period.periodId, new Date())).toMatchObject({ status: 'CLOSED', unitsRequested: 0 });
    await system.bus.idle();
    expect(system.deadLetters).toEqual([]);
    expect((await getResults([late.nip], period.periodId)).get(late.nip)).toEqual(resultBefore);
    expect(await subjects('late')).toEqual(mailsBefore);
  });
});
