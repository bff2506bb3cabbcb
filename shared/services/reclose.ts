/**
 * A close after BKPSDM reopened the period (services/period-reopen.ts): its `closeRound` is 2 or more. Every unit is
 * scored again by the close's own scoring, and each person's new result is compared with the one in force:
 * - the same outcome (domain/result.ts sameOutcome): the result stays as it is, revision and all, so no notice and no
 *   piagam is new (a Terbaik piagam keeps its number even if the unit's ranking moved it);
 * - a different one (the supervisor changed an assessment an admin reopened, someone was assessed while it was open):
 *   a new revision, one more than the result in force, written with an audit entry and, for each award it withdraws,
 *   the piagam revoked, in one transaction, as a keberatan decision does. ResultScored then brings that revision's
 *   notices (HASIL and the rest, corrected), and a granted award its piagam (a new one where the earlier was revoked);
 * - a person whose keberatan is decided keeps the ratings of the result in force: the decision is final, so the
 *   assessment does not score them again (their place among the unit's Terbaik may still move);
 * - a keberatan still pending on a result this close changes ends GUGUR in the same transaction, with an email to the
 *   employee and the reviewer: it objected to a result no longer in force, and the corrected one may be appealed anew.
 * A corrected HASIL notice starts its own 14 days for keberatan (services/appeals.ts), one that did not change keeps
 * its deadline. Reports and assessments were accepted while the period was open, as in any open period.
 */
import { getAppeals, supersedeAppealItems } from '../data/appeal-repository.ts';
import { awardWithdrawal } from '../data/certificate-repository.ts';
import { getResults, replaceResultAtReclose } from '../data/result-repository.ts';
import { supersedeAppeal, type Appeal } from '../domain/appeal.ts';
import type { Assessment } from '../domain/assessment.ts';
import { asFinalAssessment, sameOutcome, type Result } from '../domain/result.ts';
import { appealSupersededNotice } from '../notify/appeal-notice.ts';
import { certificateKindsOf } from '../notify/notice.ts';
import { appealNoticeInput } from './appeal-notice-input.ts';

/** What a close after a reopen compares against. */
export interface InForce {
  /** The results in force, by NIP. */
  readonly results: Map<string, Result>;
  /** For each person whose keberatan is decided, the ratings of the decided result, as a final assessment. */
  readonly decided: Map<string, Assessment>;
  /** Keberatan nobody has decided yet, by NIP. */
  readonly pending: Map<string, Appeal>;
}

export async function resultsInForce(periodId: string, nips: readonly string[]): Promise<InForce> {
  const [results, appeals] = await Promise.all([getResults(nips, periodId), getAppeals(nips, periodId)]);
  const decided = new Map<string, Assessment>();
  const pending = new Map<string, Appeal>();
  for (const [nip, appeal] of appeals) {
    const result = results.get(nip);
    if (appeal.status === 'DIPUTUS' && result?.predikat) decided.set(nip, asFinalAssessment(result));
    if (appeal.status === 'DIAJUKAN') pending.set(nip, appeal);
  }
  return { results, decided, pending };
}

/** Changed writes in flight at once: a reclose usually changes a few people, a policy change may change thousands. */
const WRITES_AT_ONCE = 8;

/**
 * Keeps each unchanged result in force and writes each changed one as its next revision; returns the results as
 * they now stand. A write that finds the result or a piagam changed since read throws, so the bus scores the unit
 * again from what is there now.
 */
export async function settleRescoredResults(candidates: readonly Result[], inForce: InForce, round: number, now: Date): Promise<Result[]> {
  const settled = candidates.map((candidate) => {
    const current = inForce.results.get(candidate.nip);
    return current && sameOutcome(current, candidate) ? { result: current, current, changed: false } : { result: { ...candidate, revision: (current?.revision ?? 0) + 1, reclosedRound: round }, current, changed: true };
  });
  const changed = settled.filter((s) => s.changed);
  for (let start = 0; start < changed.length; start += WRITES_AT_ONCE) {
    await Promise.all(changed.slice(start, start + WRITES_AT_ONCE).map(({ current, result }) => replace(current, result, inForce.pending.get(result.nip), round, now)));
  }
  return settled.map((s) => s.result);
}

async function replace(current: Result | undefined, next: Result, pendingAppeal: Appeal | undefined, round: number, now: Date): Promise<void> {
  const kept = new Set(certificateKindsOf(next));
  const withdrawn = current ? certificateKindsOf(current).filter((kind) => !kept.has(kind)) : [];
  const reason = `Penutupan ke-${round} periode ${next.periodId} setelah dibuka kembali mengubah hasil.`;
  const audit = { actorNip: 'SYSTEM', action: 'RESULT_RESCORED_AFTER_REOPEN', at: now.toISOString(), reason };
  const companions = [
    ...(await awardWithdrawal(next.nip, next.periodId, withdrawn, now, reason, 'PENUTUPAN_ULANG')).items,
    ...(pendingAppeal ? await supersededAppealItems(pendingAppeal, next, round, audit) : []),
  ];
  if (!(await replaceResultAtReclose(current, next, audit, companions))) {
    throw new Error(`Result ${next.nip} ${next.periodId} or its piagam changed while closing round ${round}; the unit is scored again`);
  }
}


async function supersededAppealItems(pending: Appeal, corrected: Result, round: number, audit: { actorNip: string; at: string; reason: string }) {
  const superseded = supersedeAppeal(pending, corrected, round, new Date(audit.at));
  const notice = appealSupersededNotice(await appealNoticeInput(superseded, corrected));
  return supersedeAppealItems(superseded, { ...audit, action: 'APPEAL_SUPERSEDED', before: pending, after: superseded }, [notice]);
}
