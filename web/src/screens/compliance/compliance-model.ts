import { EXCLUSION_LABELS, EXCLUSION_REASONS, type ComplianceRow, type ComplianceView, type ExclusionReason } from '../../../../shared/domain/compliance.ts';
import { formatInstant, formatNumber, formatPercent } from '../../core/format.ts';
import type { Me } from '../../core/types.ts';

export { EXCLUSION_LABELS, EXCLUSION_REASONS, type ComplianceRow, type ExclusionReason };

/** `GET /api/units/{unitId}/compliance?period=`. */
export type Compliance = ComplianceView & {
  readonly unit: { readonly unitId: string; readonly name: string };
  readonly period: { readonly periodId: string; readonly name: string; readonly status: 'OPEN' | 'CLOSING' | 'CLOSED' };
  readonly asOf: string;
};

/** A pimpinan looks at the unit they work in (the only one they may see); BKPSDM starts from its own and may pick another. */
export function defaultUnitId(me: Pick<Me, 'unit'>): string | undefined {
  return me.unit?.unitId;
}

/** Exclusions are decided by BKPSDM or the head of that very unit (the server checks the same against its records). */
export function canManageExclusions(me: Pick<Me, 'roles' | 'unit' | 'profile'>, unitId: string): boolean {
  if (me.roles.includes('admin')) return true;
  return me.roles.includes('pimpinan') && me.unit?.unitId === unitId && me.unit.headNip === me.profile.nip;
}

/** The totals as the screen lists them, in Indonesian: counts as numbers, the rate as "33,3 %". */
export function complianceFacts(totals: ComplianceView['totals']): readonly (readonly [string, string])[] {
  return [
    ['Pegawai', formatNumber(totals.members)],
    ['Dikecualikan', formatNumber(totals.excluded)],
    ['Wajib melapor', formatNumber(totals.expected)],
    ['Sudah melapor', formatNumber(totals.reported)],
    ['Tingkat pelaporan', totals.reportingRate === null ? '—' : formatPercent(totals.reportingRate)],
    ['Melapor 7 hari terakhir', formatNumber(totals.reportedLast7Days)],
    ['Belum diverifikasi', formatNumber(totals.unverified)],
    ['Dikembalikan', formatNumber(totals.returned)],
  ];
}

/** One person's standing in a line: excluded with why, or when they last reported. */
export function standingOf(row: ComplianceRow): string {
  if (row.exclusion) return `Dikecualikan: ${EXCLUSION_LABELS[row.exclusion.reason]}${row.exclusion.note ? ` (${row.exclusion.note})` : ''}`;
  if (row.reports === 0) return 'Belum melapor';
  const last = row.lastReportedAt ? `terakhir ${formatInstant(row.lastReportedAt)}` : '';
  return row.reportedLast7Days ? `Aktif 7 hari terakhir${last ? `, ${last}` : ''}` : `Tidak melapor 7 hari terakhir${last ? `; ${last}` : ''}`;
}
