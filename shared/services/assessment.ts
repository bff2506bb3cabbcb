import { getAssessment, getAssessments, saveAssessmentIfVersion } from '../data/assessment-repository.ts';
import { listDirectReports } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { getPeriod } from '../data/period-repository.ts';
import { realizationByIndicator } from '../data/report-totals-repository.ts';
import { getRosterEntries, listAssessedBy } from '../data/roster-repository.ts';
import { getApprovedSkp } from '../data/skp-repository.ts';
import { indicatorProgress } from '../domain/achievements.ts';
import { draftAssessment, finalizeAssessment, type AssessmentInput } from '../domain/assessment.ts';
import { DEFAULT_ASSESSMENT_POLICY, suggestHasilKerja } from '../domain/assessment-policy.ts';
import { BERAKHLAK } from '../domain/berakhlak.ts';
import { NotFound, PeriodClosed } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import type { Actor } from '../domain/roles.ts';
import { assertSupervisorOfRecord, type RosterEntry } from '../domain/roster.ts';
import { recordRosterEntry, rosterEntryFor } from './roster.ts';

const policy = DEFAULT_ASSESSMENT_POLICY;

async function periodOrThrow(periodId: string): Promise<Period> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  return period;
}

function assertOpen(period: Period): void {
  if (period.status !== 'OPEN') throw new PeriodClosed(`Periode ${period.name} sudah ditutup; penilaian tidak dapat diubah lagi.`, { periodId: period.periodId });
}

async function progressFor(roster: RosterEntry, period: Period) {
  const [skp, realized] = await Promise.all([
    getApprovedSkp(roster.nip, period.year),
    realizationByIndicator(roster.nip, period.kind === 'TAHUNAN' ? { year: period.year } : { periodId: period.periodId }),
  ]);
  const indicators = indicatorProgress(skp, realized);
  return { indicators, suggested: suggestHasilKerja(indicators, policy) };
}

/** What the assessor needs on one screen: who, the achievements, the suggestion, the BerAKHLAK guide, the record so far. */
export async function assessmentWorkspace(actor: Actor, nip: string, periodId: string, now: Date) {
  const period = await periodOrThrow(periodId);
  const roster = await rosterEntryFor(nip, periodId, now);
  assertSupervisorOfRecord(roster, actor.nip);
  const [{ indicators, suggested }, assessment] = await Promise.all([progressFor(roster, period), getAssessment(nip, periodId)]);
  return {
    period,
    employee: roster,
    indicators,
    suggestion: { hasilKerja: suggested ?? null, policyVersion: policy.version },
    berakhlak: BERAKHLAK,
    assessment: assessment ?? null,
  };
}

export async function saveAssessment(actor: Actor, nip: string, periodId: string, input: AssessmentInput, expectedVersion: number, now: Date) {
  const period = await periodOrThrow(periodId);
  assertOpen(period);
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
  assertOpen(period);
  const roster = await rosterEntryFor(nip, periodId, now);
  const current = await getAssessment(nip, periodId);
  const next = finalizeAssessment(current, roster, actor.nip, expectedVersion, now);
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
