import type { Assessment } from './assessment.ts';
import { curveCheck, type OrgPredikat } from './curve.ts';
import { PREDIKATS, type Predikat } from './quadrant.ts';
import type { DecisionKind, Result } from './result.ts';
import type { RosterEntry } from './roster.ts';

/**
 * What the head of an OPD reads before signing off a period: who is assessed and who is not, the spread of
 * predikat against the distribution curve, the decisions that follow, and what needs their attention.
 * Once the unit is scored the results are the record (late assessments included); before that, the final
 * assessments give a provisional spread, said as such.
 */
export const DISTRIBUTION_KEYS = [...PREDIKATS, 'BELUM_DINILAI'] as const;
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];
export type AssessmentState = 'FINAL' | 'DRAFT' | 'BELUM_DIMULAI';

export interface UnitReportInput {
  readonly roster: readonly RosterEntry[];
  readonly assessments: ReadonlyMap<string, Assessment>;
  /** The unit's results once scored; empty before. */
  readonly results: readonly Result[];
  readonly orgPredikat: OrgPredikat | undefined;
  /** People who reported at least once in the period; undefined where reporting does not apply (the annual evaluation). */
  readonly reporters: ReadonlySet<string> | undefined;
  readonly names: ReadonlyMap<string, string>;
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function composeUnitReport(input: UnitReportInput) {
  const { roster, assessments, results, orgPredikat, reporters, names } = input;
  const scored = results.length > 0;
  const resultOf = new Map(results.map((r) => [r.nip, r]));
  const people = roster
    .map((entry) => {
      const assessment = assessments.get(entry.nip);
      const result = resultOf.get(entry.nip);
      const state: AssessmentState = assessment?.status ?? 'BELUM_DIMULAI';
      const predikat: Predikat | null = scored ? (result?.predikat ?? null) : state === 'FINAL' ? assessment!.predikat : null;
      return {
        nip: entry.nip,
        name: entry.name,
        jabatan: entry.jabatan,
        assessorNip: entry.supervisorNip ?? null,
        assessorName: entry.supervisorNip ? (names.get(entry.supervisorNip) ?? null) : null,
        assessment: state,
        predikat,
        decisions: (result?.decisions ?? []).map((d) => d.kind),
        reported: reporters ? reporters.has(entry.nip) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));

  const counts = Object.fromEntries(DISTRIBUTION_KEYS.map((key) => [key, 0])) as Record<DistributionKey, number>;
  for (const person of people) counts[person.predikat ?? 'BELUM_DINILAI']++;
  const curve = curveCheck(counts, orgPredikat);
  const decisions = Object.fromEntries((['PENGHARGAAN', 'TERBAIK', 'PEMBINAAN', 'REKOMENDASI_SANKSI'] as const).map((kind) => [kind, people.filter((p) => p.decisions.includes(kind)).length])) as Record<
    Exclude<DecisionKind, 'BELUM_DINILAI'>,
    number
  >;
  const final = people.filter((p) => p.assessment === 'FINAL').length;
  const drafts = people.filter((p) => p.assessment === 'DRAFT');
  const notStarted = people.filter((p) => p.assessment === 'BELUM_DIMULAI');
  const reported = reporters ? people.filter((p) => p.reported).length : null;

  const warnings = [
    ...(orgPredikat ? [] : ['Predikat Kinerja Organisasi unit ini belum ditetapkan; sebaran predikat belum dapat diperiksa terhadap kurva distribusi.']),
    ...curve.flatMap((check) => (check.warning ? [`Kurva distribusi: ${check.warning}`] : [])),
    ...(notStarted.length > 0 ? [`${notStarted.length} pegawai belum dinilai: ${notStarted.map((p) => p.name).join(', ')}.`] : []),
    ...(drafts.length > 0 ? [`${drafts.length} penilaian masih draf dan belum difinalkan: ${drafts.map((p) => p.name).join(', ')}.`] : []),
    ...(decisions.REKOMENDASI_SANKSI > 0 ? [`${decisions.REKOMENDASI_SANKSI} rekomendasi sanksi diteruskan kepada BKPSDM untuk diputuskan.`] : []),
  ];

  return {
    basis: scored ? ('HASIL' as const) : ('PENILAIAN_FINAL' as const),
    completion: { employees: people.length, final, draft: drafts.length, notStarted: notStarted.length, percentFinal: percentOf(final, people.length) },
    reporting: reported === null ? null : { reported, percent: percentOf(reported, people.length) },
    distribution: {
      counts,
      percent: Object.fromEntries(DISTRIBUTION_KEYS.map((key) => [key, percentOf(counts[key], people.length)])) as Record<DistributionKey, number>,
    },
    curve: { orgPredikat: orgPredikat ?? null, rules: curve, fits: orgPredikat && people.length > 0 ? curve.every((check) => check.ok) : null },
    decisions,
    warnings,
    people,
  };
}
