import { ANNUAL_JP_TARGET, TRAINING_KINDS, type NewTraining, type Training, type TrainingKind } from '../../../../shared/domain/training.ts';
import { formatNumber } from '../../core/format.ts';
import { isHttpsUrl, isRealDate, parseDecimal } from '../reports/validate.ts';

export { ANNUAL_JP_TARGET, TRAINING_KINDS, type Training, type TrainingKind };

/** `GET /api/trainings?year=`. */
export interface TrainingYear {
  readonly year: number;
  readonly items: Training[];
  readonly totalJp: number;
  readonly targetJp: number;
  readonly remainingJp: number;
  readonly met: boolean;
  /** Training the pembinaan notices of that year recommended. */
  readonly recommended: readonly { readonly periodId: string; readonly training: string; readonly meetingBy: string }[];
}

/** The form's fields as typed; names match the API body so server details map onto them directly. */
export interface TrainingFields {
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  provider: string;
  evidenceUrl: string;
}
export type TrainingFieldName = keyof TrainingFields;
export type TrainingErrors = Partial<Record<TrainingFieldName, string>>;

const TEXT_MAX = 300;
const HOURS_MAX = 2000;

/**
 * The training form's own checks, mirroring the API's (shared/http/schemas/training.ts and the domain's
 * "completed, not before it began"); `today` is WITA. The server stays the authority on what it refuses.
 */
export function validateTraining(fields: TrainingFields, today: string): { ok: true; training: NewTraining } | { ok: false; errors: TrainingErrors } {
  const errors: TrainingErrors = {};
  const title = fields.title.trim();
  const provider = fields.provider.trim();
  const evidenceUrl = fields.evidenceUrl.trim();
  const hours = parseDecimal(fields.hours);
  if (!title) errors.title = 'Nama kegiatan wajib diisi.';
  else if (title.length > TEXT_MAX) errors.title = `Nama kegiatan paling banyak ${TEXT_MAX} karakter.`;
  if (!(fields.kind in TRAINING_KINDS)) errors.kind = 'Pilih jenis pengembangan kompetensi.';
  if (!isRealDate(fields.startsOn)) errors.startsOn = 'Tanggal mulai wajib diisi dengan tanggal yang sah.';
  if (!isRealDate(fields.endsOn)) errors.endsOn = 'Tanggal selesai wajib diisi dengan tanggal yang sah.';
  else if (fields.endsOn > today) errors.endsOn = 'Catat setelah kegiatan selesai; tanggal selesai belum terjadi.';
  else if (!errors.startsOn && fields.endsOn < fields.startsOn) errors.endsOn = 'Tanggal selesai tidak boleh sebelum tanggal mulai.';
  if (hours === undefined) errors.hours = 'Jumlah JP wajib diisi.';
  else if (hours === 'invalid') errors.hours = 'Jumlah JP harus berupa angka, mis. 8 atau 2,5.';
  else if (hours <= 0) errors.hours = 'Jumlah JP harus lebih dari 0.';
  else if (hours > HOURS_MAX) errors.hours = `Jumlah JP paling banyak ${formatNumber(HOURS_MAX)}.`;
  if (provider.length > TEXT_MAX) errors.provider = `Penyelenggara paling banyak ${TEXT_MAX} karakter.`;
  if (evidenceUrl && !isHttpsUrl(evidenceUrl)) errors.evidenceUrl = 'Tautan bukti harus alamat https:// yang sah.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const training: NewTraining = {
    title,
    kind: fields.kind as TrainingKind,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    hours: hours as number,
    ...(provider ? { provider } : {}),
    ...(evidenceUrl ? { evidenceUrl } : {}),
  };
  return { ok: true, training };
}

/** "12,5 dari 20 JP · kurang 7,5 JP" or "22 dari 20 JP · target tercapai". */
export function jpSummary(year: Pick<TrainingYear, 'totalJp' | 'targetJp' | 'remainingJp' | 'met'>): string {
  const progress = `${formatNumber(year.totalJp)} dari ${formatNumber(year.targetJp)} JP`;
  return year.met ? `${progress} · target tercapai` : `${progress} · kurang ${formatNumber(year.remainingJp)} JP`;
}
