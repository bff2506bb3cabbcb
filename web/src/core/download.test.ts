import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download.ts';

describe('filenameFromDisposition', () => {
  it('reads the name the API sends, quoted or not', () => {
    expect(filenameFromDisposition('attachment; filename="hasil-dinkes-2026-11.csv"')).toBe('hasil-dinkes-2026-11.csv');
    expect(filenameFromDisposition('attachment; filename=tpp-2026-11.csv')).toBe('tpp-2026-11.csv');
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
  });

  it("prefers the encoded name (filename*=UTF-8'') when both are given", () => {
    expect(filenameFromDisposition(`attachment; filename="hasil.csv"; filename*=UTF-8''hasil%20unit%20%C3%A9.csv`)).toBe('hasil unit é.csv');
    // A broken encoding falls back to the plain name.
    expect(filenameFromDisposition(`attachment; filename="hasil.csv"; filename*=UTF-8''%E0%A4%A.csv`)).toBe('hasil.csv');
  });

  it('keeps only a plain name: no folders, no control characters', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment; filename="C:\\\\Windows\\\\x.csv"')).toBe('x.csv');
    expect(filenameFromDisposition('attachment; filename="ha\u0007sil.csv"')).toBe('hasil.csv');
  });

  it('is undefined when the header names no file', () => {
    expect(filenameFromDisposition(undefined)).toBeUndefined();
    expect(filenameFromDisposition('attachment')).toBeUndefined();
    expect(filenameFromDisposition('attachment; filename=""')).toBeUndefined();
    expect(filenameFromDisposition('attachment; filename=".."')).toBeUndefined();
  });
});
