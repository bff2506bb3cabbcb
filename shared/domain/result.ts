import type { Assessment } from './assessment.ts';
import type { ConsequencePolicy } from './consequence-policy.ts';
import type { Predikat, Rating } from './quadrant.ts';
import type { RosterEntry } from './roster.ts';
import { addDays, witaDateOf } from './time.ts';

export type DecisionKind = 'PENGHARGAAN' | 'TERBAIK' | 'PEMBINAAN' | 'REKOMENDASI_SANKSI' | 'BELUM_DINILAI';

/** Whether the result holds the unit's "Pegawai Berkinerja Terbaik" award (what the unit marker's topPerformers counts). */
export const isTopPerformer = (result: Pick<Result, 'decisions'>): boolean => result.decisions.some((d) => d.kind === 'TERBAIK');

/** The decisions as the results CSV, the unit's screens and the notices name them. */
export const DECISION_LABELS: Readonly<Record<DecisionKind, string>> = {
  PENGHARGAAN: 'Penghargaan',
  TERBAIK: 'Pegawai Berkinerja Terbaik',
  PEMBINAAN: 'Pembinaan',
  REKOMENDASI_SANKSI: 'Rekomendasi sanksi',
  BELUM_DINILAI: 'Belum dinilai',
};

export type Decision =
  | { readonly kind: 'PENGHARGAAN'; readonly piagam: true; readonly incentiveFactor: number }
  | { readonly kind: 'TERBAIK'; readonly piagam: true; readonly rankInUnit: number }
  | { readonly kind: 'PEMBINAAN'; readonly meetingBy: string; readonly recommendedTraining: string }
  | { readonly kind: 'REKOMENDASI_SANKSI'; readonly consecutivePoor: number; readonly note: string }
  | { readonly kind: 'BELUM_DINILAI'; readonly escalateTo: readonly string[] };

/** An employee's scored result for a closed period: what the notices, appeals and reports read. */
export interface Result {
  readonly nip: string;
  readonly periodId: string;
  readonly name: string;
  readonly unitId: string;
  readonly jabatan: string;
  readonly assessorNip?: string;
  readonly hasilKerja?: Rating;
  readonly perilaku?: Rating;
  readonly predikat?: Predikat;
  readonly score?: number;
  readonly incentiveFactor: number;
  readonly feedback?: string;
  readonly decisions: readonly Decision[];
  readonly policyVersion: string;
  /**
   * 1 at close; each keberatan decision that changes it adds one, and so does a close after a reopen that changes it
   * (services/reclose.ts). A late assessment that replaces a BELUM_DINILAI result keeps the revision: it is the first
   * result that rates the person, and its notices are the first of their kinds.
   */
  readonly revision: number;
  /** On a revision written by a close after a reopen: which close (2 or more). Its notices say so, and restart keberatan. */
  readonly reclosedRound?: number;
  readonly scoredAt: string;
}

const POOR_DEFAULT = 0;

/**
 * Scores one employee at close from their FINAL assessment (a draft counts as not assessed).
 * `previousPredikats` are the same kind of period's earlier results, newest first, for repeated failure.
 * Top performers are chosen afterwards across the unit (markTopPerformers).
 */
export function scoreEmployee(
  roster: RosterEntry,
  assessment: Assessment | undefined,
  previousPredikats: readonly (Predikat | undefined)[],
  policy: ConsequencePolicy,
  now: Date,
): Result {
  const base = {
    nip: roster.nip,
    periodId: roster.periodId,
    name: roster.name,
    unitId: roster.unitId,
    jabatan: roster.jabatan,
    ...(roster.supervisorNip ? { assessorNip: roster.supervisorNip } : {}),
    policyVersion: policy.version,
    revision: 1,
    scoredAt: now.toISOString(),
  };
  if (!assessment || assessment.status !== 'FINAL') {
    return { ...base, incentiveFactor: POOR_DEFAULT, decisions: [{ kind: 'BELUM_DINILAI', escalateTo: roster.supervisorNip ? [roster.supervisorNip] : [] }] };
  }
  const predikat = assessment.predikat;
  const decisions: Decision[] = [];
  const incentiveFactor = policy.incentiveFactor[predikat];
  if (policy.awardPredikats.includes(predikat)) decisions.push({ kind: 'PENGHARGAAN', piagam: true, incentiveFactor });
  if (policy.pembinaanPredikats.includes(predikat)) {
    decisions.push({
      kind: 'PEMBINAAN',
      meetingBy: addDays(witaDateOf(now), policy.pembinaanMeetingWithinDays),
      recommendedTraining: policy.recommendedTraining[predikat] ?? 'Coaching oleh atasan langsung',
    });
    const streak = 1 + countLeading(previousPredikats, (p) => p !== undefined && policy.pembinaanPredikats.includes(p));
    const annualSangatKurang = isAnnual(roster.periodId) && predikat === 'SANGAT_KURANG';
    if (annualSangatKurang) {
      decisions.push({ kind: 'REKOMENDASI_SANKSI', consecutivePoor: streak, note: 'Predikat Sangat Kurang pada penilaian tahunan; rekomendasi kepada BKPSDM untuk diputuskan sesuai PP 94/2021.' });
    } else if (streak >= policy.sanctionAfterConsecutivePoor) {
      decisions.push({
        kind: 'REKOMENDASI_SANKSI',
        consecutivePoor: streak,
        note: `Predikat di bawah Baik ${streak} periode berturut-turut; rekomendasi kepada BKPSDM untuk diputuskan sesuai PP 94/2021.`,
      });
    }
  }
  return {
    ...base,
    assessorNip: assessment.assessorNip,
    hasilKerja: assessment.hasilKerja.rating,
    perilaku: assessment.perilaku.rating,
    predikat,
    score: assessment.score,
    incentiveFactor,
    feedback: assessment.feedback,
    decisions,
  };
}

