import type { Employee } from './people.ts';

/**
 * Who an employee was in one period: their supervisor (the pejabat penilai of record), unit and jabatan,
 * fixed when first recorded so a mid-year move does not rewrite whose assessment it is or where a result counts.
 */
export interface RosterEntry {
  readonly nip: string;
  readonly periodId: string;
  readonly name: string;
  readonly unitId: string;
  readonly jabatan: string;
  readonly golongan: string;
  readonly supervisorNip?: string;
  readonly recordedAt: string;
}

export function rosterEntryOf(employee: Employee, periodId: string, now: Date): RosterEntry {
  return {
    nip: employee.nip,
    periodId,
    name: employee.name,
    unitId: employee.unitId,
    jabatan: employee.jabatan,
    golongan: employee.golongan,
    ...(employee.supervisorNip ? { supervisorNip: employee.supervisorNip } : {}),
    recordedAt: now.toISOString(),
  };
}
