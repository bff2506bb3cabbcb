import { getScoredUnit } from '../data/close-repository.ts';
import { getResults, listUnitResults, recordLateResult } from '../data/result-repository.ts';
import { getUnit } from '../data/unit-repository.ts';
import type { Assessment } from '../domain/assessment.ts';
import { DEFAULT_CONSEQUENCE_POLICY } from '../domain/consequence-policy.ts';
import { curveWarnings } from '../domain/curve.ts';
import { Conflict, PeriodClosed } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import type { Predikat } from '../domain/quadrant.ts';
import { isTopPerformer, markLateTopPerformer, type Result } from '../domain/result.ts';
import type { RosterEntry } from '../domain/roster.ts';
import { scorePerson } from './close.ts';
import { announceCommittedResults } from './result-outbox.ts';

/**
 * Late assessment. A period closes whether or not everyone was assessed: a person without a FINAL assessment gets
 * a BELUM_DINILAI result (no decision, no incentive) and the close asks their supervisor of record and BKPSDM for
 * the assessment. So in a CLOSED period that one assessment stays open to its supervisor of record, and finalising
 * it scores the person through the close's own scoring, as if they had been assessed in time: the result replaces
 * the BELUM_DINILAI one and the notices follow. Every other assessment closes with the period; a rated result
 * changes only through keberatan. While the period is CLOSING nothing is accepted: its units are being scored.
 */
const NOT_ASSESSED = 'BELUM_DINILAI' as const;

/** The BELUM_DINILAI result a late assessment would replace, if the period is CLOSED and this person has one. */
export async function resultAwaitingLateAssessment(period: Period, nip: string): Promise<Result | undefined> {
  if (period.status !== 'CLOSED') return undefined;
  const result = (await getResults([nip], period.periodId)).get(nip);
  return result && !result.predikat ? result : undefined;
}

/**
 * Whether this person's assessment may change now: undefined while the period is OPEN, the result to replace when
 * it is a late assessment, and 409 otherwise.
 */
export async function assertAssessable(period: Period, nip: string): Promise<Result | undefined> {
  if (period.status === 'OPEN') return undefined;
  const { periodId } = period;
  if (period.status === 'CLOSING') {
    throw new PeriodClosed(`Periode ${period.name} sedang ditutup; pegawai yang belum dinilai dapat dinilai setelah penutupan selesai.`, { periodId });
  }
  const awaiting = await resultAwaitingLateAssessment(period, nip);
  if (!awaiting) throw new PeriodClosed(`Periode ${period.name} sudah ditutup; penilaian tidak dapat diubah lagi. Perubahan hasil hanya melalui keberatan.`, { periodId });
  return awaiting;
}

/** Late results of one unit are counted one at a time; a collision re-reads the unit's marker and tries again. */
const UNIT_ATTEMPTS = 5;

/**
 * Finalises a late assessment and scores it: the close's scoring (predikat, factor, policy decisions, the sanction
 * streak), a Terbaik piagam only in a place the close left free, the unit's counts and curve warnings moved with
 * it; all in one transaction with the assessment and ResultScored's outbox marker, then ResultScored so the notify
 * consumer creates its notices (services/result-outbox.ts: never lost if EventBridge fails after the commit).
 */
export async function finalizeLateAssessment(
  actorNip: string,
  roster: RosterEntry,
  current: Assessment,
  finalized: Assessment,
  replaced: Result,
  now: Date,
): Promise<Result> {
  const { periodId, unitId } = replaced;
  const [scored, unit] = await Promise.all([scorePerson(roster, finalized, now), getUnit(unitId)]);
  for (let attempt = 1; attempt <= UNIT_ATTEMPTS; attempt++) {
    const marker = await getScoredUnit(periodId, unitId);
    if (!marker) throw new Conflict(`Unit ${unitId} belum tercatat selesai dinilai pada periode ${periodId}; hubungi admin BKPSDM.`);
    const holders = marker.topPerformers ?? (await topPerformersOf(replaced));
    const result: Result = { ...markLateTopPerformer(scored, holders, DEFAULT_CONSEQUENCE_POLICY), unitId, revision: replaced.revision };
    const notAssessedBefore = marker.counts[NOT_ASSESSED] ?? 0;
    const predikat = result.predikat!;
    const counts: Partial<Record<Predikat | typeof NOT_ASSESSED, number>> = { ...marker.counts, [NOT_ASSESSED]: notAssessedBefore - 1, [predikat]: (marker.counts[predikat] ?? 0) + 1 };
    const outcome = await recordLateResult({
      assessment: finalized,
      previousVersion: current.version,
      result,
      unit: { counts, curveWarnings: curveWarnings(counts, unit?.orgPredikat), topPerformers: holders + (isTopPerformer(result) ? 1 : 0), notAssessedBefore },
      audit: { actorNip, action: 'ASSESSMENT_FINALIZED_LATE', at: now.toISOString(), before: { assessment: current, result: replaced } },
    });
    if (outcome === 'SUPERSEDED') break;
    if (outcome === 'RECORDED') {
      await announceCommittedResults([result]);
      return result;
    }
  }
  throw new Conflict('Penilaian atau hasil pegawai ini telah diubah di tempat lain; muat ulang lalu ulangi.');
}

/** Terbaik piagams in the person's unit, counted from the results, for a marker written before it kept the count. */
async function topPerformersOf(person: Result): Promise<number> {
  const results = await listUnitResults(person.periodId, person.unitId);
  return results.filter((r) => r.nip !== person.nip && isTopPerformer(r)).length;
}

