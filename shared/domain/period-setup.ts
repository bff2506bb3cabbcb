import { Invalid } from './errors.ts';
import { definePeriod, yearCalendar, type Period, type PeriodKind } from './period.ts';
import { formatWitaDateTime, witaInstant } from './time.ts';

/** What an admin asks for: one period (month or quarter by `index`), or a kind's whole calendar for a year. */
export interface PeriodRequest {
  readonly kind: PeriodKind;
  readonly year: number;
  /** The month (1–12) or quarter (1–4); the annual period needs none. */
  readonly index?: number;
  /** Overrides the default closing instant of one period. */
  readonly closesAt?: string;
  readonly wholeYear?: boolean;
}

const INDEX_LIMIT: Record<PeriodKind, number> = { BULANAN: 12, TRIWULAN: 4, TAHUNAN: 1 };

/**
 * The periods a request defines, each closing by default at 23:59 WITA on its end date plus the grace days.
 * An explicit `closesAt` may move that, but never before the last minute of the period itself:
 * people must be able to report their last day's work.
 */
export function periodsRequested(request: PeriodRequest, graceDays: number): Period[] {
  if (request.wholeYear) {
    if (request.index !== undefined || request.closesAt !== undefined) {
      throw new Invalid('Untuk membuat kalender setahun, jangan isi index atau closesAt: tiap periode memakai batas penutupan bawaan.');
    }
    return yearCalendar(request.kind, request.year, graceDays);
  }

  const index = request.index ?? (request.kind === 'TAHUNAN' ? 1 : 0);
  if (!Number.isInteger(index) || index < 1 || index > INDEX_LIMIT[request.kind]) {
    throw new Invalid(`Nomor periode (index) untuk ${request.kind} harus 1 sampai ${INDEX_LIMIT[request.kind]}.`, { field: 'index' });
  }
  const period = definePeriod(request.kind, request.year, index, graceDays);
  if (request.closesAt === undefined) return [period];

  const closesAt = new Date(request.closesAt);
  const earliest = witaInstant(period.endsOn, 23, 59);
  if (Number.isNaN(closesAt.getTime()) || closesAt < earliest) {
    throw new Invalid(`Batas penutupan ${period.name} paling cepat ${formatWitaDateTime(earliest)}, yaitu akhir hari terakhir periode.`, {
      field: 'closesAt',
    });
  }
  return [{ ...period, closesAt: closesAt.toISOString() }];
}
