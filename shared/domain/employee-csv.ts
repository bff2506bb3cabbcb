import { CsvError, parse } from 'csv-parse/sync';
import type { EmployeeField, EmployeeInput } from './employee.ts';
import { Invalid } from './errors.ts';

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
export interface LineIssue {
  readonly line: number;
  readonly column: CsvColumn | null;
  readonly message: string;
}

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

/** The header decides: whichever of `;` and `,` it has more of. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Throws Invalid (the whole file is refused, nothing written) when it cannot be read as this CSV at all. */
export function readEmployeeCsv(text: string): EmployeeCsv {
  // One line ending everywhere, so csv-parse's line count is the file's and multi-line fields count right.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalized.split('\n', 1)[0]!);
  const rows = parseRows(normalized, delimiter);
  const header = rows.shift();
  if (!header || header.line !== 1) throw fileIssue(1, 'Baris pertama berkas harus baris judul kolom: ' + CSV_COLUMNS.join(delimiter));

  const positions = columnPositions(header.fields, delimiter);
  const ignoredColumns = header.fields.map((name) => name.trim()).filter((name, i) => name !== '' && !Object.values(positions).includes(i));
  const records: CsvRecord[] = [];
  const issues: LineIssue[] = [];
  for (const { line, fields } of rows) {
    if (fields.every((field) => field.trim() === '')) continue; // Excel writes ";;;;;;;" for a blank row.
    const extra = fields.slice(header.fields.length);
    if (fields.length < header.fields.length || extra.some((field) => field.trim() !== '')) {
      issues.push({ line, column: null, message: `Baris ini berisi ${fields.length} kolom; seharusnya ${header.fields.length} sesuai baris judul. Periksa pemisah (${delimiter}) dan tanda kutip.` });
      continue;
    }
    const value = (column: CsvColumn) => fields[positions[column]] ?? '';
    const input = Object.fromEntries(Object.entries(FIELD_COLUMN).map(([field, column]) => [field, value(column)])) as EmployeeInput;
    records.push({ line, input });
  }
  return { delimiter, records, issues, ignoredColumns };
}

function parseRows(text: string, delimiter: ',' | ';'): { line: number; fields: string[] }[] {
  try {
    const parsed = parse(text, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      // A stray quote inside an unquoted value (`Jl. "Merdeka"`) is kept as text rather than failing the file.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `lines` is where the record ends; subtract the line breaks inside its quoted fields to find where it starts.
    return parsed.map(({ record, info }) => ({ line: info.lines - record.join('').split('\n').length + 1, fields: record }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw fileIssue(line, `Berkas tidak dapat dibaca sebagai CSV di sekitar baris ${line}: ${csvProblem(error.code)} Tidak ada data yang disimpan.`);
    }
    throw error;
  }
}

function csvProblem(code: string): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'ada tanda kutip (") yang tidak ditutup.';
  if (code.includes('QUOTE')) return 'tanda kutip (") tidak pada tempatnya; nilai yang memuat tanda kutip harus diapit kutip dan kutipnya ditulis dua kali ("").';
  return 'susunan kolomnya tidak sah.';
}

function columnPositions(header: readonly string[], delimiter: string): Record<CsvColumn, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw fileIssue(1, `Kolom wajib tidak ada di baris judul: ${missing.join(', ')}. Baris judul harus: ${CSV_COLUMNS.join(delimiter)}`);
  }
  const repeated = CSV_COLUMNS.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (repeated.length > 0) throw fileIssue(1, `Kolom ${repeated.join(', ')} muncul lebih dari sekali di baris judul.`);
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<CsvColumn, number>;
}

function fileIssue(line: number, message: string): Invalid {
  const issue: LineIssue = { line, column: null, message };
  return new Invalid(message, [issue]);
}
