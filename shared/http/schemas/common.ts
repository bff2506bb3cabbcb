import * as z from 'zod';
import { PERIOD_ID } from '../../domain/period.ts';
import { isRealDate } from '../../domain/time.ts';

/** Free text a person typed: trimmed, no control characters other than line breaks and tabs. */
export const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling banyak ${max.toLocaleString('id-ID')} karakter.`)
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${label} mengandung karakter kontrol yang tidak diizinkan.`);

export const calendarDate = z.string().refine(isRealDate, 'Tanggal harus berformat YYYY-MM-DD dan merupakan tanggal yang ada.');

export const periodId = z.string().regex(PERIOD_ID, 'Kode periode harus seperti 2026-11 (bulanan), 2026-TW4 (triwulan) atau 2026 (tahunan).');

export const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Tautan bukti dukung harus alamat https:// yang sah.' })
  .max(2000, 'Tautan bukti dukung paling panjang 2.000 karakter.');

export const pageQuery = {
  cursor: z.string().max(2048, 'Parameter cursor tidak sah.').optional(),
  limit: z.coerce.number().int().min(1).max(100, 'limit paling besar 100.').optional(),
};

export const nip = z.string().regex(/^\d{18}$/, 'NIP harus 18 digit angka.');

export const unitId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Kode unit tidak sah.');
