import { describe, expect, it } from 'vitest';
import { appealIdOf, appealStanding, appealTitle, checkAppealText, deadlineLine, decisionInput, type Appeal } from './appeal-model.ts';

const filed: Appeal = {
  appealId: '198807122015031004_2026-11',
  nip: '198807122015031004',
  periodId: '2026-11',
  assessorNip: '197303141997022002',
  reviewerNip: '196503071995011001',
  reason: 'Capaian saya 120 %.',
  deadline: '2026-12-19',
  status: 'DIAJUKAN',
  explanations: [],
  filedAt: '2026-12-06T01:30:00.000Z',
};

describe('appeal model', () => {
  it('titles an appeal by the employee’s and the period’s names, with the NIP beside the name', () => {
    expect(appealTitle({ ...filed, employeeName: 'La Ode Muhammad Arif', periodName: 'November 2026' })).toBe('La Ode Muhammad Arif (NIP 198807122015031004) · November 2026');
    // A bare appeal (as a decision answers) or one whose roster entry is missing: the codes, the period named from its id.
    expect(appealTitle(filed)).toBe('NIP 198807122015031004 · November 2026');
    expect(appealTitle({ ...filed, employeeName: filed.nip, periodName: '2026-11' })).toBe('NIP 198807122015031004 · 2026-11');
  });

  it('builds the id the API uses: one appeal per person and period', () => {
    expect(appealIdOf('198807122015031004', '2026-TW4')).toBe('198807122015031004_2026-TW4');
  });

  it('says where an appeal stands, in WITA', () => {
    expect(appealStanding(filed)).toBe('Keberatan November 2026 diajukan 6 Des 2026, 09.30 WITA; menunggu putusan atasan pejabat penilai.');
    const decidedAt = '2026-12-10T07:00:00.000Z';
    expect(appealStanding({ ...filed, status: 'DIPUTUS', decision: { outcome: 'DIPERTAHANKAN', reason: 'x', decidedBy: 'y', decidedAt } })).toBe(
      'Diputus 10 Des 2026, 15.00 WITA: hasil semula dipertahankan.',
    );
    expect(appealStanding({ ...filed, status: 'DIPUTUS', decision: { outcome: 'DIUBAH', hasilKerja: 'DI_ATAS', perilaku: 'SESUAI', reason: 'x', decidedBy: 'y', decidedAt } })).toBe(
      'Diputus 10 Des 2026, 15.00 WITA: hasil diubah menjadi Hasil Kerja Di Atas Ekspektasi dan Perilaku Kerja Sesuai Ekspektasi.',
    );
  });

  it('says an appeal ended GUGUR when a close after a reopen corrected its result', () => {
    const superseded = { ...filed, status: 'GUGUR' as const, superseded: { at: '2026-12-12T02:00:00.000Z', round: 2, resultRevision: 2 } };
    expect(appealStanding(superseded)).toBe(
      'Gugur 12 Des 2026, 10.00 WITA: hasilnya dikoreksi pada penutupan ulang setelah periode dibuka kembali, sehingga keberatan ini tidak diputus. Keberatan baru dapat diajukan atas hasil terkoreksi.',
    );
  });

  it('names the deadline when it is known', () => {
    expect(deadlineLine('2026-12-19')).toBe('Batas pengajuan: 19 Desember 2026.');
    expect(deadlineLine(null)).toMatch(/sejak pemberitahuan hasil terkirim/);
  });

  it('checks the written reasons as the server does', () => {
    expect(checkAppealText('   ', 'Alasan keberatan')).toBe('Alasan keberatan wajib diisi.');
    expect(checkAppealText('x'.repeat(4001), 'Alasan keberatan')).toBe('Alasan keberatan paling banyak 4.000 karakter (sekarang 4.001).');
    expect(checkAppealText('Capaian saya di atas target.', 'Alasan keberatan')).toBeUndefined();
  });
});

describe('decisionInput', () => {
  it('keeps the result with a reason, ignoring ratings picked before switching', () => {
    expect(decisionInput({ outcome: 'DIPERTAHANKAN', hasilKerja: 'DI_ATAS', reason: ' Bukti tidak menunjukkan capaian lebih. ' })).toEqual({
      ok: true,
      input: { outcome: 'DIPERTAHANKAN', reason: 'Bukti tidak menunjukkan capaian lebih.' },
    });
  });

  it('changes the result only with both new ratings and a reason', () => {
    expect(decisionInput({ outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Bukti lengkap.' })).toEqual({
      ok: true,
      input: { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Bukti lengkap.' },
    });
    expect(decisionInput({ outcome: 'DIUBAH', reason: '' })).toEqual({
      ok: false,
      errors: { hasilKerja: 'Pilih rating Hasil Kerja yang baru.', perilaku: 'Pilih rating Perilaku Kerja yang baru.', reason: 'Alasan putusan wajib diisi.' },
    });
    expect(decisionInput({ reason: 'x' })).toEqual({ ok: false, errors: { outcome: 'Pilih putusan: pertahankan hasil atau ubah rating.' } });
  });
});
