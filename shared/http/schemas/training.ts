import * as z from 'zod';
import { TRAINING_KINDS, type TrainingKind } from '../../domain/training.ts';
import { calendarDate, httpsUrl, text } from './common.ts';
import { yearParam } from './skp.ts';

export const NewTrainingBody = z.strictObject({
  title: text('Nama kegiatan', 300),
  kind: z.enum(Object.keys(TRAINING_KINDS) as [TrainingKind, ...TrainingKind[]], 'Jenis pengembangan kompetensi tidak dikenal.'),
  startsOn: calendarDate,
  endsOn: calendarDate,
  hours: z.number('Jumlah JP harus berupa angka.').gt(0, 'Jumlah JP harus lebih dari 0.').max(2000, 'Jumlah JP tidak masuk akal.'),
  provider: text('Penyelenggara', 300).optional(),
  evidenceUrl: httpsUrl.optional(),
});

export const TrainingYearQuery = z.strictObject({ year: yearParam });
export const UnitPath = z.strictObject({ unitId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Kode unit tidak sah.') });
