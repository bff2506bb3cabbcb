import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redactForLog } from './logger.ts';

describe('log redaction', () => {
  afterEach(() => vi.restoreAllMocks());

  it('masks NIPs, emails and tokens inside any string', () => {
    expect(redactForLog('message', 'Pegawai dengan NIP 196503071995011001 tidak ditemukan')).toBe('Pegawai dengan NIP 1965***********001 tidak ditemukan');
    expect(redactForLog('to', 'rahmawati.saranani@kendarikota.go.id')).toBe('r***@kendarikota.go.id');
    expect(redactForLog('header', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc')).toBe('Bearer [disembunyikan]');
    expect(redactForLog('detail', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-x')).toBe('token [token]');
  });

  it('drops credentials and email bodies whole, and leaves other values alone', () => {
    expect(redactForLog('authorization', 'Basic xyz')).toBe('[disembunyikan]');
    expect(redactForLog('html', '<p>Yth. Bapak…</p>')).toBe('[disembunyikan]');
    expect(redactForLog('count', 42)).toBe(42);
    expect(redactForLog('periodId', '2026-11')).toBe('2026-11');
  });

  it('is what the logger actually writes', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO', jsonReplacerFn: redactForLog });
    logger.info('Request refused', { nip: '197303141997022002', headers: { authorization: 'Bearer abc.def.ghi' }, email: { html: '<b>hasil</b>' } });
    const written = lines.join('');
    expect(written).toContain('Request refused');
    expect(written).not.toContain('197303141997022002');
    expect(written).toContain('1973***********002');
    expect(written).not.toContain('abc.def.ghi');
    expect(written).not.toContain('<b>hasil</b>');
  });
});
