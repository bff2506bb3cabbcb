import { ApiError } from '../../core/api.ts';

/** The columns the server reads (shared/domain/report-csv.ts), repeated here as help text and a sample. */
export const REPORT_CSV_HEADER = 'tanggal,kegiatan,indikator,realisasi,satuan,bukti';
/** The route's own limit (functions/http/post-reports-import.ts): refused here first, without sending. */
export const REPORT_CSV_MAX_BYTES = 256 * 1024;

export interface CsvLineProblem {
  readonly line: number;
  /** The CSV column at fault, or null when the whole line is. */
  readonly column: string | null;
  readonly message: string;
}

/** `POST /api/reports/import` answers. */
export interface CsvUploadOutcome {
  readonly created: number;
  readonly alreadyUploaded: boolean;
  readonly reportIds: readonly string[];
}

/**
 * The per-line problems of a refused upload (`error.details` as `[{line, column, message}]`), in file order.
 * Anything else in `details` (a field message from another rule) yields none: the message alone is shown then.
 */
export function lineProblems(error: unknown): CsvLineProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details
    .flatMap((detail: unknown) => {
      if (typeof detail !== 'object' || detail === null) return [];
      const { line, column, message } = detail as Record<string, unknown>;
      if (typeof line !== 'number' || typeof message !== 'string') return [];
      return [{ line, column: typeof column === 'string' ? column : null, message }];
    })
    .sort((a, b) => a.line - b.line);
}
