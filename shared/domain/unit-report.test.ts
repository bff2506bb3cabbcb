import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment.ts';
import type { Result } from './result.ts';
import type { RosterEntry } from './roster.ts';
import { composeUnitReport } from './unit-report.ts';

const entry = (nip: string, name: string, supervisorNip = 'S'): RosterEntry => ({ nip, periodId: '2026-11', name, unitId: 'dinkes', jabatan: 'Analis', golongan: 'III/a', supervisorNip, recordedAt: '2026-11-01T00:00:00Z' });
const assessment = (nip: string, status: 'DRAFT' | 'FINAL', predikat: Assessment['predikat']) => ({ nip, status, predikat }) as Assessment;
const result = (nip: string, predikat: Result['predikat'], decisions: Result['decisions'] = []) => ({ nip, predikat, decisions }) as unknown as Result;
const roster = [entry('1', 'Rahmawati'), entry('2', 'Asrun'), entry('3', 'Hasnah'), entry('4', 'Baharuddin')];

describe('the unit report', () => {
  it('before the close: a provisional spread from final assessments, with who is still to be assessed', () => {
    const report = composeUnitReport({
      roster,
      assessments: new Map([
        ['1', assessment('1', 'FINAL', 'SANGAT_BAIK')],
        ['2', assessment('2', 'DRAFT', 'BAIK')],
      ]),
      results: [],
      orgPredikat: 'BAIK',
      reporters: new Set(['1', '2', '3']),
      names: new Map([['S', 'Hj. Wa Ode Nurhayati']]),
    });
    expect(report.basis).toBe('PENILAIAN_FINAL');
    expect(report.completion).toEqual({ employees: 4, final: 1, draft: 1, notStarted: 2, percentFinal: 25 });
    expect(report.reporting).toEqual({ reported: 3, percent: 75 });
    expect(report.distribution.counts).toMatchObject({ SANGAT_BAIK: 1, BAIK: 0, BELUM_DINILAI: 3 });
    expect(report.people.map((p) => [p.name, p.assessment, p.predikat, p.assessorName])).toEqual([
      ['Asrun', 'DRAFT', null, 'Hj. Wa Ode Nurhayati'],
      ['Baharuddin', 'BELUM_DIMULAI', null, 'Hj. Wa Ode Nurhayati'],
      ['Hasnah', 'BELUM_DIMULAI', null, 'Hj. Wa Ode Nurhayati'],
      ['Rahmawati', 'FINAL', 'SANGAT_BAIK', 'Hj. Wa Ode Nurhayati'],
    ]);
    expect(report.warnings).toEqual([
      'Kurva distribusi: Belum ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct, padahal kurva mensyaratkan paling sedikit 1.',
      '2 pegawai belum dinilai: Baharuddin, Hasnah.',
      '1 penilaian masih draf dan belum difinalkan: Asrun.',
    ]);
    expect(report.curve.fits).toBe(false);
  });

  it('after the close: the results are the record, with their decisions; no organisation predikat is a warning of its own', () => {
    const report = composeUnitReport({
      roster,
      assessments: new Map(roster.map((e) => [e.nip, assessment(e.nip, 'FINAL', 'BAIK')])),
      results: [
        result('1', 'SANGAT_BAIK', [{ kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.5 }]),
        result('2', 'BAIK'),
        result('3', 'BUTUH_PERBAIKAN', [{ kind: 'PEMBINAAN', meetingBy: '2026-12-10', recommendedTraining: 'Coaching' }, { kind: 'REKOMENDASI_SANKSI', consecutivePoor: 3, note: '' }]),
        result('4', undefined, [{ kind: 'BELUM_DINILAI', escalateTo: [] }]),
      ],
      orgPredikat: undefined,
      reporters: undefined,
      names: new Map(),
    });
    expect(report.basis).toBe('HASIL');
    expect(report.distribution.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0, BELUM_DINILAI: 1 });
    expect(report.distribution.percent.SANGAT_BAIK).toBe(25);
    expect(report.decisions).toEqual({ PENGHARGAAN: 1, TERBAIK: 0, PEMBINAAN: 1, REKOMENDASI_SANKSI: 1 });
    expect(report.reporting).toBeNull();
    expect(report.curve).toEqual({ orgPredikat: null, rules: [], fits: null });
    expect(report.warnings).toEqual([
      'Predikat Kinerja Organisasi unit ini belum ditetapkan; sebaran predikat belum dapat diperiksa terhadap kurva distribusi.',
      '1 rekomendasi sanksi diteruskan kepada BKPSDM untuk diputuskan.',
    ]);
  });
});
