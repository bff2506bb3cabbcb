import { readCsvTable, type LineIssue as TableLineIssue } from './csv-table.ts';
import type { EmployeeField, EmployeeInput } from './employee.ts';

/**
 * Reading BKPSDM's employee CSV: UTF-8 with or without BOM, comma or semicolon separated (Excel in an
 * Indonesian locale writes semicolons), quoted fields, CRLF or LF. Parsing is csv-parse's job; this
 * module only finds the columns and tells each record's line number in the file (header = line 1).
 */
export const CSV_COLUMNS = ['nip', 'nama', 'email', 'jabatan', 'golongan', 'unit_id', 'unit_nama', 'nip_atasan'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const FIELD_COLUMN: Record<EmployeeField, CsvColumn> = {
  nip: 'nip',
  name: 'nama',
  email: 'email',
  jabatan: 'jabatan',
  golongan: 'golongan',
  unitId: 'unit_id',
  unitName: 'unit_nama',
  supervisorNip: 'nip_atasan',
};

/** A problem with one line, as the import reports it. `column` is null when the whole line is at fault. */
export type LineIssue = TableLineIssue<CsvColumn>;

export interface CsvRecord {
  /** The line the record starts on; a quoted field may span several. */
  readonly line: number;
  readonly input: EmployeeInput;
}

export interface EmployeeCsv {
  readonly delimiter: ',' | ';';
  readonly records: CsvRecord[];
  /** Lines that are not records of the expected shape (wrong number of fields). */
  readonly issues: LineIssue[];
  /** Header columns this import does not use (e.g. a "No." column), named so nobody thinks they were read. */
  readonly ignoredColumns: string[];
}

export { detectDelimiter } from './csv-table.ts';

/** Throws Invalid (the whole file is refused, nothing written) when it cannot be read as this CSV at all. */
export function readEmployeeCsv(text: string): EmployeeCsv {
  const { delimiter, rows, issues, ignoredColumns } = readCsvTable(text, CSV_COLUMNS);
  const records = rows.map(({ line, values }) => ({
    line,
    input: Object.fromEntries(Object.entries(FIELD_COLUMN).map(([field, column]) => [field, values[column]])) as EmployeeInput,
  }));
  return { delimiter, records, issues, ignoredColumns };
}
