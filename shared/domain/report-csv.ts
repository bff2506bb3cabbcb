import { readCsvTable, type LineIssue } from './csv-table.ts';

/**
 * A month's activities as a CSV (what people keep in a spreadsheet today), one report per row.
 * `tanggal` as 2026-11-30 or 30/11/2026; `realisasi` with a decimal comma or point; empty cells are left out.
 */
export const REPORT_CSV_COLUMNS = ['tanggal', 'kegiatan', 'indikator', 'realisasi', 'satuan', 'bukti'] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];
const REQUIRED: readonly ReportCsvColumn[] = ['tanggal', 'kegiatan'];

/** One row as the report body the API takes, not yet validated: values are as typed, only reshaped. */
export interface ReportCsvRow {
  readonly line: number;
  readonly body: Record<string, unknown>;
}

export const REPORT_CSV_FIELD: Record<string, ReportCsvColumn> = {
  date: 'tanggal',
  activity: 'kegiatan',
  indicatorId: 'indikator',
  realization: 'realisasi',
  unit: 'satuan',
  evidenceUrl: 'bukti',
};

export function readReportCsv(text: string): { rows: ReportCsvRow[]; issues: LineIssue<ReportCsvColumn>[] } {
  const table = readCsvTable(text, REPORT_CSV_COLUMNS, REQUIRED);
  const rows = table.rows.map(({ line, values }) => {
    const body: Record<string, unknown> = { date: isoDate(values.tanggal), activity: values.kegiatan };
    if (values.indikator !== '') body.indicatorId = values.indikator;
    if (values.realisasi !== '') body.realization = decimal(values.realisasi);
    if (values.satuan !== '') body.unit = values.satuan;
    if (values.bukti !== '') body.evidenceUrl = values.bukti;
    return { line, body };
  });
  return { rows, issues: table.issues };
}

/** 30/11/2026 (Indonesian order) → 2026-11-30; anything else is passed on for the date rule to judge. */
function isoDate(raw: string): string {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : raw;
}

/** "12,5" and "1.234,5" (Indonesian) or "12.5" → a number; text that is no number stays text, for the rule to refuse. */
function decimal(raw: string): number | string {
  const compact = raw.replace(/\s/g, '');
  const normalized = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : raw;
}
