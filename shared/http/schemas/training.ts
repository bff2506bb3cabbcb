import * as z from 'zod/mini';
import { TRAINING_KINDS, type TrainingKind } from '../../domain/training.ts';
import { calendarDate, httpsUrl, text } from './common.ts';
import { yearParam } from './skp.ts';

export const NewTrainingBody = z.strictObject({
  title: text('Nama kegiatan', 300),
  kind: z.enum(Object.keys(TRAINING_KINDS) as [TrainingKind, ...TrainingKind[]], 'Jenis pengembangan kompetensi tidak dikenal.'),
  startsOn: calendarDate,
  endsOn: calendarDate,
  hours: z.number('Jumlah JP harus berupa angka.').check(z.gt(0, 'Jumlah JP harus lebih dari 0.'), z.maximum(2000, 'Jumlah JP tidak masuk akal.')),
  provider: z.optional(text('Penyelenggara', 300)),
  evidenceUrl: z.optional(httpsUrl),
});

export const TrainingYearQuery = z.strictObject({ year: yearParam });
export const UnitPath = z.strictObject({ unitId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'Kode unit tidak sah.')) });
