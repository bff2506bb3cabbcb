import { getAssessment, getAssessments, saveAssessmentIfVersion } from '../data/assessment-repository.ts';
import { listDirectReports } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { getPeriod } from '../data/period-repository.ts';
import { listPeriodicResultsOfYear } from '../data/result-repository.ts';
import { getRosterEntries, listAssessedBy } from '../data/roster-repository.ts';
import { draftAssessment, finalizeAssessment, type AssessmentInput } from '../domain/assessment.ts';
import { DEFAULT_ASSESSMENT_POLICY, suggestHasilKerja } from '../domain/assessment-policy.ts';
import { BERAKHLAK } from '../domain/berakhlak.ts';
import { NotFound } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import type { Actor } from '../domain/roles.ts';
import { assertSupervisorOfRecord, type RosterEntry } from '../domain/roster.ts';
import { assertAssessable, finalizeLateAssessment, resultAwaitingLateAssessment } from './late-assessment.ts';
import { recordRosterEntry, rosterEntryFor } from './roster.ts';
import { periodProgress } from './progress.ts';

const policy = DEFAULT_ASSESSMENT_POLICY;

async function periodOrThrow(periodId: string): Promise<Period> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  return period;
}

async function progressFor(roster: RosterEntry, period: Period) {
  const { indicators } = await periodProgress(roster.nip, period);
  return { indicators, suggested: suggestHasilKerja(indicators, policy) };
}

/** What the assessor needs on one screen: who, the achievements, the suggestion, the BerAKHLAK guide, the record so far. */
export async function assessmentWorkspace(actor: Actor, nip: string, periodId: string, now: Date) {
  const period = await periodOrThrow(periodId);
  const roster = await rosterEntryFor(nip, periodId, now);
  assertSupervisorOfRecord(roster, actor.nip);
  const [{ indicators, suggested }, assessment, awaitingLate, periodicResults] = await Promise.all([
    progressFor(roster, period),
    getAssessment(nip, periodId),
    resultAwaitingLateAssessment(period, nip),
    // The annual evaluation is its own judgement on the same quadrant: the year's periodic results are shown, never averaged.
    period.kind === 'TAHUNAN' ? listPeriodicResultsOfYear(nip, period.year) : Promise.resolve(undefined),
  ]);
  return {
    period,
    employee: roster,
    ...(periodicResults ? { periodicResults: periodicResults.map(({ periodId: id, predikat, hasilKerja, perilaku, score }) => ({ periodId: id, predikat: predikat ?? null, hasilKerja: hasilKerja ?? null, perilaku: perilaku ?? null, score: score ?? null })) } : {}),
    indicators,
    suggestion: { hasilKerja: suggested ?? null, policyVersion: policy.version },
    berakhlak: BERAKHLAK,
    assessment: assessment ?? null,
    /** The period is closed but this person was not assessed: the assessment may still be made (late-assessment.ts). */
    lateAssessment: awaitingLate !== undefined,
  };
}

export async function saveAssessment(actor: Actor, nip: string, periodId: string, input: AssessmentInput, expectedVersion: number, now: Date) {
  const period = await periodOrThrow(periodId);
  await assertAssessable(period, nip);
  const derived = await rosterEntryFor(nip, periodId, now);
  assertSupervisorOfRecord(derived, actor.nip);
  const roster = await recordRosterEntry(derived);
  assertSupervisorOfRecord(roster, actor.nip);
  const [{ suggested }, current] = await Promise.all([progressFor(roster, period), getAssessment(nip, periodId)]);
  const next = draftAssessment(current, roster, actor.nip, input, suggested, expectedVersion, policy, now);
  await saveAssessmentIfVersion(next, current?.version ?? 0, {
    actorNip: actor.nip,
    action: 'ASSESSMENT_SAVED',
    at: now.toISOString(),
    before: current,
    after: next,
    ...(next.hasilKerja.reason ? { reason: next.hasilKerja.reason } : {}),
  });
  return next;
}

export async function finalizeOwnTeamAssessment(actor: Actor, nip: string, periodId: string, expectedVersion: number, now: Date) {
  const period = await periodOrThrow(periodId);
  const awaitingLate = await assertAssessable(period, nip);
  const roster = await rosterEntryFor(nip, periodId, now);
  const current = await getAssessment(nip, periodId);
  const next = finalizeAssessment(current, roster, actor.nip, expectedVersion, now);
  if (awaitingLate) {
    await finalizeLateAssessment(actor.nip, roster, current!, next, awaitingLate, now);
    return next;
  }
  await saveAssessmentIfVersion(next, current!.version, { actorNip: actor.nip, action: 'ASSESSMENT_FINALIZED', at: now.toISOString(), before: current, after: next });
  return next;
}

/**
 * The people the caller assesses in a period, with each one's status: those on the period's roster under
 * the caller, plus current direct reports who joined after the roster was recorded (as their profile says; read-only).
 */
export async function listTeamAssessments(actor: Actor, periodId: string, now: Date) {
  await periodOrThrow(periodId);
  const [rostered, direct] = await Promise.all([listAssessedBy(actor.nip, periodId), queryAllPages((page) => listDirectReports(actor.nip, page))]);
  const known = new Set(rostered.map((entry) => entry.nip));
  const unrecorded = direct.filter((employee) => !known.has(employee.nip));
  const elsewhere = await getRosterEntries(unrecorded.map((e) => e.nip), periodId);
  const joined = await Promise.all(unrecorded.filter((e) => !elsewhere.has(e.nip)).map((e) => rosterEntryFor(e.nip, periodId, now)));
  const team = [...rostered, ...joined.filter((entry) => entry.supervisorNip === actor.nip)];
  const assessments = await getAssessments(team.map((entry) => entry.nip), periodId);
  return {
    items: team
      .map((entry) => {
        const assessment = assessments.get(entry.nip);
        return {
          nip: entry.nip,
          name: entry.name,
          jabatan: entry.jabatan,
          status: assessment ? assessment.status : 'BELUM_DINILAI',
          predikat: assessment?.predikat ?? null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'id')),
  };
}
