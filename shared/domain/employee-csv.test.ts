import { describe, expect, it } from 'vitest';
import { detectDelimiter, readEmployeeCsv } from './employee-csv.ts';
import { Invalid } from './errors.ts';

const HEADER = 'nip,nama,email,jabatan,golongan,unit_id,unit_nama,nip_atasan';
const KADIS = '196503071995011001,dr. Rahmawati Saranani,kadis@example.go.id,Kepala Dinas Kesehatan,IV/c,dinkes,Dinas Kesehatan,';

function refusal(text: string): Invalid {
  try {
    readEmployeeCsv(text);
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

describe('readEmployeeCsv', () => {
  it('reads a comma-separated file with line numbers counted from the header', () => {
    const csv = readEmployeeCsv(`${HEADER}\n${KADIS}\n`);
    expect(csv.delimiter).toBe(',');
    expect(csv.records).toEqual([
      {
        line: 2,
        input: { nip: '196503071995011001', name: 'dr. Rahmawati Saranani', email: 'kadis@example.go.id', jabatan: 'Kepala Dinas Kesehatan', golongan: 'IV/c', unitId: 'dinkes', unitName: 'Dinas Kesehatan', supervisorNip: '' },
      },
    ]);
    expect(csv.issues).toEqual([]);
  });

  it('strips a UTF-8 BOM so the first column is still "nip"', () => {
    const csv = readEmployeeCsv(`\uFEFF${HEADER}\r\n${KADIS}\r\n`);
    expect(csv.records[0]?.input.nip).toBe('196503071995011001');
    expect(csv.ignoredColumns).toEqual([]);
  });

  it('detects semicolons from the header, as Excel writes them in an Indonesian locale', () => {
    const csv = readEmployeeCsv(`${HEADER.replaceAll(',', ';')}\r\n196503071995011001;H. La Ode, S.Sos;;Camat;IV/a;kec-poasia;Kecamatan Poasia;\r\n`);
    expect(csv.delimiter).toBe(';');
    expect(csv.records[0]?.input).toMatchObject({ name: 'H. La Ode, S.Sos', unitId: 'kec-poasia', email: '' });
  });

  it('keeps a quoted comma inside a name, and doubled quotes inside a value', () => {
    const csv = readEmployeeCsv(`${HEADER}\n196503071995011001,"Dr. H. La Ode, M.Kes",,"Kepala ""Puskesmas"" Poasia",IV/b,dinkes,Dinas Kesehatan,\n`);
    expect(csv.records[0]?.input).toMatchObject({ name: 'Dr. H. La Ode, M.Kes', jabatan: 'Kepala "Puskesmas" Poasia' });
  });

  it('keeps counting file lines across a quoted line break, blank lines and Excel blank rows', () => {
    const text = `${HEADER}\n${KADIS}\n197303141997022002,"Hj. Wa Ode\nNurhayati",,Kabid,IV/a,dinkes,,196503071995011001\n\n,,,,,,,\n198807122015031004,Arif,,Staf,III/b,dinkes,,197303141997022002\n`;
    expect(readEmployeeCsv(text).records.map((r) => [r.line, r.input.nip])).toEqual([
      [2, '196503071995011001'],
      [3, '197303141997022002'],
      [7, '198807122015031004'],
    ]);
  });

  it('finds columns by name in any order, case and spacing, and names the columns it ignores', () => {
    const csv = readEmployeeCsv(`No, NIP ,Nama,Email,Jabatan,Golongan,Unit_ID,Unit_Nama,NIP_Atasan\n1,196503071995011001,Rahmawati,,Kadis,IV/c,dinkes,Dinas Kesehatan,\n`);
    expect(csv.records[0]?.input).toMatchObject({ nip: '196503071995011001', name: 'Rahmawati' });
    expect(csv.ignoredColumns).toEqual(['No']);
  });

  it('reports a line with too few fields, or extra filled fields, and reads the rest', () => {
    const csv = readEmployeeCsv(`${HEADER}\n196503071995011001,Rahmawati,Kadis\n${KADIS}\n${KADIS},extra\n${KADIS},,\n`);
    expect(csv.issues).toEqual([
      { line: 2, column: null, message: expect.stringMatching(/berisi 3 kolom; seharusnya 8/) },
      { line: 4, column: null, message: expect.stringMatching(/berisi 9 kolom/) },
    ]);
    expect(csv.records.map((r) => r.line)).toEqual([3, 5]);
  });

  it('refuses a file whose header lacks a required column, naming it', () => {
    const error = refusal('nip;nama;email;jabatan;golongan;unit_id;unit_nama\n');
    expect(error.message).toMatch(/Kolom wajib tidak ada di baris judul: nip_atasan/);
    expect(error.details).toEqual([{ line: 1, column: null, message: error.message }]);
  });

  it('refuses a header that repeats a column', () => {
    expect(refusal(`${HEADER},nama\n`).message).toMatch(/Kolom nama muncul lebih dari sekali/);
  });

  it('refuses the whole file when a quote is never closed, naming the line', () => {
    const error = refusal(`${HEADER}\n${KADIS}\n197303141997022002,"Wa Ode,,Kabid,IV/a,dinkes,,\n${KADIS}\n`);
    expect(error.message).toMatch(/tanda kutip \(\"\) yang tidak ditutup/);
    expect(error.message).toMatch(/Tidak ada data yang disimpan/);
  });

  it('refuses the whole file when text follows a closing quote', () => {
    const error = refusal(`${HEADER}\n197303141997022002,"Wa Ode" Nurhayati,,Kabid,IV/a,dinkes,,\n`);
    expect(error.details).toEqual([{ line: 2, column: null, message: expect.stringMatching(/baris 2: tanda kutip/) }]);
  });

  it('keeps a stray quote inside an unquoted value as text', () => {
    const csv = readEmployeeCsv(`${HEADER}\n196503071995011001,Rahmawati,,Kepala "UPTD",IV/c,dinkes,Dinas Kesehatan,\n`);
    expect(csv.records[0]?.input.jabatan).toBe('Kepala "UPTD"');
  });
});

describe('detectDelimiter', () => {
  it('picks whichever separator the header has more of', () => {
    expect(detectDelimiter('nip;nama;email')).toBe(';');
    expect(detectDelimiter('nip,nama,email')).toBe(',');
    expect(detectDelimiter('nip')).toBe(',');
  });
});
