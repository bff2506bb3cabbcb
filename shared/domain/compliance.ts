import type { RosterEntry } from './roster.ts';

/** Why someone is left out of a unit's reporting compliance for a period. */
export const EXCLUSION_REASONS = ['CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'LAINNYA'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  CUTI: 'Cuti',
  TUGAS_BELAJAR: 'Tugas belajar',
  PENSIUN: 'Pensiun',
  LAINNYA: 'Lainnya',
};

export interface ComplianceExclusion {
  readonly periodId: string;
  readonly unitId: string;
  readonly nip: string;
  readonly reason: ExclusionReason;
  readonly note?: string;
  readonly excludedBy: string;
  readonly excludedAt: string;
}

export interface PersonReporting {
  readonly reports: number;
  readonly unverified: number;
  readonly returned: number;
  readonly lastReportedAt?: string;
}

export interface ComplianceRow extends PersonReporting {
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly reportedLast7Days: boolean;
  readonly exclusion?: Pick<ComplianceExclusion, 'reason' | 'note'>;
}

export interface ComplianceView {
  readonly totals: {
    readonly members: number;
    readonly excluded: number;
    /** Members who are expected to report: everyone not excluded. */
    readonly expected: number;
    readonly reported: number;
    /** reported / expected, in percent with one decimal; null when nobody is expected to report. */
    readonly reportingRate: number | null;
    readonly reportedLast7Days: number;
    readonly unverified: number;
    readonly returned: number;
  };
  readonly people: ComplianceRow[];
  /** Expected to report and nothing reported in the period: who BKPSDM calls first. */
  readonly notReported: Pick<ComplianceRow, 'nip' | 'name' | 'jabatan'>[];
}

const WEEK_MS = 7 * 86_400_000;
const NOTHING: PersonReporting = { reports: 0, unverified: 0, returned: 0 };

/** The reporting picture of one unit in one period, from its roster of record and each person's report counts. */
export function complianceView(
  roster: readonly RosterEntry[],
  reporting: ReadonlyMap<string, PersonReporting>,
  exclusions: ReadonlyMap<string, ComplianceExclusion>,
  now: Date,
): ComplianceView {
  const weekAgo = now.getTime() - WEEK_MS;
  const people = [...roster]
    .sort((a, b) => a.name.localeCompare(b.name, 'id-ID'))
    .map((entry): ComplianceRow => {
      const counts = reporting.get(entry.nip) ?? NOTHING;
      const exclusion = exclusions.get(entry.nip);
      return {
        nip: entry.nip,
        name: entry.name,
        jabatan: entry.jabatan,
        reports: counts.reports,
        unverified: counts.unverified,
        returned: counts.returned,
        ...(counts.lastReportedAt ? { lastReportedAt: counts.lastReportedAt } : {}),
        reportedLast7Days: counts.reports > 0 && counts.lastReportedAt !== undefined && Date.parse(counts.lastReportedAt) >= weekAgo,
        ...(exclusion ? { exclusion: { reason: exclusion.reason, ...(exclusion.note ? { note: exclusion.note } : {}) } } : {}),
      };
    });
  const expected = people.filter((p) => !p.exclusion);
  const reported = expected.filter((p) => p.reports > 0);
  return {
    totals: {
      members: people.length,
      excluded: people.length - expected.length,
      expected: expected.length,
      reported: reported.length,
      reportingRate: expected.length === 0 ? null : Math.round((reported.length / expected.length) * 1000) / 10,
      reportedLast7Days: expected.filter((p) => p.reportedLast7Days).length,
      unverified: people.reduce((sum, p) => sum + p.unverified, 0),
      returned: people.reduce((sum, p) => sum + p.returned, 0),
    },
    people,
    notReported: expected.filter((p) => p.reports === 0).map(({ nip, name, jabatan }) => ({ nip, name, jabatan })),
  };
}
