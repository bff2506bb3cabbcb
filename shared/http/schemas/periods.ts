import * as z from 'zod/mini';
import { PERIOD_KINDS } from '../../domain/period.ts';

const yearChecks = [z.int('Tahun harus bilangan bulat.'), z.minimum(2020, 'Tahun paling awal 2020.'), z.maximum(2100, 'Tahun paling akhir 2100.')] as const;

/** One period (`index`: month 1–12 or quarter 1–4; none for TAHUNAN), or `wholeYear: true` for the kind's calendar. */
export const NewPeriodsBody = z
  .strictObject({
    kind: z.enum(PERIOD_KINDS, 'Jenis periode harus BULANAN, TRIWULAN atau TAHUNAN.'),
    year: z.number('Tahun harus berupa angka.').check(...yearChecks),
    index: z.optional(z.number('Nomor periode (index) harus berupa angka.').check(z.int('Nomor periode (index) harus bilangan bulat.'), z.minimum(1, 'Nomor periode (index) paling kecil 1.'))),
    wholeYear: z.optional(z.literal(true, 'wholeYear hanya boleh bernilai true.')),
    closesAt: z.optional(z.iso.datetime({ offset: true, error: 'closesAt harus waktu ISO 8601 dengan zona, mis. 2026-12-05T23:59:00+08:00.' })),
  })
  .check(
    z.superRefine((body, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (body.wholeYear) {
        if (body.index !== undefined) issue('index', 'Jangan isi index bersama wholeYear: kalender setahun dibuat seluruhnya.');
        if (body.closesAt !== undefined) issue('closesAt', 'Jangan isi closesAt bersama wholeYear: tiap periode memakai batas penutupan bawaan.');
        return;
      }
      const limit = body.kind === 'BULANAN' ? 12 : body.kind === 'TRIWULAN' ? 4 : 0;
      if (limit === 0 && body.index !== undefined) issue('index', 'Periode TAHUNAN tidak memakai index.');
      else if (limit > 0 && body.index === undefined) issue('index', `index wajib diisi untuk ${body.kind}: 1 sampai ${limit}, atau kirim wholeYear: true.`);
      else if (body.index !== undefined && body.index > limit) issue('index', `index untuk ${body.kind} harus 1 sampai ${limit}.`);
    }),
  );

/** `year` defaults to the current year in WITA. */
export const PeriodsQuery = z.strictObject({ year: z.optional(z.coerce.number('Tahun harus berupa angka.').check(...yearChecks)) });
