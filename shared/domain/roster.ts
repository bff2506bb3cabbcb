import { Forbidden } from './errors.ts';
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

/** Only the supervisor of record for that period acts on an employee's period data, and never on their own. */
export function assertSupervisorOfRecord(roster: RosterEntry, actorNip: string): void {
  if (roster.nip === actorNip) throw new Forbidden('Anda tidak dapat menilai atau memverifikasi pekerjaan Anda sendiri.');
  if (roster.supervisorNip !== actorNip) {
    throw new Forbidden('Hanya atasan langsung yang tercatat untuk periode ini yang dapat melakukan tindakan ini.');
  }
}
