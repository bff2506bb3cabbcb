import { curveWarnings, type OrgPredikat } from './curve.ts';
import type { Predikat } from './quadrant.ts';
import type { Result } from './result.ts';

/** What a close records about one scored unit (the unit marker; data/close-repository.ts stores it). */
export interface UnitScored {
  readonly unitId: string;
  readonly employees: number;
  /** How many of them reported at least once in the period. */
  readonly reported: number;
  readonly counts: Partial<Record<Predikat | 'BELUM_DINILAI', number>>;
  readonly curveWarnings: string[];
  /** "Pegawai Berkinerja Terbaik" piagams given in the unit. */
  readonly topPerformers: number;
  readonly scoredAt: string;
  /** The close that scored it (absent: the first). */
  readonly closeRound?: number;
}

/**
 * A unit's scored results summed up: people per predikat (BELUM_DINILAI for the unassessed), the curve's warnings
 * against the unit's own predikat, and how many are top performers. The close and the demo history both count this way.
 */
export function unitScoredSummary(
  unitId: string,
  results: readonly Result[],
  facts: { readonly reported: number; readonly orgPredikat: OrgPredikat | undefined; readonly scoredAt: Date; readonly closeRound?: number },
): UnitScored {
  const counts: Partial<Record<Predikat | 'BELUM_DINILAI', number>> = {};
  for (const r of results) counts[r.predikat ?? 'BELUM_DINILAI'] = (counts[r.predikat ?? 'BELUM_DINILAI'] ?? 0) + 1;
  return {
    unitId,
    employees: results.length,
    reported: facts.reported,
    counts,
    curveWarnings: curveWarnings(counts, facts.orgPredikat),
    topPerformers: results.filter((r) => r.decisions.some((d) => d.kind === 'TERBAIK')).length,
    scoredAt: facts.scoredAt.toISOString(),
    ...(facts.closeRound === undefined ? {} : { closeRound: facts.closeRound }),
  };
}
