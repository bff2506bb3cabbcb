import * as z from 'zod/mini';
import { CERTIFICATE_ID } from '../../notify/certificate.ts';
import { periodId } from './common.ts';

export const NoticesQuery = z.strictObject({ period: periodId });

/** A code read off paper: case and the Crockford look-alikes (I, L → 1; O → 0) do not matter. */
export const CertificatePath = z.strictObject({
  id: z.pipe(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(64)),
      z.transform((id: string) => id.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0').replace(/-/g, '')),
    ),
    z.string().check(z.regex(CERTIFICATE_ID, 'Kode verifikasi piagam terdiri dari 16 huruf dan angka.')),
  ),
});
