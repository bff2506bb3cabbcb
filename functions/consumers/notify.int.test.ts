import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { putResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { formatWitaDate } from '../../shared/domain/time.ts';
import { EVENT_SOURCE } from '../../shared/manifest.ts';
import { keberatanDeadline } from '../../shared/notify/notice.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { pdfPageText } from '../../test/pdf-text.ts';
import { mailsTo, type StoredMail } from '../../test/ses-faults.ts';
import { handler as getAdminNotices } from '../http/get-admin-notices.ts';
import { handler as getPublicCertificate } from '../http/get-public-certificate.ts';
import { handler as finalize } from '../http/post-team-assessment-finalize.ts';
import { handler as putAssessment } from '../http/put-team-assessment.ts';

/**
 * A real close of the fixture organisation through the local bus, the notify consumer, DynamoDB Local and the SES
 * stand-in. Everyone gets an address of this run (`<who>+<run>@…`), since the stand-in's store is shared.
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const hostileName = 'La Ode <script>alert(1)</script> Arif';
const hostileFeedback = 'Kerja <b>luar biasa</b> & konsisten.';

let system: LocalSystem;
let period: Period;
let mails: StoredMail[];

async function assess(nip: string, hasilKerja: string, perilaku: string, feedback: string) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const as = { nip: people.supervisor.nip };
  const body = { hasilKerja: { rating: hasilKerja }, perilaku: { rating: perilaku, values }, feedback, version: 0 };
  expect((await call(putAssessment, { as, params: { nip, periodId: period.periodId }, body })).status).toBe(200);
  expect((await call(finalize, { as, params: { nip, periodId: period.periodId }, body: { version: 1 } })).status).toBe(200);
}

const find = (subject: string, to: string) => mails.filter((m) => m.subject === subject && m.destination.to.includes(to));

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) {
    await putEmployee({ ...person, email: address(who), ...(who === 'staff' ? { name: hostileName } : {}) });
  }
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  // Butuh Perbaikan last month too: this month's second poor result recommends a sanction to BKPSDM.
  const [year, month] = period.periodId.split('-').map(Number) as [number, number];
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  await putResults([{ nip: people.colleague.nip, periodId: previous, name: people.colleague.name, unitId: 'dinkes', jabatan: people.colleague.jabatan, predikat: 'BUTUH_PERBAIKAN', incentiveFactor: 0.75, decisions: [], policyVersion: 'test', revision: 1, scoredAt: new Date().toISOString() }]);
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS', hostileFeedback);
  await assess(people.colleague.nip, 'DI_BAWAH', 'SESUAI', 'Perlu meningkatkan ketepatan waktu laporan.');

  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  mails = await mailsTo(`+${run}@`);
});

afterAll(() => system?.stop());

describe('closing a period sends the notices', () => {
  it('exactly the expected emails, to exactly the expected people', () => {
    expect(system.deadLetters).toEqual([]);
    const name = period.name;
    const sent = mails.map((m) => [m.subject, m.destination.to.join(' '), m.destination.cc.join(' ')].join(' | ')).sort();
    expect(sent).toEqual(
      [
        [`Hasil Penilaian Kinerja Periode ${name}`, address('staff'), ''],
        [`Piagam Penghargaan Kinerja Periode ${name}`, address('staff'), ''],
        [`Hasil Penilaian Kinerja Periode ${name}`, address('colleague'), ''],
        [`Pemberitahuan Pembinaan Kinerja Periode ${name}`, address('colleague'), address('supervisor')],
        [`Rekomendasi Tindak Lanjut Kinerja: ${people.colleague.name} (${name})`, address('bkpsdm'), ''],
        [`Penilaian Kinerja Belum Difinalkan: ${people.supervisor.name} (${name})`, `${address('head')} ${address('bkpsdm')}`, ''],
        [`Penilaian Kinerja Belum Difinalkan: ${people.head.name} (${name})`, address('bkpsdm'), ''],
        [`Penilaian Kinerja Belum Difinalkan: ${people.otherSupervisor.name} (${name})`, address('bkpsdm'), ''],
        [`Penilaian Kinerja Belum Difinalkan: ${people.admin.name} (${name})`, address('bkpsdm'), ''],
      ]
        .map((parts) => parts.join(' | '))
        .sort(),
    );
    for (const mail of mails) {
      expect(mail.from).toBe('e-Kinerja BKPSDM Kota Kendari <no-reply@ekinerja.kendarikota.go.id>');
      expect(mail.replyTo).toEqual(['bkpsdm@kendarikota.go.id']);
      expect(mail.body.text).toContain('Hormat kami,');
      expect(mail.body.html).toContain('<html lang="id">');
    }
  });

  it('tells the awarded employee the result in Indonesian, escaped in HTML, with the keberatan deadline of its sending', async () => {
    const [hasil] = find(`Hasil Penilaian Kinerja Periode ${period.name}`, address('staff'));
    const notice = await getNotice(people.staff.nip, period.periodId, 'HASIL');
    expect(notice).toMatchObject({ status: 'SENT', attempts: 1, sesMessageId: hasil!.messageId });
    expect(notice!.keberatanBy).toBe(keberatanDeadline(new Date(notice!.sentAt!)));

    expect(hasil!.body.text).toContain(`Yth. Bapak/Ibu ${hostileName},`);
    expect(hasil!.body.text).toContain('Hasil Kerja: Di Atas Ekspektasi');
    expect(hasil!.body.text).toContain('Perilaku Kerja: Di Atas Ekspektasi');
    expect(hasil!.body.text).toContain('Predikat Kinerja: Sangat Baik');
    expect(hasil!.body.text).toContain(`> ${hostileFeedback}`);
    expect(hasil!.body.text).toContain('faktor insentif 150% (1,5×)');
    expect(hasil!.body.text).toContain(`paling lambat ${formatWitaDate(notice!.keberatanBy!)} (14 hari sejak pemberitahuan ini dikirim)`);

    expect(hasil!.body.html).not.toContain('<script>');
    expect(hasil!.body.html).not.toContain('<b>luar biasa');
    expect(hasil!.body.html).toContain('La Ode &lt;script&gt;alert(1)&lt;/script&gt; Arif');
    expect(hasil!.body.html).toContain('Kerja &lt;b&gt;luar biasa&lt;/b&gt; &amp; konsisten.');
  });

  it('attaches both piagams to the award email; each parses, shows the name and its code, and verifies publicly', async () => {
    const [award] = find(`Piagam Penghargaan Kinerja Periode ${period.name}`, address('staff'));
    const notice = await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN');
    const codes = notice!.facts.certificates.map((c) => c.certificateId);
    expect(notice!.facts.certificates.map((c) => c.kind)).toEqual(['PENGHARGAAN', 'TERBAIK']);
    expect(award!.attachments.map((a) => [a.filename, a.contentType])).toEqual(codes.map((code) => [`piagam-${period.periodId}-${code}.pdf`, 'application/pdf']));

    for (const [i, attachment] of award!.attachments.entries()) {
      const bytes = Buffer.from(attachment.content, 'base64');
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
      const text = await pdfPageText(bytes);
      expect(text).toContain(hostileName);
      expect(text).toContain(`NIP ${people.staff.nip}`);
      expect(text).toContain(`Kode verifikasi: ${codes[i]}`);
      expect(text).toContain(`https://ekinerja.kendarikota.go.id/verifikasi.html?kode=${codes[i]}`);
      expect(award!.body.text).toContain(`kode verifikasi ${codes[i]}`);

      const verified = await call(getPublicCertificate, { params: { id: codes[i]!.toLowerCase() } });
      expect(verified.status).toBe(200);
      expect(verified.body).toEqual({
        certificateId: codes[i],
        valid: true,
        kind: i === 0 ? 'PENGHARGAAN' : 'TERBAIK',
        title: i === 0 ? 'Piagam Penghargaan Predikat Kinerja Sangat Baik' : 'Piagam Pegawai Berkinerja Terbaik',
        name: hostileName,
        unitName: 'Dinas Kesehatan',
        periodId: period.periodId,
        periodName: period.name,
        issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    }
    expect((await call(getPublicCertificate, { params: { id: '0000000000000000' } })).status).toBe(404);
    expect((await call(getPublicCertificate, { params: { id: 'bukan-kode' } })).status).toBe(400);
  });

  it('gives pembinaan its meeting date and copies the supervisor; the sanction recommendation goes to BKPSDM only', () => {
    const [pembinaan] = find(`Pemberitahuan Pembinaan Kinerja Periode ${period.name}`, address('colleague'));
    expect(pembinaan!.body.text).toContain('predikat kinerja Anda adalah Butuh Perbaikan');
    expect(pembinaan!.body.text).toMatch(/Pertemuan coaching: paling lambat \d{1,2} \w+ \d{4}, bersama Hj\. Wa Ode Nurhayati/);
    const sanction = mails.filter((m) => m.subject.startsWith('Rekomendasi Tindak Lanjut Kinerja'));
    expect(sanction.map((m) => [...m.destination.to, ...m.destination.cc])).toEqual([[address('bkpsdm')]]);
    expect(sanction[0]!.body.text).toContain('Ini adalah rekomendasi, bukan keputusan.');
  });

  it('counts the period notices for the admin screen', async () => {
    const summary = await call(getAdminNotices, { as: { nip: people.admin.nip, roles: ['admin'] }, query: { period: period.periodId } });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ periodId: period.periodId, total: 9, byStatus: { PENDING: 0, SENDING: 0, SENT: 9, FAILED: 0 }, possiblyDuplicated: 0, failed: [] });
    expect(Object.fromEntries(Object.entries(summary.body.byKind as Record<string, { SENT: number }>).map(([kind, counts]) => [kind, counts.SENT]))).toEqual({
      HASIL: 2,
      PENGHARGAAN: 1,
      PEMBINAAN: 1,
      REKOMENDASI_SANKSI: 1,
      BELUM_DINILAI: 4,
      KEBERATAN_DIAJUKAN: 0,
      KEBERATAN_DIPUTUS: 0,
      KEBERATAN_GUGUR: 0,
    });
    expect((await call(getAdminNotices, { as: { nip: people.staff.nip }, query: { period: period.periodId } })).status).toBe(403);
    expect((await call(getAdminNotices, { as: { nip: people.admin.nip, roles: ['admin'] }, query: { period: '2019-01' } })).status).toBe(404);
  });
});

describe('running it again', () => {
  it('sends nothing more: a second close, ResultScored delivered twice, and two concurrent scheduled drains', async () => {
    const certificate = await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN');
    expect(await closePeriod(period.periodId, new Date())).toMatchObject({ status: 'CLOSED', unitsRequested: 0 });
    const detail = { periodId: period.periodId, nip: people.staff.nip, unitId: 'dinkes', predikat: 'SANGAT_BAIK', decisions: ['PENGHARGAAN', 'TERBAIK'], revision: 1 };
    system.bus.publish([
      { source: EVENT_SOURCE, detailType: 'ResultScored', detail },
      { source: EVENT_SOURCE, detailType: 'ResultScored', detail },
    ]);
    await Promise.all([system.runSchedule('send-notices'), system.runSchedule('send-notices'), system.bus.idle()]);
    await system.bus.idle();

    expect(system.deadLetters).toEqual([]);
    expect(await mailsTo(`+${run}@`)).toHaveLength(9);
    expect(await getNotice(people.staff.nip, period.periodId, 'HASIL')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN')).toEqual(certificate);
  });
});