/** Adds the "Pegawai Berkinerja Terbaik" piagam to the unit's best awarded results, by score then NIP for a stable tie-break. */
export function markTopPerformers(results: readonly Result[], policy: ConsequencePolicy): Result[] {
  const ranked = results
    .filter((r) => r.predikat && policy.awardPredikats.includes(r.predikat))
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.nip.localeCompare(b.nip))
    .slice(0, policy.topPerformersPerUnit);
  const rank = new Map(ranked.map((r, i) => [r.nip, i + 1]));
  return results.map((r) => (rank.has(r.nip) ? { ...r, decisions: [...r.decisions, { kind: 'TERBAIK', piagam: true, rankInUnit: rank.get(r.nip)! }] } : r));
}

/**
 * A result assessed after the close joins the unit's "Pegawai Berkinerja Terbaik" only in a place the close left
 * free: piagams already issued are never withdrawn or renumbered, so it ranks after the `holders` who have one.
 */
export function markLateTopPerformer(result: Result, holders: number, policy: ConsequencePolicy): Result {
  const awarded = result.predikat !== undefined && policy.awardPredikats.includes(result.predikat);
  if (!awarded || holders >= policy.topPerformersPerUnit) return result;
  return { ...result, decisions: [...result.decisions, { kind: 'TERBAIK', piagam: true, rankInUnit: holders + 1 }] };
}

/**
 * Whether a result scored again says what the one in force says: the same ratings, predikat, score, incentive,
 * feedback, assessor and decisions. What only the date of scoring moves (a pembinaan meeting counted from the close)
 * and a Terbaik rank (a piagam issued is not renumbered) do not count as a change.
 */
/**
 * The ratings a result carries as the final assessment they amount to, for scoring it again (a keberatan decision,
 * a close after a reopen): the same scoring path as an assessment finalised by the supervisor.
 */
export function asFinalAssessment(result: Pick<Result, 'assessorNip' | 'hasilKerja' | 'perilaku' | 'predikat' | 'score' | 'feedback'>): Assessment {
  return {
    status: 'FINAL',
    assessorNip: result.assessorNip,
    hasilKerja: { rating: result.hasilKerja },
    perilaku: { rating: result.perilaku },
    predikat: result.predikat,
    score: result.score,
    feedback: result.feedback ?? '',
  } as Assessment;
}

export function sameOutcome(a: Result, b: Result): boolean {
  const fields = (r: Result) => [r.assessorNip, r.hasilKerja, r.perilaku, r.predikat, r.score, r.incentiveFactor, r.feedback, r.unitId];
  return JSON.stringify(fields(a)) === JSON.stringify(fields(b)) && JSON.stringify(decisionGist(a)) === JSON.stringify(decisionGist(b));
}

function decisionGist(result: Result): string[] {
  return result.decisions
    .map((d) => {
      switch (d.kind) {
        case 'PENGHARGAAN':
          return `${d.kind}:${d.incentiveFactor}`;
        case 'TERBAIK':
          return d.kind;
        case 'PEMBINAAN':
          return `${d.kind}:${d.recommendedTraining}`;
        case 'REKOMENDASI_SANKSI':
          return `${d.kind}:${d.consecutivePoor}`;
        case 'BELUM_DINILAI':
          return `${d.kind}:${[...d.escalateTo].sort().join(',')}`;
      }
    })
    .sort();
}

/** The annual evaluation's period id is the bare year. */
function isAnnual(periodId: string): boolean {
  return /^\d{4}$/.test(periodId);
}

function countLeading<T>(items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) {
    if (!test(item)) break;
    count++;
  }
  return count;
}
