import { ORG_PREDIKAT_LABELS, ORG_PREDIKATS, type OrgPredikat } from '../../../../shared/domain/curve.ts';
import type { PeriodKind, PeriodStatus } from '../../../../shared/domain/period.ts';
import type { Predikat } from '../../../../shared/domain/quadrant.ts';
import { DECISION_LABELS, type Decision, type DecisionKind, type Result } from '../../../../shared/domain/result.ts';
import { DISTRIBUTION_KEYS, type composeUnitReport, type DistributionKey } from '../../../../shared/domain/unit-report.ts';
import { formatNumber, formatPercent } from '../../core/format.ts';
import { PREDIKAT_LABELS } from '../../core/labels.ts';
import type { Me } from '../../core/types.ts';

export type { OrgPredikat };

/** `GET /api/units/{unitId}/report?period=`: the unit's period report for its head to sign off. */
export type UnitReport = ReturnType<typeof composeUnitReport> & {
  readonly unit: { readonly unitId: string; readonly name: string; readonly orgPredikat: OrgPredikat | null };
  readonly period: { readonly periodId: string; readonly name: string; readonly kind: PeriodKind; readonly status: PeriodStatus; readonly closedAt: string | null };
  readonly signOff: { readonly nip: string; readonly name: string; readonly jabatan: string } | null;
  readonly generatedAt: string;
};

/** One row of `GET /api/admin/results?unit=&period=`: the result with its TPP input and where its notice stands. */
export type UnitResult = Result & {
  readonly tpp: { readonly amount: number; readonly breakdown: string } | null;
  readonly notice: { readonly kind: string; readonly status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED'; readonly sentAt?: string; readonly failureReason?: string } | null;
};

export { DECISION_LABELS, ORG_PREDIKAT_LABELS, ORG_PREDIKATS };

const NOTICE_STATUS_LABELS: Readonly<Record<NonNullable<UnitResult['notice']>['status'], string>> = {
  PENDING: 'Menunggu dikirim',
  SENDING: 'Sedang dikirim',
  SENT: 'Terkirim',
  FAILED: 'Gagal dikirim',
};

/** Only BKPSDM sets a unit's Predikat Kinerja Organisasi. */
export function canSetOrgPredikat(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin');
}

/** Payroll's TPP input is for BKPSDM and Inspektorat, not for the unit's head. */
export function canExportTpp(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin') || me.roles.includes('auditor');
}

const share = (count: number, of: number, percent: number) => `${formatNumber(count)} dari ${formatNumber(of)} (${formatPercent(percent)})`;

/** The report's head figures, in Indonesian. */
export function reportFacts(report: UnitReport): readonly (readonly [string, string])[] {
  const { completion, reporting, unit } = report;
  return [
    ['Pegawai', formatNumber(completion.employees)],
    ['Penilaian final', share(completion.final, completion.employees, completion.percentFinal)],
    ['Penilaian draf', formatNumber(completion.draft)],
    ['Belum dinilai', formatNumber(completion.notStarted)],
    ['Melapor kegiatan', reporting ? share(reporting.reported, completion.employees, reporting.percent) : 'Tidak berlaku (tahunan)'],
    ['Predikat Kinerja Organisasi', unit.orgPredikat ? ORG_PREDIKAT_LABELS[unit.orgPredikat] : 'Belum ditetapkan'],
  ];
}

/** Whether the spread is the record (after the close) or provisional (the final assessments so far). */
export function basisText(report: Pick<UnitReport, 'basis'>): string {
  return report.basis === 'HASIL'
    ? 'Sebaran menurut hasil penilaian yang ditetapkan saat penutupan periode.'
    : 'Sebaran sementara menurut penilaian yang sudah final; hasil ditetapkan saat periode ditutup.';
}

export interface DistributionRow {
  readonly key: DistributionKey;
  readonly label: string;
  readonly count: string;
  readonly percent: string;
}

export function distributionRows(report: Pick<UnitReport, 'distribution'>): DistributionRow[] {
  return DISTRIBUTION_KEYS.map((key) => ({
    key,
    label: key === 'BELUM_DINILAI' ? 'Belum dinilai' : PREDIKAT_LABELS[key],
    count: formatNumber(report.distribution.counts[key]),
    percent: formatPercent(report.distribution.percent[key]),
  }));
}

/** One sentence on the curve: not checkable yet, fits, or breaks a rule (the warnings list which). */
export function curveVerdict(report: Pick<UnitReport, 'curve'>): string {
  const { orgPredikat, fits } = report.curve;
  if (!orgPredikat) return 'Predikat Kinerja Organisasi belum ditetapkan, sehingga sebaran belum dapat diperiksa terhadap kurva distribusi.';
  const reference = `Kurva distribusi untuk unit berpredikat ${ORG_PREDIKAT_LABELS[orgPredikat]}`;
  if (fits === null) return `${reference}: belum ada pegawai yang dihitung.`;
  return fits ? `${reference}: sebaran predikat memenuhi kurva.` : `${reference}: sebaran predikat belum memenuhi kurva; lihat peringatan.`;
}

export function decisionFacts(report: Pick<UnitReport, 'decisions'>): readonly (readonly [string, string])[] {
  return (['PENGHARGAAN', 'TERBAIK', 'PEMBINAAN', 'REKOMENDASI_SANKSI'] as const).map((kind) => [DECISION_LABELS[kind], formatNumber(report.decisions[kind])]);
}

/** "Penghargaan, Pegawai Berkinerja Terbaik", or a dash when nothing follows. */
export function decisionsText(decisions: readonly (Decision | DecisionKind)[]): string {
  const names = decisions.map((d) => DECISION_LABELS[typeof d === 'string' ? d : d.kind]);
  return names.length > 0 ? names.join(', ') : '—';
}

export function predikatText(predikat: Predikat | null | undefined): string {
  return predikat ? PREDIKAT_LABELS[predikat] : 'Belum dinilai';
}

/** The incentive factor as "Hasil saya" writes it: 1.2 → "1,2×". */
export function incentiveText(factor: number): string {
  return `${formatNumber(factor)}×`;
}

export function tppText(tpp: UnitResult['tpp']): string {
  return tpp ? `Rp${formatNumber(tpp.amount)}` : 'Belum dihitung';
}

/** Where the result's email stands; an escalation for an unassessed person says so. */
export function noticeText(notice: UnitResult['notice']): string {
  if (!notice) return 'Belum dibuat';
  const kind = notice.kind === 'BELUM_DINILAI' ? ' (eskalasi belum dinilai)' : '';
  return `${NOTICE_STATUS_LABELS[notice.status]}${kind}${notice.status === 'FAILED' && notice.failureReason ? `: ${notice.failureReason}` : ''}`;
}

/** A name for a download when the server sends none: `hasil-dinkes-2026-11.csv`. */
export function exportFileName(kind: 'hasil' | 'tpp' | 'ekinerja-bkn', unitId: string, periodId: string): string {
  return `${kind}-${unitId}-${periodId}.csv`;
}
