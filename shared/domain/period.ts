import { PeriodClosed } from './errors.ts';
import { addDays, isoDate, lastDayOfMonth, witaInstant, type IsoDate } from './time.ts';

/**
 * Assessment periods. The official template is quarterly (TRIWULAN); many agencies evaluate monthly;
 * the annual evaluation is its own period. Boundaries are WITA calendar dates.
 */
export const PERIOD_KINDS = ['BULANAN', 'TRIWULAN', 'TAHUNAN'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_STATUSES = ['OPEN', 'CLOSING', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export interface Period {
  readonly periodId: string;
  readonly kind: PeriodKind;
  readonly year: number;
  readonly name: string;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  /** UTC ISO instant; by default 23:59 WITA on the end date plus the grace days. */
  readonly closesAt: string;
  readonly status: PeriodStatus;
}

/**
 * How far back (by end date) the jobs look for periods they may still act on: a period reopened for corrections
 * closes again, and is followed up, long after it ended.
 */
export const PERIOD_LOOKBACK_DAYS = 400;

/** `2026-11`, `2026-TW4`, `2026`. */
export const PERIOD_ID = /^\d{4}(-(0[1-9]|1[0-2])|-TW[1-4])?$/;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

export function defaultClosesAt(endsOn: IsoDate, graceDays: number): string {
  return witaInstant(addDays(endsOn, graceDays), 23, 59).toISOString();
}

/** The period of a kind that contains a given month; `index` is the month (1–12) or the quarter (1–4). */
export function definePeriod(kind: PeriodKind, year: number, index: number, graceDays: number): Period {
  const base = { kind, year, status: 'OPEN' as const };
  if (kind === 'BULANAN') {
    const startsOn = isoDate(year, index, 1);
    const endsOn = lastDayOfMonth(year, index);
    const periodId = `${year}-${String(index).padStart(2, '0')}`;
    return { ...base, periodId, name: `${MONTHS[index - 1]} ${year}`, startsOn, endsOn, closesAt: defaultClosesAt(endsOn, graceDays) };
  }
  if (kind === 'TRIWULAN') {
    const startsOn = isoDate(year, (index - 1) * 3 + 1, 1);
    const endsOn = lastDayOfMonth(year, index * 3);
    return {
      ...base,
      periodId: `${year}-TW${index}`,
      name: `Triwulan ${ROMAN[index - 1]} ${year}`,
      startsOn,
      endsOn,
      closesAt: defaultClosesAt(endsOn, graceDays),
    };
  }
  const endsOn = isoDate(year, 12, 31);
  return { ...base, periodId: String(year), name: `Tahunan ${year}`, startsOn: isoDate(year, 1, 1), endsOn, closesAt: defaultClosesAt(endsOn, graceDays) };
}

/** Every period of a kind in a year: 12 months, 4 quarters or the one annual period. */
export function yearCalendar(kind: PeriodKind, year: number, graceDays: number): Period[] {
  const count = kind === 'BULANAN' ? 12 : kind === 'TRIWULAN' ? 4 : 1;
  return Array.from({ length: count }, (_, i) => definePeriod(kind, year, i + 1, graceDays));
}

/**
 * The part of the year a period of this kind covers: a month 1/12, a quarter 1/4, the annual evaluation the whole year.
 * An SKP target is annual; an accumulating indicator's target for one period is the annual target times this share.
 */
export function yearShareOf(kind: PeriodKind): number {
  return kind === 'BULANAN' ? 1 / 12 : kind === 'TRIWULAN' ? 1 / 4 : 1;
}

export function contains(period: Period, date: IsoDate): boolean {
  return period.startsOn <= date && date <= period.endsOn;
}

/**
 * The period a report dated `date` belongs to: the periodic (not annual) one containing it, and it must be open.
 * `candidates` are the periods whose range may contain the date.
 */
export function periodForReport(date: IsoDate, candidates: readonly Period[]): Period {
  const covering = candidates.filter((p) => p.kind !== 'TAHUNAN' && contains(p, date));
  const open = covering.find((p) => p.status === 'OPEN');
  if (open) return open;
  if (covering.length > 0) {
    const closed = covering[0]!;
    throw new PeriodClosed(`Periode ${closed.name} sudah ditutup; laporan untuk tanggal ${date} tidak dapat diterima lagi.`, {
      periodId: closed.periodId,
      status: closed.status,
    });
  }
  throw new PeriodClosed(`Tidak ada periode penilaian yang terbuka untuk tanggal ${date}. Hubungi admin BKPSDM.`, { date });
}

/** The open periodic period that contains today, if any: what `GET /api/me` shows as the current period. */
export function currentPeriod(today: IsoDate, candidates: readonly Period[]): Period | undefined {
  return candidates.find((p) => p.kind !== 'TAHUNAN' && p.status === 'OPEN' && contains(p, today));
}
