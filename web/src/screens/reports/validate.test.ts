import { describe, expect, it } from 'vitest';
import { parseDecimal, validateReport, type ReportFields } from './validate.ts';

const blank: ReportFields = { date: '2026-11-30', activity: '', indicatorId: '', realization: '', unit: '', evidenceUrl: '' };
const fields = (overrides: Partial<ReportFields>): ReportFields => ({ ...blank, activity: 'Rapat koordinasi', ...overrides });

describe('validateReport', () => {
  it('sends only what was filled, trimmed', () => {
    expect(validateReport(fields({ activity: '  Rapat koordinasi  ' }))).toEqual({ ok: true, report: { date: '2026-11-30', activity: 'Rapat koordinasi' } });
  });

  it('reads Indonesian decimals and keeps the optional fields', () => {
    const result = validateReport(fields({ indicatorId: 'iki-1', realization: '12,5', unit: ' dokumen ', evidenceUrl: 'https://drive.example.id/a' }));
    expect(result).toEqual({
      ok: true,
      report: { date: '2026-11-30', activity: 'Rapat koordinasi', indicatorId: 'iki-1', realization: 12.5, unit: 'dokumen', evidenceUrl: 'https://drive.example.id/a' },
    });
  });

  it.each([
    ['an empty date', { date: '' }, 'date', 'wajib'],
    ['31 February', { date: '2026-02-31' }, 'date', 'tidak sah'],
    ['a blank activity', { activity: '   ' }, 'activity', 'wajib'],
    ['2,001 characters', { activity: 'a'.repeat(2001) }, 'activity', '2.000'],
    ['a control character', { activity: 'a\u0007b' }, 'activity', 'karakter'],
    ['a bad indicator code', { indicatorId: 'iki 1' }, 'indicatorId', 'huruf'],
    ['words as realization', { indicatorId: 'a', realization: 'dua belas' }, 'realization', 'angka'],
    ['a thousands separator', { indicatorId: 'a', realization: '1.234,5' }, 'realization', 'angka'],
    ['a negative realization', { indicatorId: 'a', realization: '-1' }, 'realization', 'negatif'],
    ['realization without indicator', { realization: '3' }, 'realization', 'indikator'],
    ['a 41-character unit', { unit: 'x'.repeat(41) }, 'unit', '40'],
    ['http evidence', { evidenceUrl: 'http://example.id/x' }, 'evidenceUrl', 'https://'],
    ['evidence without a domain', { evidenceUrl: 'https://localhost/x' }, 'evidenceUrl', 'https://'],
  ] as const)('refuses %s at its field', (_, overrides, field, words) => {
    const result = validateReport(fields(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toContain(words);
  });

  it('leaves "has the date come yet" to the server clock', () => {
    expect(validateReport(fields({ date: '2999-01-01' })).ok).toBe(true);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0', 0],
    ['1.234,5', 'invalid'],
    ['1e3', 'invalid'],
    ['12,', 'invalid'],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});
