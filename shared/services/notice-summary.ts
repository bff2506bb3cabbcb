import { listNoticesOfPeriod } from '../data/notice-repository.ts';
import { getPeriod } from '../data/period-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { summarizeNotices, type NoticeSummary } from '../notify/summary.ts';

/**
 * The admin screen: a period's notices counted by kind and status, with each failure's reason.
 * Apart from notices.ts, whose drain renders piagams: this route's bundle needs no PDF library.
 */
export async function noticeSummary(periodId: string): Promise<NoticeSummary> {
  if (!(await getPeriod(periodId))) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  return summarizeNotices(periodId, await listNoticesOfPeriod(periodId));
}
