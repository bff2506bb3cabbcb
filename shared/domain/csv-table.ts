import { CsvError, parse } from 'csv-parse/sync';
import { Invalid } from './errors.ts';

/**
 * Reading a CSV that people made in Excel or a spreadsheet: UTF-8 with or without BOM, comma or semicolon
 * separated (Excel in an Indonesian locale writes semicolons), quoted fields, CRLF or LF. Parsing is
 * csv-parse's job; this module finds the named columns and tells each record's line number in the file
 * (header = line 1). The employee import and the report upload both read their files through it.
 */

/** A problem with one line, as an import reports it. `column` is null when the whole line is at fault. */
export interface LineIssue<C extends string = string> {
  readonly line: number;
  readonly column: C | null;
  readonly message: string;
}

export interface CsvRow<C extends string> {
  /** The line the record starts on; a quoted field may span several. */
  readonly line: number;
  readonly values: Record<C, string>;
}

export interface CsvTable<C extends string> {
  readonly delimiter: ',' | ';';
  readonly rows: CsvRow<C>[];
  /** Lines that are not records of the expected shape (wrong number of fields). */
  readonly issues: LineIssue<C>[];
  /** Header columns this import does not use (e.g. a "No." column), named so nobody thinks they were read. */
  readonly ignoredColumns: string[];
}

/** The header decides: whichever of `;` and `,` it has more of. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads the file's rows by the header's column names (any order, any case). `required` columns must be in the
 * header; others may be left out and read as ''. Throws Invalid (the whole file is refused) when it cannot be
 * read as such a CSV at all.
 */
export function readCsvTable<C extends string>(text: string, columns: readonly C[], required: readonly C[] = columns): CsvTable<C> {
  // One line ending everywhere, so csv-parse's line count is the file's and multi-line fields count right.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalized.split('\n', 1)[0]!);
  const records = parseRecords(normalized, delimiter);
  const header = records.shift();
  if (!header || header.line !== 1) throw fileIssue(1, 'Baris pertama berkas harus baris judul kolom: ' + columns.join(delimiter));

  const positions = columnPositions(header.fields, columns, required, delimiter);
  const ignoredColumns = header.fields.map((name) => name.trim()).filter((name, i) => name !== '' && !Object.values(positions).includes(i));
  const rows: CsvRow<C>[] = [];
  const issues: LineIssue<C>[] = [];
  for (const { line, fields } of records) {
    if (fields.every((field) => field.trim() === '')) continue; // Excel writes ";;;;;;;" for a blank row.
    const extra = fields.slice(header.fields.length);
    if (fields.length < header.fields.length || extra.some((field) => field.trim() !== '')) {
      issues.push({ line, column: null, message: `Baris ini berisi ${fields.length} kolom; seharusnya ${header.fields.length} sesuai baris judul. Periksa pemisah (${delimiter}) dan tanda kutip.` });
      continue;
    }
    const values = Object.fromEntries(columns.map((column) => [column, positions[column] === -1 ? '' : (fields[positions[column]] ?? '')])) as Record<C, string>;
    rows.push({ line, values });
  }
  return { delimiter, rows, issues, ignoredColumns };
}

function parseRecords(text: string, delimiter: ',' | ';'): { line: number; fields: string[] }[] {
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

function columnPositions<C extends string>(header: readonly string[], columns: readonly C[], required: readonly C[], delimiter: string): Record<C, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw fileIssue(1, `Kolom wajib tidak ada di baris judul: ${missing.join(', ')}. Baris judul harus: ${columns.join(delimiter)}`);
  }
  const repeated = columns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (repeated.length > 0) throw fileIssue(1, `Kolom ${repeated.join(', ')} muncul lebih dari sekali di baris judul.`);
  return Object.fromEntries(columns.map((column) => [column, names.indexOf(column)])) as Record<C, number>;
}

function fileIssue(line: number, message: string): Invalid {
  const issue: LineIssue = { line, column: null, message };
  return new Invalid(message, [issue]);
}
