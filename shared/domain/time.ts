/**
 * Calendar arithmetic in WITA (Asia/Makassar, UTC+8, no daylight saving).
 * Everything a person sees, every period boundary and every schedule is WITA; instants are stored as UTC ISO strings.
 */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The WITA calendar date of an instant. */
export function witaDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 31 February). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The instant a WITA wall-clock time happens, e.g. 23:59 on `date`. */
export function witaInstant(date: IsoDate, hours = 0, minutes = 0): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return new Date(utcMidnight - WITA_OFFSET_MS + (hours * 60 + minutes) * 60 * 1000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Last day of a month; `month` is 1–12. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const displayDate = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Makassar', day: 'numeric', month: 'long', year: 'numeric' });
const displayDateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Makassar',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "30 November 2026" for a calendar date. */
export function formatWitaDate(date: IsoDate): string {
  return displayDate.format(witaInstant(date, 12));
}

/** "30 November 2026 pukul 23.59 WITA" for an instant. */
export function formatWitaDateTime(instant: Date): string {
  return `${displayDateTime.format(instant).replace(', ', ' pukul ')} WITA`;
}
