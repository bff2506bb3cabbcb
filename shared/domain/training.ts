import { Invalid } from './errors.ts';
import type { IsoDate } from './time.ts';

/**
 * Competency development (pengembangan kompetensi): every PNS has the right and duty to at least 20 JP a year
 * (PP 11/2017 Pasal 203(4), kept by PP 17/2020). Formal education, classroom and non-classroom forms all count.
 */
export const ANNUAL_JP_TARGET = 20;

export const TRAINING_KINDS = {
  PENDIDIKAN_FORMAL: 'Pendidikan formal',
  PELATIHAN_KEPEMIMPINAN: 'Pelatihan kepemimpinan',
  PELATIHAN_TEKNIS: 'Pelatihan teknis',
  PELATIHAN_FUNGSIONAL: 'Pelatihan fungsional',
  SEMINAR: 'Seminar/konferensi',
  WORKSHOP: 'Lokakarya (workshop)',
  KURSUS: 'Kursus',
  BIMTEK: 'Bimbingan teknis',
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  E_LEARNING: 'E-learning',
  DETASERING: 'Detasering (secondment)',
  BENCHMARKING: 'Benchmarking',
  MAGANG: 'Magang/praktik kerja',
  KOMUNITAS_BELAJAR: 'Komunitas belajar',
} as const;
export type TrainingKind = keyof typeof TRAINING_KINDS;

export interface Training {
  readonly trainingId: string;
  readonly nip: string;
  /** The year it counts for: the year it ended. */
  readonly year: number;
  readonly unitId: string;
  readonly title: string;
  readonly kind: TrainingKind;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  /** Jam pelajaran. */
  readonly hours: number;
  readonly provider?: string;
  readonly evidenceUrl?: string;
  readonly createdAt: string;
}

export type NewTraining = Pick<Training, 'title' | 'kind' | 'startsOn' | 'endsOn' | 'hours' | 'provider' | 'evidenceUrl'>;

/** Completed development is recorded, so it must have ended, and not before it began. */
export function assertRecordable(training: NewTraining, today: IsoDate): void {
  if (training.endsOn < training.startsOn) throw new Invalid('Tanggal selesai tidak boleh sebelum tanggal mulai.', { field: 'endsOn' });
  if (training.endsOn > today) throw new Invalid('Catat pengembangan kompetensi setelah selesai; tanggal selesai belum terjadi.', { field: 'endsOn' });
}

export function jpProgress(trainings: readonly Pick<Training, 'hours'>[], target = ANNUAL_JP_TARGET) {
  const total = Math.round(trainings.reduce((sum, t) => sum + t.hours, 0) * 10) / 10;
  return { totalJp: total, targetJp: target, remainingJp: Math.max(0, Math.round((target - total) * 10) / 10), met: total >= target };
}

/** The JP reminder starts with the third quarter: from 1 July (WITA) there is half a year left to catch up. */
export function isJpReminderSeason(today: IsoDate): boolean {
  return Number(today.slice(5, 7)) >= 7;
}

/** Behind: below `share` (0–1, configurable) of the annual target. */
export function isBehindOnJp(totalJp: number, share: number, target = ANNUAL_JP_TARGET): boolean {
  return totalJp < share * target;
}
