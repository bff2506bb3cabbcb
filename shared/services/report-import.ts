import { createHash } from 'node:crypto';
import { writeReportChanges } from '../data/report-repository.ts';
import { REPORT_CSV_FIELD, readReportCsv } from '../domain/report-csv.ts';
import { Invalid, PeriodClosed } from '../domain/errors.ts';
import type { NewReport } from '../domain/report.ts';
import type { Actor } from '../domain/roles.ts';
// The upload obeys exactly the rules of the form's report body, so both read the same schema.
import { NewReportBody } from '../http/schemas/reports.ts';
import { checkedNewReports, MAX_BATCH_REPORTS, throwUnlessWritten } from './reports.ts';

/** A month of activities is about 22 working days of a few entries each. */
export const MAX_CSV_REPORTS = 100;

export interface ReportImportOutcome {
  readonly created: number;
  /** True when this very file was uploaded before: nothing new was written. */
  readonly alreadyUploaded: boolean;
  readonly reportIds: string[];
}

/**
 * A month's activities from a CSV, checked whole before anything is written: every bad line is named with its
 * column, and then nothing is stored. Uploading the same file again writes nothing (its content is the key).
 */
export async function importOwnReportsCsv(actor: Actor, text: string, now: Date): Promise<ReportImportOutcome> {
  const { rows, issues } = readReportCsv(text);
  if (rows.length + issues.length > MAX_CSV_REPORTS) {
    throw new Invalid(`Berkas berisi ${rows.length + issues.length} baris laporan; paling banyak ${MAX_CSV_REPORTS} per unggahan. Bagi menjadi beberapa berkas.`);
  }
  const problems = issues.map((issue) => ({ line: issue.line, column: issue.column, message: issue.message }));
  const inputs: { line: number; input: NewReport }[] = [];
  for (const row of rows) {
    const parsed = NewReportBody.safeParse(row.body);
    if (parsed.success) inputs.push({ line: row.line, input: parsed.data });
    else for (const issue of parsed.error.issues) problems.push({ line: row.line, column: REPORT_CSV_FIELD[String(issue.path[0])] ?? null, message: issue.message });
  }
  if (inputs.length === 0 && problems.length === 0) throw new Invalid('Berkas tidak berisi laporan: isi paling sedikit satu baris di bawah baris judul.');
  // The business rules (dates, periods, the approved SKP) are checked on the well-formed lines too, so one
  // upload names every problem in the file, not only the first kind.
  if (inputs.length > 0) {
    try {
      const reports = await checkedNewReports(actor, inputs.map((i) => i.input), now, (index) => `line:${inputs[index]!.line}`);
      if (problems.length === 0) return await writeInParts(actor, reports, contentKey(text), now);
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof PeriodClosed) || !Array.isArray(error.details)) throw error;
      for (const problem of error.details as { field: string; message: string }[]) {
        const [, line, field] = /^line:(\d+)\.(\w+)/.exec(problem.field) ?? [];
        problems.push({ line: Number(line), column: REPORT_CSV_FIELD[field ?? ''] ?? null, message: problem.message });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const first = problems[0]!;
  throw new Invalid(`${problems.length} masalah pada berkas; tidak ada laporan yang disimpan. Baris ${first.line}${first.column ? ` kolom ${first.column}` : ''}: ${first.message}`, problems);
}

/** Parts of at most one batch each; every part claims its own key, so a retried upload resumes instead of repeating. */
async function writeInParts(actor: Actor, reports: Awaited<ReturnType<typeof checkedNewReports>>, key: string, now: Date): Promise<ReportImportOutcome> {
  let created = 0;
  let repeatedParts = 0;
  const reportIds: string[] = [];
  for (let start = 0, part = 0; start < reports.length; start += MAX_BATCH_REPORTS, part++) {
    const slice = reports.slice(start, start + MAX_BATCH_REPORTS);
    const write = await writeReportChanges(slice.map((after) => ({ after })), { nip: actor.nip, key: `${key}-${part}`, createdAt: now.toISOString() });
    if (write.outcome === 'REPEATED') {
      repeatedParts++;
      reportIds.push(...write.reports.map((r) => r.reportId));
      continue;
    }
    await throwUnlessWritten(write);
    created += slice.length;
    reportIds.push(...slice.map((r) => r.reportId));
  }
  return { created, alreadyUploaded: created === 0 && repeatedParts > 0, reportIds };
}

/** The file's own fingerprint: the same bytes uploaded twice are one upload. */
function contentKey(text: string): string {
  return `csv-${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
}
