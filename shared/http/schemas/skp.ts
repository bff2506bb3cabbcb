import * as z from 'zod/mini';
import { ASPEKS, DIRECTIONS, RHK_KINDS } from '../../domain/skp.ts';
import { nip, text } from './common.ts';

const code = (label: string) => z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, `${label} hanya huruf, angka, - dan _ (paling panjang 64).`));
const version = () => z.number().check(z.int(), z.minimum(0));

export const yearParam = z.coerce.number('Tahun harus berupa angka.').check(z.int(), z.minimum(2020, 'Tahun paling awal 2020.'), z.maximum(2100, 'Tahun tidak masuk akal.'));

const IndicatorBody = z.strictObject({
  indicatorId: code('Kode indikator'),
  name: text('Nama indikator', 500),
  aspek: z.enum(ASPEKS, 'Aspek harus KUANTITAS, KUALITAS, WAKTU atau BIAYA.'),
  target: z.number('Target harus berupa angka.').check(z.gt(0, 'Target harus lebih besar dari 0.'), z.maximum(1e9)),
  satuan: text('Satuan', 40),
  direction: z._default(z.enum(DIRECTIONS, 'Arah harus HIGHER_IS_BETTER atau LOWER_IS_BETTER.'), 'HIGHER_IS_BETTER'),
});

const RhkBody = z.strictObject({
  rhkId: code('Kode RHK'),
  kind: z.enum(RHK_KINDS, 'Jenis RHK harus UTAMA atau TAMBAHAN.'),
  text: text('Rencana hasil kerja', 1000),
  intervensiRhkId: z.optional(code('Kode RHK atasan')),
  indicators: z.array(IndicatorBody).check(z.minLength(1, 'Setiap RHK membutuhkan paling sedikit satu indikator.'), z.maxLength(10, 'Paling banyak 10 indikator per RHK.')),
});

export const SkpBody = z.strictObject({
  rhk: z.array(RhkBody).check(z.minLength(1, 'SKP membutuhkan paling sedikit satu RHK.'), z.maxLength(30, 'Paling banyak 30 RHK.')),
  version: version(),
});

export const VersionBody = z.strictObject({ version: version() });
export const ReturnSkpBody = z.strictObject({ note: text('Catatan pengembalian', 2000), version: z.optional(version()) });
export const ApproveSkpBody = z.strictObject({ version: z.optional(version()) });

export const SkpPath = z.strictObject({ year: yearParam });
export const TeamSkpPath = z.strictObject({ nip, year: yearParam });
export const YearQuery = z.strictObject({ year: yearParam });
