import { describe, expect, it } from 'vitest';
import { ApiError, refusedFields, toApiError } from './api.ts';

describe('toApiError', () => {
  it('maps validation details onto form field names', () => {
    const error = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Data tidak valid pada body.date: Tanggal harus berformat YYYY-MM-DD',
        details: [
          { field: 'body.date', message: 'Tanggal harus berformat YYYY-MM-DD' },
          { field: 'body.unit', message: 'Satuan paling banyak 40 karakter.' },
        ],
      },
    });
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(error.fields).toEqual([
      { field: 'date', message: 'Tanggal harus berformat YYYY-MM-DD' },
      { field: 'unit', message: 'Satuan paling banyak 40 karakter.' },
    ]);
  });

  it("puts a domain refusal's message at the field it names", () => {
    const message = 'Tanggal laporan 2026-12-01 belum terjadi; laporkan pekerjaan pada hari itu atau sesudahnya.';
    const error = toApiError(422, { error: { code: 'INVALID', message, details: { field: 'date' } } });
    expect(error.message).toBe(message);
    expect(error.fields).toEqual([{ field: 'date', message }]);
  });

  it("replaces the gateway's English bodies and empty bodies with an Indonesian message", () => {
    for (const payload of [{ message: 'Internal Server Error' }, undefined, 'oops']) {
      const error = toApiError(502, payload);
      expect(error.code).toBe('HTTP_502');
      expect(error.message).toMatch(/coba lagi/i);
      expect(error.fields).toEqual([]);
    }
  });
});

describe('refusedFields', () => {
  it("keeps the first message for each of the form's fields and drops the others", () => {
    const error = new ApiError(422, 'INVALID', 'Data tidak valid', [
      { field: 'reason', message: 'Alasan wajib diisi.' },
      { field: 'reason', message: 'Alasan terlalu panjang.' },
      { field: 'nip', message: 'Bukan isian formulir ini.' },
      { field: 'hours', message: 'JP harus lebih dari 0.' },
    ]);
    expect(refusedFields(error, ['reason', 'hours', 'title'])).toEqual({ reason: 'Alasan wajib diisi.', hours: 'JP harus lebih dari 0.' });
  });

  it('finds nothing in an error that is not a refusal', () => {
    expect(refusedFields(new Error('jaringan putus'), ['reason'])).toEqual({});
  });
});
