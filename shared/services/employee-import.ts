import { getProfilesWithSupervisorChains, getUnitsById, putImportedOrganisation } from '../data/organisation-repository.ts';
import { readEmployeeCsv, type LineIssue } from '../domain/employee-csv.ts';
import { planEmployeeImport, type ImportCounts } from '../domain/employee-import.ts';
import { Invalid } from '../domain/errors.ts';

/** Twice Kendari's ~5,000 ASN. A bigger file is more likely a mistake than a roster, and would put the HTTP function's 10 s limit at risk. */
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportReport extends ImportCounts {
  readonly units: { readonly created: number; readonly updated: number; readonly unchanged: number };
  readonly errors: LineIssue[];
  readonly ignoredColumns: string[];
}

/**
 * BKPSDM's employee CSV into the table: read, compare with what is stored (the people in the file,
 * their supervisors' chains and their units, all by key), write only what is new or changed.
 * The same file imported twice writes nothing the second time.
 */
export async function importEmployees(text: string, now: Date, onProgress?: (written: number, total: number) => void): Promise<ImportReport> {
  const csv = readEmployeeCsv(text);
  if (csv.records.length > MAX_IMPORT_ROWS) {
    throw new Invalid(`Berkas berisi ${csv.records.length.toLocaleString('id-ID')} baris data; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} per unggahan. Bagi berkas per OPD.`);
  }
  const mentioned = csv.records.flatMap(({ input }) => [input.nip.trim(), input.supervisorNip.trim()]).filter((nip) => /^\d{18}$/.test(nip));
  const [employees, units] = await Promise.all([
    getProfilesWithSupervisorChains(mentioned),
    getUnitsById(csv.records.map(({ input }) => input.unitId.trim().toLowerCase()).filter((id) => id !== '')),
  ]);

  const plan = planEmployeeImport(csv, { employees, units }, now);
  await putImportedOrganisation(plan.units, plan.employees, onProgress && ((written) => onProgress(written, plan.employees.length)));
  return { ...plan.counts, units: plan.unitCounts, errors: plan.issues, ignoredColumns: csv.ignoredColumns };
}
