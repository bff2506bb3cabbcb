import * as z from 'zod/mini';
import { PERIOD_ID } from '../../domain/period.ts';
import { isRealDate } from '../../domain/time.ts';

// Schemas, env and event contracts use zod/mini, zod 4's tree-shakeable API: one classic `zod` import puts ~60 KB
// more into every function bundle (infra/bundle-budget.test.ts). The checks, and so the messages, are the same.

/** Free text a person typed: trimmed, no control characters other than line breaks and tabs. */
export const text = (label: string, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `${label} wajib diisi.`),
      z.maxLength(max, `${label} paling banyak ${max.toLocaleString('id-ID')} karakter.`),
      z.refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${label} mengandung karakter kontrol yang tidak diizinkan.`),
    );

export const calendarDate = z.string().check(z.refine(isRealDate, 'Tanggal harus berformat YYYY-MM-DD dan merupakan tanggal yang ada.'));

export const periodId = z.string().check(z.regex(PERIOD_ID, 'Kode periode harus seperti 2026-11 (bulanan), 2026-TW4 (triwulan) atau 2026 (tahunan).'));

export const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Tautan bukti dukung harus alamat https:// yang sah.' })
  .check(z.maxLength(2000, 'Tautan bukti dukung paling panjang 2.000 karakter.'));

export const pageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(2048, 'Parameter cursor tidak sah.'))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100, 'limit paling besar 100.'))),
};

export const nip = z.string().check(z.regex(/^\d{18}$/, 'NIP harus 18 digit angka.'));

export const unitId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'Kode unit tidak sah.'));
