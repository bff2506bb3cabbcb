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
