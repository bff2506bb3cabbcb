import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment.ts';
import { DEFAULT_CONSEQUENCE_POLICY as policy } from './consequence-policy.ts';
import type { Predikat } from './quadrant.ts';
import { markLateTopPerformer, markTopPerformers, sameOutcome, scoreEmployee } from './result.ts';
import type { RosterEntry } from './roster.ts';

const now = new Date('2026-12-06T01:00:00Z');
const roster = (periodId = '2026-11', nip = '198807122015031004'): RosterEntry => ({ nip, periodId, name: 'Pegawai', unitId: 'dinkes', jabatan: 'Analis', golongan: 'III/b', supervisorNip: '197303141997022002', recordedAt: now.toISOString() });
const final = (predikat: Predikat, score: number): Assessment =>
  ({ status: 'FINAL', predikat, score, assessorNip: '197303141997022002', hasilKerja: { rating: 'SESUAI' }, perilaku: { rating: 'SESUAI', suggested: 'SESUAI', values: {} }, feedback: 'ok' }) as unknown as Assessment;
const kinds = (r: { decisions: readonly { kind: string }[] }) => r.decisions.map((d) => d.kind);

describe('scoring at close', () => {
  it('awards Sangat Baik with the 150 % factor, and nothing else', () => {
    const result = scoreEmployee(roster(), final('SANGAT_BAIK', 100), [], policy, now);
    expect(result).toMatchObject({ predikat: 'SANGAT_BAIK', incentiveFactor: 1.5 });
    expect(kinds(result)).toEqual(['PENGHARGAAN']);
  });

  it('sets pembinaan with a meeting date 14 days on (WITA) and recommended training', () => {
    const result = scoreEmployee(roster(), final('KURANG', 70), [], policy, now);
    expect(result.decisions[0]).toMatchObject({ kind: 'PEMBINAAN', meetingBy: '2026-12-20' });
    expect(result.incentiveFactor).toBe(0.5);
  });

  it('recommends a sanction after two poor periods in a row, not after a poor one following a good one', () => {
    expect(kinds(scoreEmployee(roster(), final('BUTUH_PERBAIKAN', 70), ['KURANG', 'BAIK'], policy, now))).toEqual(['PEMBINAAN', 'REKOMENDASI_SANKSI']);
    expect(kinds(scoreEmployee(roster(), final('BUTUH_PERBAIKAN', 70), ['BAIK', 'KURANG'], policy, now))).toEqual(['PEMBINAAN']);
  });

  it('recommends a sanction for Sangat Kurang on the annual evaluation', () => {
    expect(kinds(scoreEmployee(roster('2026'), final('SANGAT_KURANG', 60), [], policy, now))).toEqual(['PEMBINAAN', 'REKOMENDASI_SANKSI']);
    expect(kinds(scoreEmployee(roster('2026-11'), final('SANGAT_KURANG', 60), [], policy, now))).toEqual(['PEMBINAAN']);
  });

  it('treats a draft as not assessed: no predikat, no factor, escalation to the supervisor', () => {
    const draft = { ...final('BAIK', 85), status: 'DRAFT' } as Assessment;
    expect(scoreEmployee(roster(), draft, [], policy, now)).toMatchObject({ incentiveFactor: 0, decisions: [{ kind: 'BELUM_DINILAI', escalateTo: ['197303141997022002'] }] });
  });

  it('gives the unit’s top performer piagam to the best awarded score, ties broken by NIP', () => {
    const a = scoreEmployee(roster('2026-11', '199001012015031002'), final('SANGAT_BAIK', 100), [], policy, now);
    const b = scoreEmployee(roster('2026-11', '199001012015031001'), final('SANGAT_BAIK', 100), [], policy, now);
    const c = scoreEmployee(roster('2026-11', '199001012015031003'), final('BAIK', 100), [], policy, now);
    const marked = markTopPerformers([a, b, c], policy);
    expect(marked.map(kinds)).toEqual([['PENGHARGAAN'], ['PENGHARGAAN', 'TERBAIK'], []]);
  });
});

describe('a result assessed after the close', () => {
  const late = (predikat: Predikat) => scoreEmployee(roster(), final(predikat, 100), [], policy, now);

  it('takes a Terbaik place the close left free, ranked after those who hold one', () => {
    expect(markLateTopPerformer(late('SANGAT_BAIK'), 0, policy).decisions).toEqual([
      { kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.5 },
      { kind: 'TERBAIK', piagam: true, rankInUnit: 1 },
    ]);
    expect(kinds(markLateTopPerformer(late('SANGAT_BAIK'), 1, { ...policy, topPerformersPerUnit: 3 }))).toEqual(['PENGHARGAAN', 'TERBAIK']);
    expect(markLateTopPerformer(late('SANGAT_BAIK'), 1, { ...policy, topPerformersPerUnit: 3 }).decisions[1]).toMatchObject({ rankInUnit: 2 });
  });

  it('never displaces a piagam already issued, and gives none without the award', () => {
    expect(kinds(markLateTopPerformer(late('SANGAT_BAIK'), 1, policy))).toEqual(['PENGHARGAAN']);
    expect(kinds(markLateTopPerformer(late('BAIK'), 0, policy))).toEqual([]);
  });
});

describe('a result scored again at a close after a reopen', () => {
  const later = new Date('2027-01-10T01:00:00Z');

  it('is the same when only the scoring date, the pembinaan meeting it sets, or a Terbaik rank differ', () => {
    expect(sameOutcome(scoreEmployee(roster(), final('KURANG', 70), [], policy, now), scoreEmployee(roster(), final('KURANG', 70), [], policy, later))).toBe(true);
    const first = markTopPerformers([scoreEmployee(roster(), final('SANGAT_BAIK', 100), [], policy, now)], policy)[0]!;
    const second = { ...first, decisions: first.decisions.map((d) => (d.kind === 'TERBAIK' ? { ...d, rankInUnit: 2 } : d)) };
    expect(sameOutcome(first, second)).toBe(true);
    expect(sameOutcome(scoreEmployee(roster(), undefined, [], policy, now), scoreEmployee(roster(), undefined, [], policy, later))).toBe(true);
  });

  it('changes with the predikat, the feedback, an award won or lost, or a sanction recommendation', () => {
    const baik = scoreEmployee(roster(), final('BAIK', 85), [], policy, now);
    expect(sameOutcome(baik, scoreEmployee(roster(), final('SANGAT_BAIK', 100), [], policy, now))).toBe(false);
    expect(sameOutcome(baik, scoreEmployee(roster(), { ...final('BAIK', 85), feedback: 'lain' } as Assessment, [], policy, now))).toBe(false);
    expect(sameOutcome(baik, scoreEmployee(roster(), undefined, [], policy, now))).toBe(false);
    const award = scoreEmployee(roster(), final('SANGAT_BAIK', 100), [], policy, now);
    expect(sameOutcome(award, markTopPerformers([award], policy)[0]!)).toBe(false);
    const poor = scoreEmployee(roster(), final('KURANG', 70), [], policy, now);
    expect(sameOutcome(poor, scoreEmployee(roster(), final('KURANG', 70), ['KURANG'], policy, now))).toBe(false);
  });
});
