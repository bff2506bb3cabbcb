import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPageText } from '../../test/pdf-text.ts';
import type { Certificate } from './certificate.ts';
import { renderPiagam, safe } from './piagam.ts';

const certificate: Certificate = {
  certificateId: '7K3M9QZP2C4R8T1V',
  kind: 'PENGHARGAAN',
  nip: '198807122015031004',
  name: 'La Ode Muhammad Arif',
  jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
  unitId: 'dinkes',
  unitName: 'Dinas Kesehatan',
  periodId: '2026-11',
  periodName: 'November 2026',
  predikat: 'SANGAT_BAIK',
  issuedOn: '2026-12-06',
  issuedAt: '2026-12-06T02:00:00.000Z',
};
const options = { verifyUrl: 'https://ekinerja.kendarikota.go.id/verifikasi.html?kode=7K3M9QZP2C4R8T1V', signer: 'Kepala BKPSDM Kota Kendari' };

describe('the piagam', () => {
  it('is one A4 landscape page', async () => {
    const doc = await PDFDocument.load(await renderPiagam(certificate, options));
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    expect(doc.getTitle()).toBe('Piagam 7K3M9QZP2C4R8T1V');
  });

  it('prints the name, NIP, unit, period, predikat, verification code and URL, date and signer', async () => {
    const text = await pdfPageText(await renderPiagam(certificate, options));
    for (const expected of [
      'PIAGAM PENGHARGAAN',
      'La Ode Muhammad Arif',
      'NIP 198807122015031004',
      'Epidemiolog Kesehatan Ahli Pertama - Dinas Kesehatan',
      'atas capaian Predikat Kinerja Sangat Baik',
      'pada periode penilaian November 2026',
      'Kode verifikasi: 7K3M9QZP2C4R8T1V',
      options.verifyUrl,
      'Kendari, 6 Desember 2026',
      'Kepala BKPSDM Kota Kendari',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('words the top performer piagam for its kind', async () => {
    const text = await pdfPageText(await renderPiagam({ ...certificate, kind: 'TERBAIK', rankInUnit: 1 }, options));
    expect(text).toContain('PEGAWAI BERKINERJA TERBAIK');
    expect(text).toContain('sebagai Pegawai Berkinerja Terbaik dengan Predikat Kinerja Sangat Baik');
  });

  it('issues for names the standard fonts cannot spell, folding accents', async () => {
    const name = 'Çağrı Ñúñez <script>';
    const text = await pdfPageText(await renderPiagam({ ...certificate, name }, options));
    expect(text).toContain('Cagri Nunez <script>');
    expect(safe('Zoë\u2014Ω')).toBe('Zoe??');
  });
});
