import { formatNumber } from '../../core/format.ts';
import type { NewReport } from '../../core/types.ts';

/**
 * The report form's own checks, mirroring the API's (shared/http/schemas/reports.ts) so a person
 * hears about a mistake before sending. The server stays the authority: whether the date has come yet
 * is left to its clock (a device clock can be wrong), and its refusals are shown as they come.
 */
export const ACTIVITY_MAX = 2000;
const UNIT_MAX = 40;
const URL_MAX = 2000;
const REALIZATION_MAX = 1e9;
const INDICATOR = /^[A-Za-z0-9_-]{1,64}$/;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** The form's fields as typed; names match the API body so server details map onto them directly. */
export interface ReportFields {
  date: string;
  activity: string;
  indicatorId: string;
  realization: string;
  unit: string;
  evidenceUrl: string;
}

export type FieldName = keyof ReportFields;
export type FieldErrors = Partial<Record<FieldName, string>>;

export type Validation = { readonly ok: true; readonly report: NewReport } | { readonly ok: false; readonly errors: FieldErrors };

export function validateReport(fields: ReportFields): Validation {
  const errors: FieldErrors = {};
  const activity = fields.activity.trim();
  const indicatorId = fields.indicatorId.trim();
  const unit = fields.unit.trim();
  const evidenceUrl = fields.evidenceUrl.trim();
  const realization = parseDecimal(fields.realization);

  if (fields.date === '') errors.date = 'Tanggal kegiatan wajib diisi.';
  else if (!isRealDate(fields.date)) errors.date = 'Tanggal tidak sah. Pilih tanggal dari kalender.';

  if (activity === '') errors.activity = 'Uraian kegiatan wajib diisi.';
  else if (activity.length > ACTIVITY_MAX) {
    errors.activity = `Uraian kegiatan paling banyak ${formatNumber(ACTIVITY_MAX)} karakter (sekarang ${formatNumber(activity.length)}).`;
  } else if (CONTROL_CHARS.test(activity)) errors.activity = 'Uraian kegiatan mengandung karakter yang tidak diizinkan.';

  if (indicatorId !== '' && !INDICATOR.test(indicatorId)) {
    errors.indicatorId = 'Kode indikator hanya huruf, angka, - dan _ (paling panjang 64).';
  }

  if (realization === 'invalid') errors.realization = 'Realisasi harus berupa angka, mis. 12 atau 12,5 (tanpa pemisah ribuan).';
  else if (realization !== undefined && realization < 0) errors.realization = 'Realisasi tidak boleh negatif.';
  else if (realization !== undefined && realization > REALIZATION_MAX) errors.realization = 'Realisasi terlalu besar.';
  else if (realization !== undefined && indicatorId === '') errors.realization = 'Realisasi hanya dapat diisi bersama kode indikator.';

  if (unit.length > UNIT_MAX) errors.unit = `Satuan paling banyak ${UNIT_MAX} karakter.`;
  else if (CONTROL_CHARS.test(unit)) errors.unit = 'Satuan mengandung karakter yang tidak diizinkan.';

  if (evidenceUrl !== '' && !isHttpsUrl(evidenceUrl)) errors.evidenceUrl = 'Tautan bukti dukung harus alamat https:// yang sah.';
  else if (evidenceUrl.length > URL_MAX) errors.evidenceUrl = `Tautan bukti dukung paling panjang ${formatNumber(URL_MAX)} karakter.`;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const report: NewReport = { date: fields.date, activity };
  if (indicatorId) report.indicatorId = indicatorId;
  if (typeof realization === 'number') report.realization = realization;
  if (unit) report.unit = unit;
  if (evidenceUrl) report.evidenceUrl = evidenceUrl;
  return { ok: true, report };
}

/** "12", "12,5" or "12.5" → a number; empty → undefined. Thousands separators are refused: "1.234" is ambiguous. */
export function parseDecimal(text: string): number | undefined | 'invalid' {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^-?\d+([.,]\d+)?$/.test(value)) return 'invalid';
  return Number(value.replace(',', '.'));
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && DOMAIN.test(url.hostname);
  } catch {
    return false;
  }
}
