import { describe, expect, it } from 'vitest';
import { employee, result, supervisor } from '../../test/notice-fixture.ts';
import type { Appeal } from '../domain/appeal.ts';
import { appealDecidedNotice, appealFiledNotice, type AppealNoticeInput } from './appeal-notice.ts';
import { renderNotice, type RenderContext } from './templates.ts';

const head = employee({ nip: '196503071995011001', name: 'dr. Rahmawati Saranani', email: 'kadis.dinkes@example.kendari.go.id', jabatan: 'Kepala Dinas Kesehatan' });
const bkpsdm = { name: 'Tim BKPSDM Kota Kendari', email: 'bkpsdm@kendarikota.go.id', office: true };
const hostile = 'Laporan <script>alert(1)</script> & "bukti" belum diverifikasi.';
const appeal: Appeal = {
  appealId: '198807122015031004_2026-11',
  nip: '198807122015031004',
  periodId: '2026-11',
  assessorNip: supervisor.nip,
  reviewerNip: head.nip,
  reason: hostile,
  deadline: '2026-12-20',
  status: 'DIAJUKAN',
  explanations: [],
  filedAt: '2026-12-08T01:30:00.000Z',
};
const input = (overrides: Partial<AppealNoticeInput> = {}): AppealNoticeInput => ({
  appeal,
  result: result({ hasilKerja: 'DI_BAWAH', perilaku: 'SESUAI', predikat: 'BUTUH_PERBAIKAN' }),
  periodName: 'November 2026',
  unitName: 'Dinas Kesehatan',
  employee: employee(),
  assessor: supervisor,
  reviewer: head,
  bkpsdm,
  ...overrides,
});
const context: RenderContext = {
  signature: 'BKPSDM Kota Kendari',
  replyTo: 'bkpsdm@kendarikota.go.id',
  certificateUrlBase: 'https://ekinerja.kendarikota.go.id/verifikasi.html?kode=',
  formUrl: 'https://ekinerja.kendarikota.go.id/',
  keberatanBy: '2026-12-22',
};
const decidedAppeal = (outcome: 'DIPERTAHANKAN' | 'DIUBAH'): Appeal => ({
  ...appeal,
  status: 'DIPUTUS',
  decision: { outcome, ...(outcome === 'DIUBAH' ? { hasilKerja: 'SESUAI', perilaku: 'SESUAI' } : {}), reason: 'Bukti <b>dukung</b> lengkap.', decidedBy: head.nip, decidedAt: '2026-12-10T03:00:00.000Z' },
});

describe('the keberatan received notice', () => {
  it('goes to the reviewer only, once per appeal', () => {
    const notice = appealFiledNotice(input());
    expect(notice).toMatchObject({ noticeId: '198807122015031004_2026-11_KEBERATAN_DIAJUKAN_R1', kind: 'KEBERATAN_DIAJUKAN', revision: 1, cc: [] });
    expect(notice.to).toEqual([{ name: head.name, email: head.email }]);
  });

  it('goes to BKPSDM’s mailbox where the chain ends, and says why', () => {
    const notice = appealFiledNotice(input({ appeal: { ...appeal, reviewerNip: 'ADMIN' }, reviewer: undefined }));
    expect(notice.to).toEqual([bkpsdm]);
    const email = renderNotice(notice, context);
    expect(email.text).toContain('Yth. Tim BKPSDM Kota Kendari,');
    expect(email.text).toContain('tidak memiliki atasan yang tercatat, sehingga keberatan ini diperiksa dan diputus oleh BKPSDM');
  });

  it('says who objects to what, quotes the reason escaped, and links to the appeal’s page in the form', () => {
    const email = renderNotice(appealFiledNotice(input()), context);
    expect(email.subject).toBe('Keberatan atas Penilaian Kinerja: La Ode Muhammad Arif (November 2026)');
    expect(email.text).toContain('Yth. Bapak/Ibu dr. Rahmawati Saranani,');
    expect(email.text).toContain('sebagai atasan pejabat penilai');
    expect(email.text).toContain('Pejabat penilai: Hj. Wa Ode Nurhayati');
    expect(email.text).toContain('Predikat Kinerja: Butuh Perbaikan');
    expect(email.text).toContain('Diajukan: 8 Desember 2026 pukul 09.30 WITA');
    expect(email.text).toContain(`> ${hostile}`);
    expect(email.text).toContain('Buka keberatan ini di e-Kinerja: https://ekinerja.kendarikota.go.id/#/keberatan/198807122015031004_2026-11\n');
    expect(email.html).toContain('https://ekinerja.kendarikota.go.id/#/keberatan/198807122015031004_2026-11</p>');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Laporan &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;bukti&quot; belum diverifikasi.');
  });
});

