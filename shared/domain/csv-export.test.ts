import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv-export.ts';

describe('CSV export', () => {
  it('neutralises formulas so a spreadsheet shows them as text', () => {
    expect(csvField('=HYPERLINK("http://evil.example","klik")')).toBe(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csvField('+62 812')).toBe(`"'+62 812"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('-1')).toBe(`"'-1"`);
  });

  it('keeps numbers as numbers, with the Indonesian decimal comma', () => {
    expect(csvField(-1)).toBe('"-1"');
    expect(csvField(1.5)).toBe('"1,5"');
    expect(csvField(null)).toBe('""');
  });

  it('keeps commas, semicolons, quotes and line breaks inside one quoted field', () => {
    expect(csvField('Rekap, "lengkap"; dan\nrinci')).toBe('"Rekap, ""lengkap""; dan\nrinci"');
    expect(toCsv(['a', 'b'], [['x;y', 'baris 1\r\nbaris 2']])).toBe('\uFEFF"a";"b"\r\n"x;y";"baris 1\r\nbaris 2"\r\n');
  });

  it('writes a BOM, semicolons and CRLF, as Excel in Indonesia expects', () => {
    expect(toCsv(['nip', 'nama'], [['196503071995011001', 'La Ode "Ode"']])).toBe('\uFEFF"nip";"nama"\r\n"196503071995011001";"La Ode ""Ode"""\r\n');
  });
});
