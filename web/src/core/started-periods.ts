import type { ApiClient } from './api.ts';
import { currentYearInWita, todayInWita } from './format.ts';
import type { Period } from './types.ts';

/**
 * The periods of this year and last that have begun, for a period picker: the latest end first, and of those ending
 * together the month before its quarter and the quarter before the year. Two small reads (`GET /api/periods?year=`).
 */
export async function startedPeriods(api: ApiClient, now = new Date()): Promise<Period[]> {
  const year = currentYearInWita(now);
  const pages = await Promise.all([year, year - 1].map((y) => api.get<{ items: Period[] }>(`/api/periods?year=${y}`)));
  const today = todayInWita(now);
  return pages
    .flatMap((page) => page.items)
    .filter((period) => period.startsOn <= today)
    .sort((a, b) => b.endsOn.localeCompare(a.endsOn) || a.periodId.length - b.periodId.length);
}
