import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ID, certificateUrl, newCertificateId, publicFacts, type Certificate } from './certificate.ts';

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

describe('certificate ids', () => {
  it('are 16 Crockford base32 characters from 80 random bits', () => {
    expect(newCertificateId(() => new Uint8Array(10))).toBe('0000000000000000');
    expect(newCertificateId(() => new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
    expect(newCertificateId(() => Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('1111111111111111');
    const id = newCertificateId((size) => Uint8Array.from({ length: size }, (_, i) => i * 37 + 11));
    expect(id).toMatch(CERTIFICATE_ID);
    expect(id).not.toMatch(/[ILOU]/);
  });
});

describe('publicFacts', () => {
  it('shows what the piagam shows to anyone, without the NIP', () => {
    expect(publicFacts(certificate)).toEqual({
      certificateId: '7K3M9QZP2C4R8T1V',
      valid: true,
      kind: 'PENGHARGAAN',
      title: 'Piagam Penghargaan Predikat Kinerja Sangat Baik',
      name: 'La Ode Muhammad Arif',
      unitName: 'Dinas Kesehatan',
      periodId: '2026-11',
      periodName: 'November 2026',
      issuedOn: '2026-12-06',
    });
  });

  it('says a revoked piagam is no longer valid, and since when', () => {
    const revoked = publicFacts({ ...certificate, revokedAt: '2026-12-10T03:00:00.000Z', revokedOn: '2026-12-10', revocationReason: 'internal' });
    expect(revoked).toMatchObject({ certificateId: '7K3M9QZP2C4R8T1V', valid: false, revokedOn: '2026-12-10', name: 'La Ode Muhammad Arif' });
    expect(revoked.message).toBe('Piagam ini dicabut pada 10 Desember 2026 atas keputusan keberatan yang mengubah hasil penilaian kinerja, dan tidak berlaku lagi.');
    expect(JSON.stringify(revoked)).not.toContain('internal');
  });

  it('says why when the award fell at a close after the period was reopened', () => {
    const revoked = publicFacts({ ...certificate, revokedAt: '2027-01-10T03:00:00.000Z', revokedOn: '2027-01-10', revocationReason: 'internal', revocationCause: 'PENUTUPAN_ULANG' });
    expect(revoked.message).toBe('Piagam ini dicabut pada 10 Januari 2027 karena hasil penilaian kinerja berubah setelah periode dibuka kembali oleh BKPSDM untuk koreksi, dan tidak berlaku lagi.');
  });

  it('links to the public verification page whatever the base URL ends with', () => {
    expect(certificateUrl('https://ekinerja.kendarikota.go.id/', 'ABC')).toBe('https://ekinerja.kendarikota.go.id/verifikasi.html?kode=ABC');
    expect(certificateUrl('http://localhost:3000', 'ABC')).toBe('http://localhost:3000/verifikasi.html?kode=ABC');
  });
});
