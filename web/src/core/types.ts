/**
 * Shapes of the API's JSON as the form reads them. Type-only imports from shared/ keep the form
 * in step with the server's contract and add nothing to the bundle.
 */
import type { Employee, Unit } from '../../../shared/domain/people.ts';
import type { Period } from '../../../shared/domain/period.ts';
import type { ActivityReport } from '../../../shared/domain/report.ts';
import type { Role } from '../../../shared/domain/roles.ts';

export type { ActivityReport, Period, Role };

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
