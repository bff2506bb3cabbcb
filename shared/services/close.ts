import { publish } from '../bus/publisher.ts';
import { getAssessments } from '../data/assessment-repository.ts';
import {
  claimClosedEvent,
  closeRoundOf,
  getClosingPeriod,
  getScoredUnit,
  listPeriodsEndingBetween,
  listScoredUnits,
  markClosed,
  markClosedEventPublished,
  markClosing,
  recordUnitScored,
  type ClosingPeriod,
} from '../data/close-repository.ts';
import { hasReportsInPeriod } from '../data/report-repository.ts';
import { listUnitRoster } from '../data/roster-repository.ts';
import { resultScoredDetail } from '../data/outbox-repository.ts';
import { listResultsOf, putResults } from '../data/result-repository.ts';
import { getUnit, listUnits } from '../data/unit-repository.ts';
import type { Assessment } from '../domain/assessment.ts';
import { DEFAULT_CONSEQUENCE_POLICY, type ConsequencePolicy } from '../domain/consequence-policy.ts';
import { NotFound } from '../domain/errors.ts';
import { PERIOD_ID, PERIOD_LOOKBACK_DAYS } from '../domain/period.ts';
import type { Predikat } from '../domain/quadrant.ts';
import { markTopPerformers, scoreEmployee, type Result } from '../domain/result.ts';
import type { RosterEntry } from '../domain/roster.ts';
import { addDays, witaDateOf } from '../domain/time.ts';
import { unitScoredSummary } from '../domain/unit-scored.ts';
import { resultsInForce, settleRescoredResults } from './reclose.ts';
import { recordPeriodRoster } from './roster.ts';

const policy: ConsequencePolicy = DEFAULT_CONSEQUENCE_POLICY;

export type CloseOutcome = { periodId: string; status: 'CLOSING' | 'CLOSED'; unitsRequested: number };

/**
 * Starts (or resumes) closing a period: records the roster, marks it CLOSING (once), and asks for every
 * unit not yet scored to be scored, one event per unit. Safe to run again at any point: a resumed close
 * re-requests only the missing units, and a closed period is left alone.
 */
export async function closePeriod(periodId: string, now: Date): Promise<CloseOutcome> {
  let period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status === 'CLOSED') {
    await announceIfAbandoned(period);
    return { periodId, status: 'CLOSED', unitsRequested: 0 };
  }
  if (period.status === 'OPEN') {
    await recordPeriodRoster(periodId, now);
    const unitIds = (await listUnits()).map((unit) => unit.unitId);
    await markClosing(periodId, unitIds, now);
    period = (await getClosingPeriod(periodId))!;
  }
  const scored = new Set((await listScoredUnits(periodId, closeRoundOf(period))).map((unit) => unit.unitId));
  const pending = (period.unitIds ?? []).filter((unitId) => !scored.has(unitId));
  await publish(
    'UnitScoringRequested',
    pending.map((unitId) => ({ periodId, unitId, requestedAt: now.toISOString() })),
  );
  if (pending.length === 0) return { periodId, status: (await finishIfComplete(period, now)) ? 'CLOSED' : 'CLOSING', unitsRequested: 0 };
  return { periodId, status: 'CLOSING', unitsRequested: pending.length };
}

/**
 * The schedule's job: close every OPEN period whose closesAt has passed, resume any close left CLOSING, and
 * announce any close whose announcer died between CLOSED and PeriodClosed.
 */
export async function closeDuePeriods(now: Date): Promise<{ closing: CloseOutcome[] }> {
  const today = witaDateOf(now);
  const candidates = await listPeriodsEndingBetween(addDays(today, -PERIOD_LOOKBACK_DAYS), today);
  const due = candidates.filter(
    (p) => (p.status === 'OPEN' && p.closesAt <= now.toISOString()) || p.status === 'CLOSING' || (p.status === 'CLOSED' && p.closedEvent === 'PENDING'),
  );
  const closing: CloseOutcome[] = [];
  for (const period of due) closing.push(await closePeriod(period.periodId, now));
  return { closing };
}

/**
 * Scores one unit of a closing period: each person on the unit's roster from their FINAL assessment,
 * the policy's decisions, the unit's top performers and a curve check; writes the results, announces
 * each one, and counts the unit done. A unit delivered twice is scored once. In a close after a reopen
 * only what changed is written, as a new revision (services/reclose.ts).
 */
