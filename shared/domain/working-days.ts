import { addDays, type IsoDate } from './time.ts';

/**
 * Working days in Kendari: Monday to Friday, less national holidays and cuti bersama. Fixed-date holidays are
 * known here; the moving ones (Idul Fitri, Idul Adha, Nyepi, Waisak, …) and cuti bersama are set each year by
 * the SKB 3 Menteri, so they come from configuration.
 */
const FIXED_HOLIDAYS = ['01-01', '05-01', '06-01', '08-17', '12-25'];

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date) && !FIXED_HOLIDAYS.includes(date.slice(5));
}

/** The date `count` working days before `date` (not counting `date` itself). */
export function workingDaysBefore(date: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let at = date;
  for (let found = 0; found < count; ) {
    at = addDays(at, -1);
    if (isWorkingDay(at, holidays)) found++;
  }
  return at;
}

/**
 * True on the week's first working day: Monday, or the next working day when Monday is a holiday.
 * A weekly reminder scheduled every working morning fires only then, so it moves off a holiday instead of vanishing.
 */
export function isFirstWorkingDayOfWeek(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  if (!isWorkingDay(date, holidays)) return false;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let back = 1; back <= weekday; back++) if (isWorkingDay(addDays(date, -back), holidays)) return false;
  return true;
}

/** True on the month's first working day: a monthly reminder scheduled every working morning fires only then. */
export function isFirstWorkingDayOfMonth(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  if (!isWorkingDay(date, holidays)) return false;
  for (let at = addDays(date, -1); at.slice(0, 7) === date.slice(0, 7); at = addDays(at, -1)) if (isWorkingDay(at, holidays)) return false;
  return true;
}

/**
 * True when `date` is one of the last `count` working days up to and including `lastDay`: a holiday in that
 * stretch sends nothing that day and reaches one working day further back instead.
 */
export function isAmongLastWorkingDays(date: IsoDate, lastDay: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): boolean {
  if (date > lastDay || !isWorkingDay(date, holidays)) return false;
  let remaining = 0;
  for (let at = date; at <= lastDay; at = addDays(at, 1)) if (isWorkingDay(at, holidays)) remaining++;
  return remaining <= count;
}

/** The first working day after `date`. */
export function nextWorkingDayAfter(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  let at = addDays(date, 1);
  while (!isWorkingDay(at, holidays)) at = addDays(at, 1);
  return at;
}

/** The Monday of the week (Monday to Sunday) that contains `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
}
