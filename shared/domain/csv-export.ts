/**
 * CSV for spreadsheets (Excel as used in Indonesia): semicolon-separated, UTF-8 with a BOM, every field quoted.
 * A value starting with = + - @ or a control character would run as a formula when opened (CSV injection),
 * so it is prefixed with an apostrophe and reads as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === 'number' ? value.toLocaleString('id-ID', { useGrouping: false, maximumFractionDigits: 2 }) : value;
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