describe('the keberatan decision notice', () => {
  it('goes to the employee and the assessor', () => {
    const notice = appealDecidedNotice({ ...input({ appeal: decidedAppeal('DIPERTAHANKAN') }), revokedCertificates: [] });
    expect(notice.kind).toBe('KEBERATAN_DIPUTUS');
    expect(notice.to.map((r) => r.email)).toEqual([employee().email, supervisor.email]);
  });

  it('states an upheld result as it stands, the reason and that it is final', () => {
    const email = renderNotice(appealDecidedNotice({ ...input({ appeal: decidedAppeal('DIPERTAHANKAN') }), revokedCertificates: [] }), context);
    expect(email.subject).toBe('Keputusan atas Keberatan Penilaian Kinerja Periode November 2026: La Ode Muhammad Arif');
    expect(email.text).toContain('Yth. Bapak/Ibu La Ode Muhammad Arif dan Bapak/Ibu Hj. Wa Ode Nurhayati,');
    expect(email.text).toContain('telah diputus oleh dr. Rahmawati Saranani pada 10 Desember 2026 pukul 11.00 WITA');
    expect(email.text).toContain('Keputusan: Hasil penilaian dipertahankan');
    expect(email.text).toContain('Predikat Kinerja: Butuh Perbaikan\n');
    expect(email.text).toContain('> Bukti <b>dukung</b> lengkap.');
    expect(email.html).toContain('Bukti &lt;b&gt;dukung&lt;/b&gt; lengkap.');
    expect(email.text).toContain('keputusan atas keberatan bersifat final');
    expect(email.text).not.toContain('email terpisah');
    expect(email.text).toContain('Buka keberatan ini di e-Kinerja: https://ekinerja.kendarikota.go.id/#/keberatan/198807122015031004_2026-11\n');
  });

  it('links to the appeal’s page whether or not the configured address ends with a slash', () => {
    const email = renderNotice(appealDecidedNotice({ ...input({ appeal: decidedAppeal('DIPERTAHANKAN') }), revokedCertificates: [] }), { ...context, formUrl: 'https://ekinerja.kendarikota.go.id' });
    expect(email.text).toContain('https://ekinerja.kendarikota.go.id/#/keberatan/198807122015031004_2026-11\n');
  });

  it('states a change from before to after, and the piagams it withdrew', () => {
    const corrected = result({ hasilKerja: 'SESUAI', perilaku: 'SESUAI', predikat: 'BAIK', revision: 2 });
    const revokedCertificates = [{ kind: 'PENGHARGAAN' as const, certificateId: '7K3M9QZP2C4R8T1V', title: 'Piagam Penghargaan Predikat Kinerja Sangat Baik' }];
    const email = renderNotice(appealDecidedNotice({ ...input({ appeal: decidedAppeal('DIUBAH') }), corrected, revokedCertificates }), context);
    expect(email.text).toContain('Keputusan: Hasil penilaian diubah');
    expect(email.text).toContain('Hasil Kerja: Di Bawah Ekspektasi → Sesuai Ekspektasi');
    expect(email.text).toContain('Perilaku Kerja: Sesuai Ekspektasi\n');
    expect(email.text).toContain('Predikat Kinerja: Butuh Perbaikan → Baik');
    expect(email.text).toContain('dikirim kepada pegawai dalam email terpisah');
    expect(email.text).toContain('- Piagam Penghargaan Predikat Kinerja Sangat Baik, kode verifikasi 7K3M9QZP2C4R8T1V');
  });

  it('is refused for an appeal not yet decided', () => {
    expect(() => appealDecidedNotice({ ...input(), revokedCertificates: [] })).toThrow();
  });
});
