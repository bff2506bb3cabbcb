/**
 * Shapes of the API's JSON as the form reads them. Type-only imports from shared/ keep the form
 * in step with the server's contract and add nothing to the bundle.
 */
import type { IndicatorProgress } from '../../../shared/domain/achievements.ts';
import type { Assessment } from '../../../shared/domain/assessment.ts';
import type { BerakhlakValue } from '../../../shared/domain/berakhlak.ts';
import type { DataCheck } from '../../../shared/domain/data-check.ts';
import type { LineIssue } from '../../../shared/domain/employee-csv.ts';
import type { Employee, Unit } from '../../../shared/domain/people.ts';
import type { Period, PeriodKind, PeriodStatus } from '../../../shared/domain/period.ts';
import type { Predikat, Rating } from '../../../shared/domain/quadrant.ts';
import type { ActivityReport } from '../../../shared/domain/report.ts';
import type { Decision, Result } from '../../../shared/domain/result.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { RosterEntry } from '../../../shared/domain/roster.ts';
import type { Indicator, Rhk, Skp, SkpStatus } from '../../../shared/domain/skp.ts';

export type { ActivityReport, Assessment, BerakhlakValue, Decision, Indicator, Period, PeriodKind, PeriodStatus, Predikat, Rating, Result, Rhk, Role, Skp, SkpStatus };

/** `GET /api/me`. */
export interface Me {
  readonly profile: Employee;
  readonly unit: Unit | null;
  readonly supervisor: { readonly nip: string; readonly name: string; readonly jabatan: string } | null;
  readonly roles: readonly Role[];
  readonly isSupervisor: boolean;
  readonly openPeriod: Period | null;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor?: string;
}

/** `POST /api/reports` body: optional fields are left out, never sent empty. */
export interface NewReport {
  date: string;
  activity: string;
  indicatorId?: string;
  realization?: number;
  unit?: string;
  evidenceUrl?: string;
}

const ROLE_LABELS: Record<Role, string> = { admin: 'Admin BKPSDM', pimpinan: 'Pimpinan', auditor: 'Auditor' };

/** "Pegawai" for everyone, plus the roles BKPSDM granted. */
export function roleLabel(roles: readonly Role[]): string {
  return ['Pegawai', ...roles.map((role) => ROLE_LABELS[role] ?? role)].join(' · ');
}

/** `GET /api/team/assessments?period=`: one row per person the caller assesses. */
export interface TeamMember {
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly status: 'BELUM_DINILAI' | 'DRAFT' | 'FINAL';
  readonly predikat: Predikat | null;
}

/** `GET /api/team/{nip}/assessments/{periodId}`. */
export interface AssessmentWorkspace {
  readonly period: Period;
  readonly employee: RosterEntry;
  readonly indicators: IndicatorProgress[];
  readonly suggestion: { readonly hasilKerja: Rating | null; readonly policyVersion: string };
  readonly berakhlak: readonly { readonly key: BerakhlakValue; readonly label: string; readonly guides: readonly string[] }[];
  readonly assessment: Assessment | null;
  /** The period is closed but this person was left BELUM_DINILAI: the supervisor of record may still assess them. */
  readonly lateAssessment: boolean;
}

/** `PUT /api/team/{nip}/assessments/{periodId}` body. */
export interface AssessmentDraft {
  readonly hasilKerja: { readonly rating: Rating; readonly reason?: string };
  readonly perilaku: { readonly rating: Rating; readonly values: Record<BerakhlakValue, Rating> };
  readonly feedback: string;
  readonly version: number;
}

/** `GET /api/admin/periods/{id}/close`. */
export interface CloseProgress {
  readonly periodId: string;
  readonly status: PeriodStatus;
  readonly unitsTotal: number;
  readonly unitsDone: number;
  readonly employeesScored: number;
  readonly closedAt: string | null;
  readonly curveWarnings: readonly { readonly unitId: string; readonly warnings: readonly string[] }[];
}

/** `POST /api/admin/employees/import`. */
export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly units: { readonly created: number; readonly updated: number; readonly unchanged: number };
  readonly errors: readonly LineIssue[];
  readonly ignoredColumns: readonly string[];
}

/** `GET /api/admin/data-check`. */
export type DataCheckReport = DataCheck & { readonly checkedAt: string };
