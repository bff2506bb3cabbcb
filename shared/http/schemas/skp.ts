import * as z from 'zod';
import { ASPEKS, DIRECTIONS, RHK_KINDS } from '../../domain/skp.ts';
import { nip, text } from './common.ts';

const code = (label: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, `${label} hanya huruf, angka, - dan _ (paling panjang 64).`);

export const yearParam = z.coerce.number('Tahun harus berupa angka.').int().min(2020, 'Tahun paling awal 2020.').max(2100, 'Tahun tidak masuk akal.');

const IndicatorBody = z.strictObject({
  indicatorId: code('Kode indikator'),
  name: text('Nama indikator', 500),
  aspek: z.enum(ASPEKS, 'Aspek harus KUANTITAS, KUALITAS, WAKTU atau BIAYA.'),
  target: z.number('Target harus berupa angka.').finite().gt(0, 'Target harus lebih besar dari 0.').max(1e9),
  satuan: text('Satuan', 40),
  direction: z.enum(DIRECTIONS, 'Arah harus HIGHER_IS_BETTER atau LOWER_IS_BETTER.').default('HIGHER_IS_BETTER'),
});

const RhkBody = z.strictObject({
  rhkId: code('Kode RHK'),
  kind: z.enum(RHK_KINDS, 'Jenis RHK harus UTAMA atau TAMBAHAN.'),
  text: text('Rencana hasil kerja', 1000),
  intervensiRhkId: code('Kode RHK atasan').optional(),
  indicators: z.array(IndicatorBody).min(1, 'Setiap RHK membutuhkan paling sedikit satu indikator.').max(10, 'Paling banyak 10 indikator per RHK.'),
});

export const SkpBody = z.strictObject({
  rhk: z.array(RhkBody).min(1, 'SKP membutuhkan paling sedikit satu RHK.').max(30, 'Paling banyak 30 RHK.'),
  version: z.number().int().min(0),
});

export const VersionBody = z.strictObject({ version: z.number().int().min(0) });
export const ReturnSkpBody = z.strictObject({ note: text('Catatan pengembalian', 2000), version: z.number().int().min(0).optional() });
export const ApproveSkpBody = z.strictObject({ version: z.number().int().min(0).optional() });

export const SkpPath = z.strictObject({ year: yearParam });
export const TeamSkpPath = z.strictObject({ nip, year: yearParam });
export const YearQuery = z.strictObject({ year: yearParam });