export async function scoreUnit(periodId: string, unitId: string, now: Date): Promise<{ employees: number; skipped?: string }> {
  const period = await getClosingPeriod(periodId);
  if (period?.status !== 'CLOSING') return { employees: 0, skipped: `period is ${period?.status ?? 'missing'}` };
  const round = closeRoundOf(period);
  const marker = await getScoredUnit(periodId, unitId);
  if (marker && closeRoundOf(marker) === round) return { employees: 0, skipped: 'unit already scored' };

  const [roster, unit] = await Promise.all([listUnitRoster(periodId, unitId), getUnit(unitId)]);
  const nips = roster.map((entry) => entry.nip);
  const [assessments, inForce] = await Promise.all([getAssessments(nips, periodId), round > 1 ? resultsInForce(periodId, nips) : undefined]);
  const scored: Result[] = [];
  for (const entry of roster) scored.push(await scorePerson(entry, inForce?.decided.get(entry.nip) ?? assessments.get(entry.nip), now));
  const ranked = markTopPerformers(scored, policy);
  const results = inForce ? await settleRescoredResults(ranked, inForce, round, now) : ranked;
  if (!inForce) await putResults(results);
  await announceResults(results);

  const reported = await countReporters(nips, periodId);
  const summary = unitScoredSummary(unitId, results, { reported, orgPredikat: unit?.orgPredikat, scoredAt: now, closeRound: round });
  const updated = await recordUnitScored(periodId, summary);
  if (updated) await finishIfComplete(updated, now);
  return { employees: results.length };
}

/**
 * One person's result from their assessment under the current policy, with the history a poor predikat needs:
 * the one scoring step the close and a late assessment (services/late-assessment.ts) share.
 */
export async function scorePerson(entry: RosterEntry, assessment: Assessment | undefined, now: Date): Promise<Result> {
  const poor = assessment?.status === 'FINAL' && policy.pembinaanPredikats.includes(assessment.predikat);
  const history = poor ? await previousPredikats(entry.nip, entry.periodId) : [];
  return scoreEmployee(entry, assessment, history, policy, now);
}

/** ResultScored for each written result: what the notify consumer turns into notices, once each. */
export function announceResults(results: readonly Result[]): Promise<void> {
  return publish('ResultScored', results.map(resultScoredDetail));
}

/** How many of these people reported at least once in the period (for the unit's reporting rate), 25 at a time. */
async function countReporters(nips: readonly string[], periodId: string): Promise<number> {
  let reported = 0;
  for (let start = 0; start < nips.length; start += 25) {
    const flags = await Promise.all(nips.slice(start, start + 25).map((nip) => hasReportsInPeriod(nip, periodId)));
    reported += flags.filter(Boolean).length;
  }
  return reported;
}

/** The earlier results of the same kind of period (same id shape), newest first. */
export async function previousPredikats(nip: string, periodId: string): Promise<(Predikat | undefined)[]> {
  const sameKind = (id: string) => id.length === periodId.length && id.includes('TW') === periodId.includes('TW') && PERIOD_ID.test(id);
  return (await listResultsOf(nip)).filter((r) => sameKind(r.periodId) && r.periodId < periodId).map((r) => r.predikat);
}

/**
 * How long the writer that closed a period holds its PeriodClosed before another may publish it: longer than any
 * function that can close one may live (consumers stop at 2 minutes, the close job at 5).
 */
const CLOSED_EVENT_LEASE_MS = 10 * 60_000;
const leaseFromNow = () => new Date(Date.now() + CLOSED_EVENT_LEASE_MS);

/**
 * CLOSING → CLOSED when every unit is counted, then PeriodClosed. The transition is a conditional write, and only
 * the writer that made it publishes: of the last two units finishing together, a unit delivered again or a close
 * run again, exactly one announces. The period keeps the event PENDING until it is out, so an announcer that dies
 * in between is covered by the next close run (announceIfAbandoned), not lost.
 */
async function finishIfComplete(period: ClosingPeriod, now: Date): Promise<boolean> {
  const total = period.unitIds?.length ?? 0;
  if (period.status !== 'CLOSING' || (period.unitsDone ?? 0) < total) return false;
  if (!(await markClosed(period.periodId, now, leaseFromNow()))) return false;
  await announceClosed({ ...period, status: 'CLOSED', closedAt: now.toISOString() });
  return true;
}

/** A closed period whose PeriodClosed is still PENDING after its holder's lease: the holder died; announce it now, once. */
async function announceIfAbandoned(period: ClosingPeriod): Promise<void> {
  if (period.closedEvent !== 'PENDING') return;
  // The lease is wall-clock time: a job's `now` is its schedule time, which a retry repeats.
  const claimed = await claimClosedEvent(period.periodId, new Date(), leaseFromNow());
  if (claimed) await announceClosed(claimed);
}

async function announceClosed(period: ClosingPeriod): Promise<void> {
  await publish('PeriodClosed', [{ periodId: period.periodId, closedAt: period.closedAt!, units: period.unitIds?.length ?? 0, employees: period.employeesScored ?? 0 }]);
  await markClosedEventPublished(period.periodId);
}

export async function closeProgress(periodId: string) {
  const period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  const units = period.status === 'OPEN' ? [] : await listScoredUnits(periodId, closeRoundOf(period));
  return {
    periodId,
    status: period.status,
    unitsTotal: period.unitIds?.length ?? 0,
    unitsDone: period.unitsDone ?? 0,
    employeesScored: period.employeesScored ?? 0,
    closedAt: period.closedAt ?? null,
    curveWarnings: units.filter((u) => u.curveWarnings.length > 0).map((u) => ({ unitId: u.unitId, warnings: u.curveWarnings })),
  };
}
