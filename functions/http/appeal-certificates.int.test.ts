import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { createNoticesOnce, getNotice } from '../../shared/data/notice-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { hasilDraft } from '../../test/notice-fixture.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { handler as getPublicCertificate } from './get-public-certificate.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/** A keberatan decision that withdraws an award revokes its piagams; one that grants an award issues one. */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
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

async function appealAndDecide(nip: string, hasilKerja: string, perilaku: string) {
  expect((await call(fileAppeal, { as: { nip }, body: { periodId: period.periodId, reason: 'Mohon ditinjau kembali.' } })).status).toBe(201);
  const decided = await call(decide, { as: head, params: { id: `${nip}_${period.periodId}` }, body: { outcome: 'DIUBAH', hasilKerja, perilaku, reason: 'Ditinjau dengan bukti dukung.' } });
  expect(decided.status).toBe(200);
  await system.bus.idle();
  await system.runSchedule('send-notices');
  return decided.body;
}

const verify = async (certificateId: string) => call(getPublicCertificate, { params: { id: certificateId } });

beforeAll(async () => {
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS');
  await assess(people.colleague.nip, 'SESUAI', 'SESUAI');
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
}, 120_000);

afterAll(() => system?.stop());

describe('piagams after a keberatan decision', () => {
  it('revokes every piagam of a withdrawn award: their codes answer that they are no longer valid', async () => {
    const award = (await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN'))!;
    const top = (await getCertificateOf(people.staff.nip, period.periodId, 'TERBAIK'))!;
    expect((await verify(award.certificateId)).body).toMatchObject({ valid: true });

    const decided = await appealAndDecide(people.staff.nip, 'SESUAI', 'SESUAI');
    expect(decided.result).toMatchObject({ predikat: 'BAIK', revision: 2, decisions: [] });

    for (const certificate of [award, top]) {
      const verified = await verify(certificate.certificateId);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ certificateId: certificate.certificateId, valid: false, revokedOn: witaDateOf(new Date()) });
      expect(verified.body.message).toContain('tidak berlaku lagi');
    }
    const [decision] = (await mailsTo(address('staff'))).filter((m) => m.subject.startsWith('Keputusan atas Keberatan'));
    expect(decision!.body.text).toContain(`Piagam Penghargaan Predikat Kinerja Sangat Baik, kode verifikasi ${award.certificateId}`);
    expect(decision!.body.text).toContain(`Piagam Pegawai Berkinerja Terbaik, kode verifikasi ${top.certificateId}`);
    expect(await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN', 2)).toBeUndefined();
  });

  it('issues a piagam for an award the decision grants, and mails it', async () => {
    expect(await getCertificateOf(people.colleague.nip, period.periodId, 'PENGHARGAAN')).toBeUndefined();
    await appealAndDecide(people.colleague.nip, 'DI_ATAS', 'DI_ATAS');

    const granted = await getCertificateOf(people.colleague.nip, period.periodId, 'PENGHARGAAN');
    expect(granted).toMatchObject({ predikat: 'SANGAT_BAIK', nip: people.colleague.nip });
    expect(await getCertificateOf(people.colleague.nip, period.periodId, 'TERBAIK')).toBeUndefined();
    expect((await verify(granted!.certificateId)).body).toMatchObject({ valid: true, kind: 'PENGHARGAAN' });
    const piagam = (await mailsTo(address('colleague'))).filter((m) => m.subject === `Piagam Penghargaan Kinerja Periode ${period.name}`);
    expect(piagam).toHaveLength(1);
    expect(piagam[0]!.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(await getNotice(people.colleague.nip, period.periodId, 'PENGHARGAAN', 2)).toMatchObject({ status: 'SENT' });
  });

  it('never mails a revoked piagam, even from a notice still waiting to be sent', async () => {
    const award = (await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN'))!;
    const waiting = hasilDraft(people.staff.nip, address('staff-late'), {
      noticeId: `${people.staff.nip}_${period.periodId}_PENGHARGAAN_R9`,
      periodId: period.periodId,
      kind: 'PENGHARGAAN',
      revision: 9,
    });
    await createNoticesOnce([{ ...waiting, facts: { ...waiting.facts, periodId: period.periodId, certificates: [{ kind: 'PENGHARGAAN', certificateId: award.certificateId }] } }], new Date().toISOString());
    await drainNotices();
    expect(await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN', 9)).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('dicabut') });
    expect(await mailsTo(address('staff-late'))).toEqual([]);
    expect(system.deadLetters).toEqual([]);
  });
});
