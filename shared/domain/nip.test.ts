import { describe, expect, it } from 'vitest';
import { checkNip } from './nip.ts';

describe('checkNip (Perka BKN 22/2007)', () => {
  it.each(['196503071995011001', '197303141997022002'])('accepts the real Kendari NIP %s', (nip) => {
    expect(checkNip(nip).ok).toBe(true);
  });

  it('reads birth date, appointment month, gender and sequence', () => {
    expect(checkNip('197303141997022002')).toEqual({
      ok: true,
      nip: { value: '197303141997022002', birthDate: '1973-03-14', appointedMonth: '1997-02', gender: 'P', sequence: '002' },
    });
  });

  it.each([
    ['too short', '19650307199501100', /18 digit/],
    ['letters', '19650307199501100A', /18 digit/],
    ['31 February', '197302311997022002', /Tanggal lahir/],
    ['month 13 of birth', '197313141997022002', /Tanggal lahir/],
    ['appointment month 00', '197303141997002002', /Bulan TMT/],
    ['appointed before birth', '197303141970022002', /sesudah tanggal lahir/],
    ['appointed in the birth month', '197303141973032002', /sesudah tanggal lahir/],
    ['gender digit 3', '197303141997023002', /jenis kelamin/],
  ])('rejects %s', (_, nip, reason) => {
    const check = checkNip(nip);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});
