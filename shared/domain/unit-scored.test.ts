import { describe, expect, it } from 'vitest';
import type { Result } from './result.ts';
import { unitScoredSummary } from './unit-scored.ts';

const result = (predikat: Result['predikat'], decisions: Result['decisions'] = []) => ({ predikat, decisions }) as unknown as Result;
const top: Result['decisions'] = [{ kind: 'TERBAIK', piagam: true, rankInUnit: 1 }];

describe("a scored unit's summary", () => {
  it('counts people per predikat (the unassessed as BELUM_DINILAI), checks the curve and counts the top performers', () => {
    const results = [result('SANGAT_BAIK', top), result('BAIK'), result('BAIK'), result('BAIK'), result(undefined)];
    const summary = unitScoredSummary('dinkes', results, { reported: 4, orgPredikat: 'BAIK', scoredAt: new Date('2026-11-05T15:59:00Z'), closeRound: 2 });
    expect(summary).toEqual({
      unitId: 'dinkes',
      employees: 5,
      reported: 4,
      counts: { SANGAT_BAIK: 1, BAIK: 3, BELUM_DINILAI: 1 },
      curveWarnings: ['Belum ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct, padahal kurva mensyaratkan paling sedikit 1.'],
      topPerformers: 1,
      scoredAt: '2026-11-05T15:59:00.000Z',
      closeRound: 2,
    });
  });

  it('warns about nothing without an organisation predikat, and leaves the close round out when not given', () => {
    const summary = unitScoredSummary('bappeda', [result('BAIK'), result('BAIK')], { reported: 0, orgPredikat: undefined, scoredAt: new Date('2026-11-05T15:59:00Z') });
    expect(summary.curveWarnings).toEqual([]);
    expect(summary.topPerformers).toBe(0);
    expect(summary).not.toHaveProperty('closeRound');
  });
});
