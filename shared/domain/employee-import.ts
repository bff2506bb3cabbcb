import { checkEmployee, sameEmployeeFields, type EmployeeFields } from './employee.ts';
import { FIELD_COLUMN, type CsvColumn, type EmployeeCsv, type LineIssue } from './employee-csv.ts';
import type { Employee, Unit } from './people.ts';
import { cycleClosedBy, describeChain } from './supervisor-chain.ts';
import { inferUnitHead } from './unit-head.ts';

/** An employee as stored: the profile plus when an import last changed it. */
export type StoredEmployee = Employee & { readonly updatedAt?: string };

/** What the table already holds for the people and units a file mentions, supervisor chains included. */
export interface StoredOrganisation {
  readonly employees: ReadonlyMap<string, StoredEmployee>;
  readonly units: ReadonlyMap<string, Unit>;
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
}

export interface ImportPlan {
  /** Only what is new or different: a re-import of the same file writes nothing. */
  readonly employees: StoredEmployee[];
  readonly units: Unit[];
  readonly counts: ImportCounts;
  readonly unitCounts: { readonly created: number; readonly updated: number; readonly unchanged: number };
  /** Every rejected line's problems, in file order. */
  readonly issues: LineIssue[];
}

interface Row {
  readonly line: number;
  readonly employee: EmployeeFields;
  readonly unitName: string;
}

/**
 * Decides what an import writes, without touching the table. Lines are judged one by one (fields,
 * repeated NIPs, a unit's name), then against each other and the stored data (the unit and the supervisor
 * must exist in the file or the table, and no line may close a supervisor cycle). A rejected line takes
 * the lines that depend on it with it, so nothing written ever points at something that is not there.
 * Stored roles and any other stored attributes are kept: the CSV does not carry them.
 */
export function planEmployeeImport(csv: EmployeeCsv, stored: StoredOrganisation, now: Date): ImportPlan {
  const issues: LineIssue[] = [...csv.issues];
  const accepted = new Map<string, Row>();
  const reject = (row: Row, column: CsvColumn, message: string) => {
    issues.push({ line: row.line, column, message });
    accepted.delete(row.employee.nip);
  };

  const firstLineOf = new Map<string, number>();
  for (const { line, input } of csv.records) {
    const nip = input.nip.trim();
    const earlier = firstLineOf.get(nip);
    if (nip !== '' && earlier === undefined) firstLineOf.set(nip, line);
    const check = checkEmployee(input);
    const lineIssues: LineIssue[] = check.ok ? [] : check.issues.map((issue) => ({ line, column: FIELD_COLUMN[issue.field], message: issue.message }));
    if (earlier !== undefined) lineIssues.unshift({ line, column: 'nip', message: `NIP ${nip} sudah ada di baris ${earlier}; baris yang kemudian tidak disimpan.` });
    if (check.ok && lineIssues.length === 0) accepted.set(nip, { line, ...check.value });
    else issues.push(...lineIssues);
  }

  const unitNames = new Map<string, { name: string; line: number }>();
  for (const row of accepted.values()) {
    if (row.unitName === '') continue;
    const first = unitNames.get(row.employee.unitId);
    if (!first) unitNames.set(row.employee.unitId, { name: row.unitName, line: row.line });
    else if (first.name !== row.unitName) {
      reject(row, 'unit_nama', `Nama unit "${row.unitName}" berbeda dengan baris ${first.line} ("${first.name}") untuk kode unit ${row.employee.unitId}.`);
    }
  }

  rejectDangling(accepted, stored, firstLineOf, reject);
  rejectCycles(accepted, stored, reject);
  rejectDangling(accepted, stored, firstLineOf, reject);

  const employees: StoredEmployee[] = [];
  let created = 0;
  let updated = 0;
  for (const row of accepted.values()) {
    const before = stored.employees.get(row.employee.nip);
    if (before && sameEmployeeFields(before, row.employee)) continue;
    const { supervisorNip: _previous, ...kept } = before ?? { roles: [] };
    employees.push({ ...kept, ...row.employee, roles: before?.roles ?? [], updatedAt: now.toISOString() });
    if (before) updated++;
    else created++;
  }

  const units = unitsToWrite(accepted, stored);
  const rejected = new Set(issues.map((issue) => issue.line)).size;
  return {
    employees,
    units: units.changed,
    counts: { created, updated, unchanged: accepted.size - created - updated, rejected },
    unitCounts: { created: units.created, updated: units.changed.length - units.created, unchanged: units.unchanged },
    issues: issues.sort((a, b) => a.line - b.line),
  };
}

