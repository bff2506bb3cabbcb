import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, toApiError } from '../../core/api.ts';
import { lineProblems } from './csv-upload-model.ts';

describe('lineProblems', () => {
  it("reads a refused upload's per-line problems in file order, a whole-line problem without a column", () => {
    const error = toApiError(422, {
      error: {
        code: 'INVALID',
        message: '3 masalah pada berkas; tidak ada laporan yang disimpan.',
        details: [
          { line: 5, column: 'realisasi', message: 'Realisasi harus berupa angka.' },
          { line: 3, column: 'tanggal', message: 'Tanggal belum terjadi.' },
          { line: 6, column: null, message: 'Jumlah kolom tidak sesuai judul.' },
        ],
      },
    });
    expect(lineProblems(error)).toEqual([
      { line: 3, column: 'tanggal', message: 'Tanggal belum terjadi.' },
      { line: 5, column: 'realisasi', message: 'Realisasi harus berupa angka.' },
      { line: 6, column: null, message: 'Jumlah kolom tidak sesuai judul.' },
    ]);
  });

  it('yields nothing for other refusals, whose message is shown alone', () => {
    expect(lineProblems(toApiError(422, { error: { code: 'INVALID', message: 'Kolom wajib tidak ada: tanggal' } }))).toEqual([]);
    expect(lineProblems(toApiError(422, { error: { code: 'INVALID', message: 'x', details: { field: 'date' } } }))).toEqual([]);
    expect(lineProblems(new ApiError(422, 'INVALID', 'x', [], [{ field: 'body.date', message: 'y' }]))).toEqual([]);
    expect(lineProblems(new NetworkError())).toEqual([]);
  });
});
