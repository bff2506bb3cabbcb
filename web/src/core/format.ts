/**
 * Everything a person reads is Indonesian, in WITA (Asia/Makassar), whatever the device's own zone.
 * Calendar dates (`YYYY-MM-DD`) are shown as the day they name; instants in WITA with the zone written out.
 */
const TIME_ZONE = 'Asia/Makassar';

const isoParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const longDate = new Intl.DateTimeFormat('id-ID', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('id-ID', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** Today's calendar date in WITA, `YYYY-MM-DD`. */
export function todayInWita(now = new Date()): string {
  const part = (type: string) => isoParts.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Noon WITA of a calendar date: the same day in any zone the formatter might use. */
function noonWita(date: string): Date {
  return new Date(`${date}T12:00:00+08:00`);
}

/** "Senin, 30 November 2026". */
export function formatLongDate(date: string): string {
  return longDate.format(noonWita(date));
}

/** "30 November 2026". */
export function formatDate(date: string): string {
  return shortDate.format(noonWita(date));
}

/** "1–30 November 2026": a period's dates, shortened when they share a month. */
export function formatDateRange(from: string, to: string): string {
  return shortDate.formatRange(noonWita(from), noonWita(to));
}

/** "30 Nov 2026, 14.05 WITA". */
export function formatInstant(instant: string | Date): string {
  return `${dateTime.format(typeof instant === 'string' ? new Date(instant) : instant)} WITA`;
}

/** "12.345,5". */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** "95,5 %": Indonesian decimals, a no-break space before the sign so it never wraps alone. */
export function formatPercent(value: number): string {
  return `${decimal.format(value)}\u00a0%`;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** A period's name from its id, as the server names it: `2026-11` → "November 2026", `2026-TW4` → "Triwulan IV 2026", `2026` → "Tahunan 2026". */
export function periodName(periodId: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(periodId);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const quarter = /^(\d{4})-TW([1-4])$/.exec(periodId);
  if (quarter) return `Triwulan ${QUARTERS[Number(quarter[2]) - 1]} ${quarter[1]}`;
  return /^\d{4}$/.test(periodId) ? `Tahunan ${periodId}` : periodId;
}

export const MONTH_NAMES: readonly string[] = MONTHS;
export const QUARTER_NAMES: readonly string[] = QUARTERS;

/** The current year in WITA. */
export function currentYearInWita(now = new Date()): number {
  return Number(todayInWita(now).slice(0, 4));
}

/**
 * A WITA wall-clock time typed in a `datetime-local` control ("2026-12-05T23:59") as an ISO instant with
 * the +08:00 offset, so the device's own zone never shifts it.
 */
export function witaLocalToIso(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : undefined;
}
