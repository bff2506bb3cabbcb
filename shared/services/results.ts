import { listResultsOf } from '../data/result-repository.ts';
import type { Actor } from '../domain/roles.ts';

/** The caller's own results, newest period first, or the one for a period. Only ever the caller's. */
export async function listOwnResults(actor: Actor, periodId?: string) {
  const results = await listResultsOf(actor.nip);
  return { items: periodId ? results.filter((r) => r.periodId === periodId) : results };
}
