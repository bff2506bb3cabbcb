import { describe, expect, it } from 'vitest';
import { facts } from '../../test/notice-fixture.ts';
import type { NoticeDraft, NoticeFacts } from './notice.ts';
import { escapeHtml, renderNotice, type RenderContext } from './templates.ts';

const context: RenderContext = {
  signature: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)\nKota Kendari',
  replyTo: 'bkpsdm@kendarikota.go.id',
  certificateUrlBase: 'https://ekinerja.kendarikota.go.id/verifikasi.html?kode=',
  keberatanBy: '2026-12-20',
};
const employee = [{ name: 'La Ode Muhammad Arif', email: 'arif@example.kendari.go.id' }];
const render = (kind: NoticeDraft['kind'], f: Partial<NoticeFacts> = {}, to = employee) => renderNotice({ kind, to, facts: facts(f) }, context);
/** The HTML with tags removed and entities decoded: what a reader sees. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the HASIL notice', () => {
  const email = render('HASIL', { hasilKerja: 'DI_ATAS', perilaku: 'SESUAI', predikat: 'BAIK' });

  it('greets, names the period, both ratings, the predikat and the feedback with who gave it', () => {
    expect(email.subject).toBe('Hasil Penilaian Kinerja Periode November 2026');
    for (const body of [email.text, visible(email.html)]) {
      expect(body).toContain('Yth. Bapak/Ibu La Ode Muhammad Arif,');
      expect(body).toContain('periode November 2026');
      expect(body).toMatch(/Hasil Kerja:?\s+Di Atas Ekspektasi/);
      expect(body).toMatch(/Perilaku Kerja:?\s+Sesuai Ekspektasi/);
      expect(body).toMatch(/Predikat Kinerja:?\s+Baik/);
      expect(body).toContain('Umpan balik dari atasan (Hj. Wa Ode Nurhayati)');
      expect(body).toContain('Pertahankan ketepatan laporan surveilans.');
    }
  });

  it('states the keberatan right with its deadline as a WITA date, and to whom', () => {
    expect(email.text).toContain('paling lambat 20 Desember 2026 (14 hari sejak pemberitahuan ini dikirim), sesuai PP 30/2019 Pasal 59');
    expect(email.text).toContain('kepada atasan pejabat penilai Anda');
    expect(visible(email.html)).toContain('paling lambat 20 Desember 2026');
  });

  it('signs with the configured signature and names the reply-to mailbox', () => {
    expect(email.text).toContain('Hormat kami,\n\nBadan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)\nKota Kendari');
    expect(email.html).toContain('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)<br>Kota Kendari');
    expect(email.text).toContain('Balasan Anda akan diterima oleh bkpsdm@kendarikota.go.id.');
  });

  it('says Kurang/Misconduct for KURANG', () => {
    const kurang = render('HASIL', { hasilKerja: 'SESUAI', perilaku: 'DI_BAWAH', predikat: 'KURANG' });
    expect(kurang.text).toContain('Predikat Kinerja: Kurang/Misconduct');
    expect(visible(kurang.html)).toContain('Kurang/Misconduct');
  });

  it('says what happens next: the award with its incentive factor, the coaching meeting date', () => {
    const award = render('HASIL', { predikat: 'SANGAT_BAIK', incentiveFactor: 1.5, decisions: [{ kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.5 }, { kind: 'TERBAIK', piagam: true, rankInUnit: 1 }] });
    expect(award.text).toContain('faktor insentif 150% (1,5×)');
    expect(award.text).toContain('Pegawai Berkinerja Terbaik peringkat 1 di Dinas Kesehatan');
    const pembinaan = render('HASIL', { predikat: 'BUTUH_PERBAIKAN', decisions: [{ kind: 'PEMBINAAN', meetingBy: '2026-12-19', recommendedTraining: 'Coaching dan mentoring' }] });
    expect(pembinaan.text).toContain('pertemuan coaching dengan atasan langsung paling lambat 19 Desember 2026; pelatihan yang disarankan: Coaching dan mentoring.');
    expect(render('HASIL').text).toContain('Tidak ada tindak lanjut khusus untuk periode ini.');
  });
});

describe('a HASIL notice after a keberatan decision (revision 2)', () => {
  it('says the result was changed on appeal and that the decision is final, with no new deadline', () => {
    const email = renderNotice({ kind: 'HASIL', to: employee, facts: facts({ predikat: 'BAIK' }), revision: 2 }, context);
    expect(email.subject).toBe('Perubahan Hasil Penilaian Kinerja Periode November 2026 atas Keberatan');
    expect(email.text).toContain('Atas keberatan Anda, hasil penilaian kinerja Anda untuk periode November 2026 diubah');
    expect(email.text).toContain('keputusan atas keberatan bersifat final; hasil ini menggantikan pemberitahuan hasil sebelumnya.');
    expect(email.text).not.toContain('paling lambat 20 Desember 2026');
    expect(email.text).not.toContain('Hak keberatan');
  });
});

describe('a HASIL notice set again by a close after the period was reopened', () => {
  it('says BKPSDM reopened the period for a correction, replaces the earlier notice, and states a new deadline', () => {
    const email = renderNotice({ kind: 'HASIL', to: employee, facts: facts({ predikat: 'BAIK', afterReopen: true }), revision: 2 }, context);
    expect(email.subject).toBe('Hasil Penilaian Kinerja Periode November 2026 setelah Koreksi');
    expect(email.text).toContain('Periode November 2026 dibuka kembali oleh BKPSDM untuk koreksi dan telah ditutup kembali.');
    expect(email.text).toContain('menggantikan pemberitahuan hasil sebelumnya, bila ada.');
    expect(email.text).toContain('Hak keberatan');
    expect(email.text).toContain('paling lambat 20 Desember 2026');
    expect(email.text).not.toContain('atas keberatan bersifat final; hasil ini');
  });
});

describe('escaping', () => {
  const hostile = '<script>alert("x")</script> & Co';
  const email = render('HASIL', { employeeName: hostile, feedback: 'Baris <b>satu</b>\nBaris dua', supervisorName: "O'Brien <i>" }, [{ name: hostile, email: 'x@example.go.id' }]);

  it('shows a hostile name as text in the HTML: no tag, every character escaped', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>satu');
    expect(email.html).not.toContain('<i>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('Baris &lt;b&gt;satu&lt;/b&gt;<br>Baris dua');
    expect(email.html).toContain('O&#39;Brien &lt;i&gt;');
    expect(visible(email.html)).toContain(`Yth. Bapak/Ibu ${hostile},`);
  });

  it('keeps the plain text as typed, and the subject on one line', () => {
    expect(email.text).toContain(`Yth. Bapak/Ibu ${hostile},`);
    expect(email.text).toContain('> Baris <b>satu</b>\n> Baris dua');
    const subject = render('BELUM_DINILAI', { employeeName: 'Nama\r\nBcc: x@evil.example' }).subject;
    expect(subject).toBe('Penilaian Kinerja Belum Difinalkan: Nama Bcc: x@evil.example (November 2026)');
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('the other notices', () => {
  it('PENGHARGAAN lists each piagam with its code, its verification link and the incentive factor', () => {
    const email = render('PENGHARGAAN', {
      predikat: 'SANGAT_BAIK',
      incentiveFactor: 1.5,
      decisions: [{ kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.5 }],
      certificates: [{ kind: 'PENGHARGAAN', certificateId: '7K3M9QZP2C4R8T1V' }, { kind: 'TERBAIK', certificateId: 'ABCDEFGHJKMNPQRS' }],
    });
    expect(email.subject).toBe('Piagam Penghargaan Kinerja Periode November 2026');
    expect(email.text).toContain('Selamat! Atas capaian Predikat Kinerja Sangat Baik pada periode November 2026');
    expect(email.text).toContain('- Piagam Penghargaan Predikat Kinerja Sangat Baik (terlampir), kode verifikasi 7K3M9QZP2C4R8T1V');
    expect(email.text).toContain('- Piagam Pegawai Berkinerja Terbaik (terlampir), kode verifikasi ABCDEFGHJKMNPQRS');
    expect(email.text).toContain('https://ekinerja.kendarikota.go.id/verifikasi.html?kode=7K3M9QZP2C4R8T1V');
    expect(email.text).toContain('Faktor insentif 150% (1,5×)');
  });

  it('PEMBINAAN gives the meeting date, with whom, and the recommended training', () => {
    const email = render('PEMBINAAN', { predikat: 'SANGAT_KURANG', hasilKerja: 'DI_BAWAH', perilaku: 'DI_BAWAH', decisions: [{ kind: 'PEMBINAAN', meetingBy: '2026-12-19', recommendedTraining: 'Pembinaan intensif' }] });
    expect(email.subject).toBe('Pemberitahuan Pembinaan Kinerja Periode November 2026');
    expect(email.text).toContain('predikat kinerja Anda adalah Sangat Kurang');
    expect(email.text).toContain('Pertemuan coaching: paling lambat 19 Desember 2026, bersama Hj. Wa Ode Nurhayati');
    expect(email.text).toContain('Pelatihan yang disarankan: Pembinaan intensif');
    expect(email.text).toContain('pembinaan bukan hukuman disiplin');
  });

  it('REKOMENDASI_SANKSI tells BKPSDM it is a recommendation for people to decide', () => {
    const email = render('REKOMENDASI_SANKSI', { predikat: 'KURANG', decisions: [{ kind: 'REKOMENDASI_SANKSI', consecutivePoor: 2, note: 'Predikat di bawah Baik 2 periode berturut-turut.' }] }, [
      { name: 'Tim BKPSDM Kota Kendari', email: 'bkpsdm@kendarikota.go.id', office: true } as never,
    ]);
    expect(email.subject).toBe('Rekomendasi Tindak Lanjut Kinerja: La Ode Muhammad Arif (November 2026)');
    expect(email.text).toContain('Yth. Tim BKPSDM Kota Kendari,');
    expect(email.text).toContain('Periode berturut-turut: 2');
    expect(email.text).toContain('Predikat Kinerja: Kurang/Misconduct');
    expect(email.text).toContain('Ini adalah rekomendasi, bukan keputusan.');
    expect(email.text).toContain('PP 94/2021');
  });

  it('BELUM_DINILAI greets the supervisor and BKPSDM and names who was not assessed', () => {
    const email = render('BELUM_DINILAI', { predikat: undefined }, [
      { name: 'Hj. Wa Ode Nurhayati', email: 'kabid@example.go.id' },
      { name: 'Tim BKPSDM Kota Kendari', email: 'bkpsdm@kendarikota.go.id', office: true } as never,
    ]);
    expect(email.text).toContain('Yth. Bapak/Ibu Hj. Wa Ode Nurhayati dan Tim BKPSDM Kota Kendari,');
    expect(email.text).toContain('NIP: 198807122015031004');
    expect(email.text).toContain('belum difinalkan oleh pejabat penilai');
    expect(email.text).toContain('masih dapat diselesaikan');
  });

  it('every notice has a text and an HTML body in Indonesian, with lang="id"', () => {
    for (const kind of ['HASIL', 'PENGHARGAAN', 'PEMBINAAN', 'REKOMENDASI_SANKSI', 'BELUM_DINILAI'] as const) {
      const email = render(kind);
      expect(email.text).toContain('Hormat kami,');
      expect(email.html).toContain('<html lang="id">');
      expect(email.html).toContain('<meta charset="utf-8">');
    }
  });
});
