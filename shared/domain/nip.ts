import { isRealDate, isoDate } from './time.ts';

/**
 * NIP per Perka BKN 22/2007: 18 digits `YYYYMMDD YYYYMM G NNN`:
 * birth date, month of first appointment (TMT CPNS), gender (1 male, 2 female), sequence.
 */
export interface Nip {
  readonly value: string;
  readonly birthDate: string;
  readonly appointedMonth: string;
  readonly gender: 'L' | 'P';
  readonly sequence: string;
}

export type NipCheck = { ok: true; nip: Nip } | { ok: false; reason: string };

const EIGHTEEN_DIGITS = /^\d{18}$/;

export function checkNip(raw: string): NipCheck {
  const value = raw.trim();
  if (!EIGHTEEN_DIGITS.test(value)) return { ok: false, reason: 'NIP harus terdiri dari 18 digit angka.' };

  const birthDate = isoDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
  if (!isRealDate(birthDate)) return { ok: false, reason: 'Tanggal lahir pada NIP (digit 1–8) bukan tanggal yang sah.' };

  const appointedYear = Number(value.slice(8, 12));
  const appointedMonthNumber = Number(value.slice(12, 14));
  if (appointedMonthNumber < 1 || appointedMonthNumber > 12) {
    return { ok: false, reason: 'Bulan TMT CPNS pada NIP (digit 13–14) harus 01 sampai 12.' };
  }
  const appointedMonth = `${appointedYear}-${String(appointedMonthNumber).padStart(2, '0')}`;
  if (appointedMonth <= birthDate.slice(0, 7)) {
    return { ok: false, reason: 'TMT CPNS pada NIP (digit 9–14) harus sesudah tanggal lahir.' };
  }

  const genderDigit = value[14];
  if (genderDigit !== '1' && genderDigit !== '2') {
    return { ok: false, reason: 'Digit jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan).' };
  }

  return {
    ok: true,
    nip: { value, birthDate, appointedMonth, gender: genderDigit === '1' ? 'L' : 'P', sequence: value.slice(15) },
  };
}

export function isValidNip(raw: string): boolean {
  return checkNip(raw).ok;
}
