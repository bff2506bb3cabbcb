import { describe, expect, it } from 'vitest';
import { choosesUnit } from '../../core/unit-select.ts';
import {
  basisText,
  canExportTpp,
  canSetOrgPredikat,
  curveVerdict,
  decisionFacts,
  decisionsText,
  distributionRows,
  exportFileName,
  incentiveText,
  noticeText,
  predikatText,
  reportFacts,
  tppText,
  type UnitReport,
} from './unit-results-model.ts';

const NBSP = '\u00a0';

const report = {
  unit: { unitId: 'dinkes', name: 'Dinas Kesehatan', orgPredikat: 'BAIK' },
  basis: 'HASIL',
  completion: { employees: 4, final: 3, draft: 0, notStarted: 1, percentFinal: 75 },
  reporting: { reported: 1, percent: 33.3 },
  distribution: {
    counts: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, BELUM_DINILAI: 1 },
    percent: { SANGAT_BAIK: 25, BAIK: 50, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, BELUM_DINILAI: 25 },
  },
  curve: { orgPredikat: 'BAIK', rules: [], fits: false },
  decisions: { PENGHARGAAN: 1, TERBAIK: 1, PEMBINAAN: 0, REKOMENDASI_SANKSI: 1200 },
} as unknown as UnitReport;

describe('who does what on the unit results screen', () => {
  it('lets BKPSDM and Inspektorat choose the unit and export TPP; only BKPSDM sets the organisation predikat', () => {
    expect([choosesUnit({ roles: ['admin'] }), choosesUnit({ roles: ['auditor'] }), choosesUnit({ roles: ['pimpinan'] })]).toEqual([true, true, false]);
    expect([canExportTpp({ roles: ['admin'] }), canExportTpp({ roles: ['auditor'] }), canExportTpp({ roles: ['pimpinan'] })]).toEqual([true, true, false]);
    expect([canSetOrgPredikat({ roles: ['admin'] }), canSetOrgPredikat({ roles: ['auditor'] }), canSetOrgPredikat({ roles: ['pimpinan'] })]).toEqual([true, false, false]);
  });
});

describe('the report in Indonesian', () => {
  it('writes the head figures with counts, shares and the organisation predikat', () => {
    expect(Object.fromEntries(reportFacts(report))).toEqual({
      Pegawai: '4',
      'Penilaian final': `3 dari 4 (75${NBSP}%)`,
      'Penilaian draf': '0',
      'Belum dinilai': '1',
      'Melapor kegiatan': `1 dari 4 (33,3${NBSP}%)`,
      'Predikat Kinerja Organisasi': 'Baik',
    });
    const annual = { ...report, reporting: null, unit: { ...report.unit, orgPredikat: null } } as UnitReport;
    expect(Object.fromEntries(reportFacts(annual))).toMatchObject({ 'Melapor kegiatan': 'Tidak berlaku (tahunan)', 'Predikat Kinerja Organisasi': 'Belum ditetapkan' });
  });

  it('lists every predikat and the unassessed, in order, with Indonesian percentages', () => {
    expect(distributionRows(report).map((row) => [row.label, row.count, row.percent])).toEqual([
      ['Sangat Baik', '1', `25${NBSP}%`],
      ['Baik', '2', `50${NBSP}%`],
      ['Butuh Perbaikan', '0', `0${NBSP}%`],
      ['Kurang/Misconduct', '0', `0${NBSP}%`],
      ['Sangat Kurang', '0', `0${NBSP}%`],
      ['Belum dinilai', '1', `25${NBSP}%`],
    ]);
  });

  it('says whether the spread is the record or provisional, and how it stands against the curve', () => {
    expect(basisText({ basis: 'HASIL' })).toMatch(/^Sebaran menurut hasil penilaian yang ditetapkan/);
    expect(basisText({ basis: 'PENILAIAN_FINAL' })).toMatch(/^Sebaran sementara/);
    expect(curveVerdict(report)).toBe('Kurva distribusi untuk unit berpredikat Baik: sebaran predikat belum memenuhi kurva; lihat peringatan.');
    expect(curveVerdict({ curve: { orgPredikat: 'ISTIMEWA', rules: [], fits: true } })).toBe('Kurva distribusi untuk unit berpredikat Istimewa: sebaran predikat memenuhi kurva.');
    expect(curveVerdict({ curve: { orgPredikat: 'KURANG', rules: [], fits: null } })).toBe('Kurva distribusi untuk unit berpredikat Kurang: belum ada pegawai yang dihitung.');
    expect(curveVerdict({ curve: { orgPredikat: null, rules: [], fits: null } })).toMatch(/^Predikat Kinerja Organisasi belum ditetapkan/);
  });

  it('counts the decisions by their Indonesian names', () => {
    expect(decisionFacts(report)).toEqual([
      ['Penghargaan', '1'],
      ['Pegawai Berkinerja Terbaik', '1'],
      ['Pembinaan', '0'],
      ['Rekomendasi sanksi', '1.200'],
    ]);
  });
});

describe('a result row in Indonesian', () => {
  it('names decisions, predikat, incentive, TPP and the notice', () => {
    expect(decisionsText([{ kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.2 }, { kind: 'TERBAIK', piagam: true, rankInUnit: 1 }])).toBe('Penghargaan, Pegawai Berkinerja Terbaik');
    expect(decisionsText(['PEMBINAAN'])).toBe('Pembinaan');
    expect(decisionsText([])).toBe('—');
    expect(predikatText('SANGAT_BAIK')).toBe('Sangat Baik');
    expect(predikatText(undefined)).toBe('Belum dinilai');
    expect(incentiveText(1.2)).toBe('1,2×');
    expect(incentiveText(0)).toBe('0×');
    expect(tppText({ amount: 1_234_567, breakdown: 'x' })).toBe('Rp1.234.567');
    expect(tppText(null)).toBe('Belum dihitung');
    expect(noticeText(null)).toBe('Belum dibuat');
    expect(noticeText({ kind: 'HASIL', status: 'SENT', sentAt: '2026-12-01T01:00:00.000Z' })).toBe('Terkirim');
    expect(noticeText({ kind: 'BELUM_DINILAI', status: 'PENDING' })).toBe('Menunggu dikirim (eskalasi belum dinilai)');
    expect(noticeText({ kind: 'HASIL', status: 'FAILED', failureReason: 'Alamat email ditolak' })).toBe('Gagal dikirim: Alamat email ditolak');
  });

  it('names a download the server did not name', () => {
    expect(exportFileName('hasil', 'dinkes', '2026-11')).toBe('hasil-dinkes-2026-11.csv');
    expect(exportFileName('ekinerja-bkn', 'disdik', '2026-TW4')).toBe('ekinerja-bkn-disdik-2026-TW4.csv');
  });
});
