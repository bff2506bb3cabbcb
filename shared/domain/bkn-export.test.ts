import { describe, expect, it } from 'vitest';
import { BKN_HEADER, bknRows, type BknPerson } from './bkn-export.ts';
import { PREDIKAT_LABELS, RATING_LABELS } from './quadrant.ts';
import type { Result } from './result.ts';
import type { Skp } from './skp.ts';

const result: Result = {
  nip: '198703152010012001',
  periodId: '2026-11',
  name: 'Siti Rahmawati',
  unitId: 'dinkes',
  jabatan: 'Epidemiolog',
  hasilKerja: 'SESUAI',
  perilaku: 'SESUAI',
  predikat: 'BAIK',
  incentiveFactor: 1,
  feedback: 'Pertahankan.',
  decisions: [],
  policyVersion: 'penilaian-2026.1',
  revision: 1,
  scoredAt: '2026-12-06T00:00:00.000Z',
};

const skp: Skp = {
  nip: result.nip,
  year: 2026,
  revision: 2,
  status: 'APPROVED',
  rhk: [
    {
      rhkId: 'r1',
      kind: 'UTAMA',
      text: 'Tersedianya data surveilans',
      indicators: [
        { indicatorId: 'dok', name: 'Laporan surveilans', aspek: 'KUANTITAS', target: 48, satuan: 'laporan', direction: 'HIGHER_IS_BETTER' },
        { indicatorId: 'imunisasi', name: 'Cakupan imunisasi', aspek: 'KUALITAS', target: 95, satuan: '%', direction: 'HIGHER_IS_BETTER' },
        { indicatorId: 'hari', name: 'Hari penyelesaian rekap', aspek: 'WAKTU', target: 5, satuan: 'hari', direction: 'LOWER_IS_BETTER' },
      ],
    },
  ],
  version: 3,
  updatedAt: '2026-01-10T00:00:00.000Z',
};

const rowsOf = (person: BknPerson) =>
  bknRows(person, { predikat: PREDIKAT_LABELS, rating: RATING_LABELS }).map((row) => Object.fromEntries(BKN_HEADER.map((column, i) => [column, row[i]])));

describe('the e-Kinerja BKN rows', () => {
  it("give the annual target and the period's figures: a share of the year for what adds up, the average for a level", () => {
    const realized = new Map([
      ['dok', { sum: 5, reports: 3 }],
      ['imunisasi', { sum: 182, reports: 2 }],
    ]);
    const rows = rowsOf({ result, period: { name: 'November 2026', kind: 'BULANAN' }, unitName: 'Dinas Kesehatan', skp, realized });
    expect(rows.map((r) => [r.indikator, r.target, r.target_periode, r.satuan, r.realisasi, r.capaian_persen, r.keterangan])).toEqual([
      // 48 a year is 4 a month; 5 reported is 125 %.
      ['Laporan surveilans', 48, 4, 'laporan', 5, 125, null],
      // 90 % and 92 %: 91 % on average against 95 %.
      ['Cakupan imunisasi', 95, 95, '%', 91, 95.79, 'Realisasi adalah rata-rata laporan periode ini, dibandingkan dengan target tahunan.'],
      ['Hari penyelesaian rekap', 5, 5, 'hari', null, null, 'Belum ada realisasi yang dilaporkan pada periode ini.'],
    ]);
    expect(rows[0]).toMatchObject({ nip: result.nip, periode: 'November 2026', aspek: 'Kuantitas', rating_hasil_kerja: 'Sesuai Ekspektasi', predikat: 'Baik', revisi_skp: 2 });
  });

  it('use the whole annual target for the annual evaluation', () => {
    const rows = rowsOf({ result, period: { name: 'Tahunan 2026', kind: 'TAHUNAN' }, unitName: 'Dinas Kesehatan', skp, realized: new Map([['dok', { sum: 50, reports: 40 }]]) });
    expect(rows[0]).toMatchObject({ target: 48, target_periode: 48, realisasi: 50, capaian_persen: 104.17 });
  });

  it('keep every column for a person without an approved plan', () => {
    const [row] = bknRows({ result, period: { name: 'November 2026', kind: 'BULANAN' }, unitName: 'Dinas Kesehatan', skp: undefined, realized: new Map() }, { predikat: PREDIKAT_LABELS, rating: RATING_LABELS });
    expect(row).toHaveLength(BKN_HEADER.length);
    expect(Object.fromEntries(BKN_HEADER.map((column, i) => [column, row![i]]))).toMatchObject({ target: null, target_periode: null, predikat: 'Baik', keterangan: 'SKP tahun ini belum disetujui atasan.' });
  });
});
