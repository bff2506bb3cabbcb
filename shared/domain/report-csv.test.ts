import { describe, expect, it } from 'vitest';
import { readReportCsv } from './report-csv.ts';

describe('readReportCsv', () => {
  it('reads any column order and case, Indonesian dates and decimal commas, and leaves empty cells out', () => {
    const { rows, issues } = readReportCsv('\uFEFFKegiatan;Realisasi;Tanggal;Indikator\r\nRekap;1.234,5;5/11/2026;iki-1\r\nRapat;;2026-11-06;\r\n');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, body: { date: '2026-11-05', activity: 'Rekap', indicatorId: 'iki-1', realization: 1234.5 } },
      { line: 3, body: { date: '2026-11-06', activity: 'Rapat' } },
    ]);
  });

  it('passes text that is no number on as text, for the report rules to refuse', () => {
    expect(readReportCsv('tanggal,kegiatan,realisasi\n2026-11-05,Rekap,banyak\n').rows[0]!.body.realization).toBe('banyak');
  });

  it('keeps the line a record starts on when a quoted field spans lines', () => {
    const { rows } = readReportCsv('tanggal,kegiatan\n2026-11-05,"Baris satu\nbaris dua"\n2026-11-06,Rapat\n');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });
});