/** Until nothing changes: every accepted line needs a known unit and a supervisor that will exist after the import. */
function rejectDangling(
  accepted: Map<string, Row>,
  stored: StoredOrganisation,
  firstLineOf: ReadonlyMap<string, number>,
  reject: (row: Row, column: CsvColumn, message: string) => void,
): void {
  for (let changed = true; changed; ) {
    changed = false;
    const namedUnits = new Set([...accepted.values()].filter((row) => row.unitName !== '').map((row) => row.employee.unitId));
    for (const row of [...accepted.values()]) {
      const { unitId, supervisorNip } = row.employee;
      if (!namedUnits.has(unitId) && !stored.units.has(unitId)) {
        reject(row, 'unit_nama', `Unit ${unitId} belum terdaftar; isi unit_nama agar unit itu dibuat.`);
        changed = true;
      } else if (supervisorNip && !accepted.has(supervisorNip) && !stored.employees.has(supervisorNip)) {
        const line = firstLineOf.get(supervisorNip);
        reject(
          row,
          'nip_atasan',
          line === undefined
            ? `Atasan dengan NIP ${supervisorNip} tidak ada di berkas ini maupun di data pegawai.`
            : `Atasan dengan NIP ${supervisorNip} (baris ${line}) ditolak, sehingga baris ini juga tidak dapat disimpan.`,
        );
        changed = true;
      }
    }
  }
}

/**
 * In file order, each line's supervisor is checked against the chain as it stands: lines accepted so far
 * over the stored data. The line that would close a loop is the one rejected; earlier lines stand.
 */
function rejectCycles(accepted: Map<string, Row>, stored: StoredOrganisation, reject: (row: Row, column: CsvColumn, message: string) => void): void {
  const applied = new Map<string, string | undefined>();
  const supervisorOf = (nip: string) => (applied.has(nip) ? applied.get(nip) : stored.employees.get(nip)?.supervisorNip);
  for (const row of [...accepted.values()].sort((a, b) => a.line - b.line)) {
    const { nip, supervisorNip } = row.employee;
    const cycle = supervisorNip ? cycleClosedBy(nip, supervisorNip, supervisorOf) : undefined;
    if (cycle) reject(row, 'nip_atasan', `Atasan ini membuat rantai atasan melingkar: ${describeChain(cycle)}.`);
    else applied.set(nip, supervisorNip);
  }
}

function unitsToWrite(accepted: ReadonlyMap<string, Row>, stored: StoredOrganisation) {
  const rows = [...accepted.values()];
  const unitOf = (nip: string) => accepted.get(nip)?.employee.unitId ?? stored.employees.get(nip)?.unitId;
  const changed: Unit[] = [];
  let created = 0;
  let unchanged = 0;
  for (const unitId of new Set(rows.map((row) => row.employee.unitId))) {
    const members = rows.filter((row) => row.employee.unitId === unitId);
    const before = stored.units.get(unitId);
    const name = members.find((row) => row.unitName !== '')?.unitName ?? before!.name;
    const headNip = before?.headNip ?? inferUnitHead(unitId, members.map((row) => row.employee), unitOf);
    const after: Unit = { ...before, unitId, name, ...(headNip ? { headNip } : {}) };
    if (before && before.name === after.name && before.headNip === after.headNip) unchanged++;
    else {
      changed.push(after);
      if (!before) created++;
    }
  }
  return { changed, created, unchanged };
}
