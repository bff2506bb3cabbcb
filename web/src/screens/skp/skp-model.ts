import type { Indicator, Rhk } from '../../core/types.ts';
import { parseDecimal } from '../reports/validate.ts';

/**
 * The SKP editor's rows as typed (targets stay text until checked), and the checks that mirror the API's
 * (shared/http/schemas/skp.ts): error keys are the API's field paths, `rhk.0.indicators.1.target`,
 * so the server's details land on the same controls.
 */
export interface IndicatorDraft {
  indicatorId: string;
  name: string;
  aspek: Indicator['aspek'];
  target: string;
  satuan: string;
  direction: Indicator['direction'];
}

export interface RhkDraft {
  rhkId: string;
  kind: Rhk['kind'];
  text: string;
  intervensiRhkId?: string;
  indicators: IndicatorDraft[];
}

export const LIMITS = { rows: 30, indicators: 10, text: 1000, name: 500, satuan: 40 } as const;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function draftsOf(rows: readonly Rhk[]): RhkDraft[] {
  return rows.map((row) => ({
    rhkId: row.rhkId,
    kind: row.kind,
    text: row.text,
    ...(row.intervensiRhkId ? { intervensiRhkId: row.intervensiRhkId } : {}),
    indicators: row.indicators.map((indicator) => ({ ...indicator, target: String(indicator.target).replace('.', ',') })),
  }));
}

/** The next free code with a prefix: codes are kept once given, since reports name indicators by them. */
function nextCode(prefix: string, taken: readonly string[]): string {
  const used = taken.map((code) => (code.startsWith(prefix) ? Number(code.slice(prefix.length)) : 0)).filter(Number.isFinite);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

export function newIndicator(rows: readonly RhkDraft[]): IndicatorDraft {
  const taken = rows.flatMap((row) => row.indicators.map((indicator) => indicator.indicatorId));
  return { indicatorId: nextCode('iki-', taken), name: '', aspek: 'KUANTITAS', target: '', satuan: '', direction: 'HIGHER_IS_BETTER' };
}

export function newRhk(rows: readonly RhkDraft[]): RhkDraft {
  return { rhkId: nextCode('rhk-', rows.map((row) => row.rhkId)), kind: rows.length === 0 ? 'UTAMA' : 'TAMBAHAN', text: '', indicators: [newIndicator(rows)] };
}

export type SkpErrors = Record<string, string>;

export function validateSkp(rows: readonly RhkDraft[], forSubmit = false): { ok: true; rhk: Rhk[] } | { ok: false; errors: SkpErrors; summary?: string } {
  const errors: SkpErrors = {};
  const text = (path: string, value: string, label: string, max: number) => {
    const trimmed = value.trim();
    if (trimmed === '') errors[path] = `${label} wajib diisi.`;
    else if (trimmed.length > max) errors[path] = `${label} paling banyak ${max.toLocaleString('id-ID')} karakter.`;
    else if (CONTROL_CHARS.test(trimmed)) errors[path] = `${label} mengandung karakter yang tidak diizinkan.`;
  };
  let summary: string | undefined;
  if (rows.length === 0) summary = 'SKP membutuhkan paling sedikit satu RHK.';
  else if (rows.length > LIMITS.rows) summary = `Paling banyak ${LIMITS.rows} RHK.`;
  else if (forSubmit && !rows.some((row) => row.kind === 'UTAMA' && row.indicators.length > 0)) {
    summary = 'SKP harus memuat paling sedikit satu RHK utama dengan indikator kinerja sebelum diajukan.';
  }
  rows.forEach((row, i) => {
    text(`rhk.${i}.text`, row.text, 'Rencana hasil kerja', LIMITS.text);
    if (row.indicators.length === 0) errors[`rhk.${i}.indicators`] = 'Setiap RHK membutuhkan paling sedikit satu indikator.';
    if (row.indicators.length > LIMITS.indicators) errors[`rhk.${i}.indicators`] = `Paling banyak ${LIMITS.indicators} indikator per RHK.`;
    row.indicators.forEach((indicator, j) => {
      const at = `rhk.${i}.indicators.${j}`;
      text(`${at}.name`, indicator.name, 'Nama indikator', LIMITS.name);
      text(`${at}.satuan`, indicator.satuan, 'Satuan', LIMITS.satuan);
      const target = parseDecimal(indicator.target);
      if (target === undefined) errors[`${at}.target`] = 'Target wajib diisi.';
      else if (target === 'invalid') errors[`${at}.target`] = 'Target harus berupa angka, mis. 12 atau 12,5 (tanpa pemisah ribuan).';
      else if (target <= 0) errors[`${at}.target`] = 'Target harus lebih besar dari 0.';
      else if (target > 1e9) errors[`${at}.target`] = 'Target terlalu besar.';
    });
  });
  if (summary || Object.keys(errors).length > 0) return { ok: false, errors, ...(summary ? { summary } : {}) };
  return {
    ok: true,
    rhk: rows.map((row) => ({
      rhkId: row.rhkId,
      kind: row.kind,
      text: row.text.trim(),
      ...(row.intervensiRhkId ? { intervensiRhkId: row.intervensiRhkId } : {}),
      indicators: row.indicators.map((indicator) => ({
        indicatorId: indicator.indicatorId,
        name: indicator.name.trim(),
        aspek: indicator.aspek,
        target: parseDecimal(indicator.target) as number,
        satuan: indicator.satuan.trim(),
        direction: indicator.direction,
      })),
    })),
  };
}
