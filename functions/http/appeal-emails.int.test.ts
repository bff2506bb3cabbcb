import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * The keberatan's emails through the real path: the notice written with the appeal change, sent by the drain
 * (the send-notices schedule as the manifest wires it, or the notify consumer's drain), to the SES stand-in.
 * Addresses are this run's own (`<who>+<run>@…`), since the stand-in's store is shared.
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const hostileReason = 'Target <script>alert(1)</script> tercapai & "bukti" sudah diunggah.';
const newcomer = { nip: '199203112020121005', name: 'Wa Ode Sitti Hadija', email: address('newcomer'), jabatan: 'Sanitarian Ahli Pertama', golongan: 'III/a', unitId: 'dinkes', supervisorNip: people.supervisor.nip, roles: [] };
const head = { nip: people.head.nip, roles: ['pimpinan' as const] };

let system: LocalSystem;
let period: Period;

async function assess(nip: string, hasilKerja: string, perilaku: string) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const as = { nip: people.supervisor.nip };
  const body = { hasilKerja: { rating: hasilKerja }, perilaku: { rating: perilaku, values }, feedback: 'Umpan balik.', version: 0 };
  expect((await call(putAssessment, { as, params: { nip, periodId: period.periodId }, body })).status).toBe(200);
  expect((await call(finalize, { as, params: { nip, periodId: period.periodId }, body: { version: 1 } })).status).toBe(200);
}

const subjects = async (who: string) => (await mailsTo(address(who))).map((m) => m.subject).sort();

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  await putEmployee(newcomer);
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  await assess(people.colleague.nip, 'DI_BAWAH', 'SESUAI');
  await assess(newcomer.nip, 'SESUAI', 'SESUAI');
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
}, 120_000);

afterAll(() => system?.stop());

/** The appeal's page in the form, as the emails link it (the tests leave PUBLIC_BASE_URL at its default). */
const appealPage = (appealId: string) => `https://ekinerja.kendarikota.go.id/#/keberatan/${appealId}`;

describe('keberatan emails', () => {
  it('tells the reviewer when an appeal is filed, escaped, once', async () => {
    const filed = await call(fileAppeal, { as: { nip: people.colleague.nip }, body: { periodId: period.periodId, reason: hostileReason } });
    expect(filed.status).toBe(201);
    expect(await getNotice(people.colleague.nip, period.periodId, 'KEBERATAN_DIAJUKAN')).toMatchObject({ status: 'PENDING', to: [{ email: address('head') }] });

    await Promise.all([system.runSchedule('send-notices'), system.runSchedule('send-notices')]);
    const mails = (await mailsTo(address('head'))).filter((m) => m.subject.startsWith('Keberatan atas Penilaian Kinerja'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Keberatan atas Penilaian Kinerja: ${people.colleague.name} (${period.name})`);
    expect(mails[0]!.destination).toMatchObject({ to: [address('head')], cc: [] });
    expect(mails[0]!.body.text).toContain(hostileReason);
    expect(mails[0]!.body.html).not.toContain('<script>');
    expect(mails[0]!.body.html).toContain('Target &lt;script&gt;alert(1)&lt;/script&gt; tercapai &amp; &quot;bukti&quot; sudah diunggah.');
    expect(mails[0]!.body.text).toContain(`Buka keberatan ini di e-Kinerja: ${appealPage(`${people.colleague.nip}_${period.periodId}`)}`);
    expect(await getNotice(people.colleague.nip, period.periodId, 'KEBERATAN_DIAJUKAN')).toMatchObject({ status: 'SENT', attempts: 1 });

    expect((await call(fileAppeal, { as: { nip: people.colleague.nip }, body: { periodId: period.periodId, reason: 'Lagi' } })).status).toBe(409);
    await system.runSchedule('send-notices');
    expect((await subjects('head')).filter((s) => s.startsWith('Keberatan atas'))).toHaveLength(1);
    expect(system.deadLetters).toEqual([]);
  });

  it('tells the employee and the assessor the decision, beside the corrected result notice', async () => {
    const appealId = `${people.colleague.nip}_${period.periodId}`;
    const decided = await call(decide, { as: head, params: { id: appealId }, body: { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Bukti dukung <lengkap>.' } });
    expect(decided.status).toBe(200);
    await system.bus.idle();
    await system.runSchedule('send-notices');

    const decision = `Keputusan atas Keberatan Penilaian Kinerja Periode ${period.name}: ${people.colleague.name}`;
    const mails = (await mailsTo(`+${run}@`)).filter((m) => m.subject === decision);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.destination.to).toEqual([address('colleague'), address('supervisor')]);
    expect(mails[0]!.body.text).toContain('Keputusan: Hasil penilaian diubah');
    expect(mails[0]!.body.text).toContain('Predikat Kinerja: Butuh Perbaikan → Baik');
    expect(mails[0]!.body.html).toContain('Bukti dukung &lt;lengkap&gt;.');
    expect(mails[0]!.body.text).toContain(`Buka keberatan ini di e-Kinerja: ${appealPage(appealId)}`);
    expect(await subjects('colleague')).toContain(`Perubahan Hasil Penilaian Kinerja Periode ${period.name} atas Keberatan`);
    expect(await subjects('supervisor')).not.toContain(`Perubahan Hasil Penilaian Kinerja Periode ${period.name} atas Keberatan`);
  });

  it('announces an upheld result to both, and nothing else', async () => {
    const before = await subjects('newcomer');
    expect((await call(fileAppeal, { as: { nip: newcomer.nip }, body: { periodId: period.periodId, reason: 'Saya layak Sangat Baik.' } })).status).toBe(201);
    const decided = await call(decide, { as: head, params: { id: `${newcomer.nip}_${period.periodId}` }, body: { outcome: 'DIPERTAHANKAN', reason: 'Penilaian sesuai bukti.' } });
    expect(decided.status).toBe(200);
    await system.runSchedule('send-notices');
    await system.runSchedule('send-notices');

    const added = (await subjects('newcomer')).filter((s) => !before.includes(s));
    expect(added).toEqual([`Keputusan atas Keberatan Penilaian Kinerja Periode ${period.name}: ${newcomer.name}`]);
    const [mail] = (await mailsTo(address('newcomer'))).filter((m) => m.subject === added[0]);
    expect(mail!.destination.to).toEqual([address('newcomer'), address('supervisor')]);
    expect(mail!.body.text).toContain('Keputusan: Hasil penilaian dipertahankan');
    expect(await getNotice(newcomer.nip, period.periodId, 'KEBERATAN_DIPUTUS')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await getNotice(newcomer.nip, period.periodId, 'HASIL', 2)).toBeUndefined();
    expect(system.deadLetters).toEqual([]);
  });
});
