import { ulid } from 'ulid';
import { assessmentItem } from '../../shared/data/assessment-repository.ts';
import { putAll } from '../../shared/data/batch.ts';
import { markClosed, markClosedEventPublished, markClosing, recordUnitScored } from '../../shared/data/close-repository.ts';
import { createPeriod, getPeriod } from '../../shared/data/period-repository.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
import { putResults } from '../../shared/data/result-repository.ts';
import { listUnitRoster } from '../../shared/data/roster-repository.ts';
import type { Assessment } from '../../shared/domain/assessment.ts';
import { DEFAULT_ASSESSMENT_POLICY, numericScore } from '../../shared/domain/assessment-policy.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { DEFAULT_CONSEQUENCE_POLICY } from '../../shared/domain/consequence-policy.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import { predikatOf, type Rating } from '../../shared/domain/quadrant.ts';
import type { RosterEntry } from '../../shared/domain/roster.ts';
import { markTopPerformers, scoreEmployee } from '../../shared/domain/result.ts';
import { addDays, witaInstant } from '../../shared/domain/time.ts';
import { unitScoredSummary } from '../../shared/domain/unit-scored.ts';
import type { PeriodSettings } from '../../shared/services/periods.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { seededRandom, type DemoOrganisation } from './demo-org.ts';

/**
 * A little history for a fresh demo: the last few periods that have passed their closesAt, closed, so the
 * public transparency page, the results exports and the unit reports have something to show from the first
 * start. Each runs through the repositories a real period uses: opened with its roster, one report by most
 * people (in the open period, as the form writes it), final assessments, results scored by the close's own
 * rules, the units counted, CLOSED with PeriodClosed counted as published. No events are sent, so nobody is emailed
 * about a past the demo invented. Each period is OPEN past its closesAt for a few seconds, so no close may run
 * meanwhile: `npm start` runs it after the system is up, with the schedules paused until it is done.
 */
const HISTORY_PERIODS = 3;
const SAMPLE_ACTIVITY = 'Menyusun laporan kegiatan bulanan bidang';

export async function seedClosedHistory(org: DemoOrganisation, now: Date, settings: PeriodSettings): Promise<string[]> {
  const seeded: string[] = [];
  for (const period of pastPeriods(now, settings)) {
    if (await getPeriod(period.periodId)) continue;
    await seedClosedPeriod(org, period);
    seeded.push(period.periodId);
  }
  return seeded;
}

/** The most recent periods of the configured kind whose close time has passed, oldest first. */
function pastPeriods(now: Date, settings: PeriodSettings): Period[] {
  const found: Period[] = [];
  const perYear = settings.kind === 'BULANAN' ? 12 : 4;
  let year = Number(now.toISOString().slice(0, 4));
  let index = settings.kind === 'BULANAN' ? Number(now.toISOString().slice(5, 7)) : Math.ceil(Number(now.toISOString().slice(5, 7)) / 3);
  while (found.length < HISTORY_PERIODS && year > 2020) {
    const period = definePeriod(settings.kind, year, index, settings.graceDays);
    if (period.closesAt <= now.toISOString()) found.unshift(period);
    index -= 1;
    if (index === 0) [year, index] = [year - 1, perYear];
  }
  return found;
}

async function seedClosedPeriod(org: DemoOrganisation, period: Period): Promise<void> {
  const random = seededRandom(Number(period.periodId.replace(/\D/g, '')));
  const closedAt = new Date(period.closesAt);
  await createPeriod({ ...period, status: 'OPEN' });
  await recordPeriodRoster(period.periodId, witaInstant(period.startsOn, 0, 5));

  const reporters = new Set(org.employees.filter(() => random() < 0.88).map((e) => e.nip));
  const writes = [...reporters].map((nip, i) => async () => {
    const date = addDays(period.startsOn, i % 20);
    const createdAt = witaInstant(date, 15, 0).toISOString();
    await putReportInOpenPeriod({ reportId: ulid(Date.parse(createdAt)), nip, periodId: period.periodId, date, activity: SAMPLE_ACTIVITY, status: 'DIAJUKAN', createdAt, version: 1 });
  });
  for (let start = 0; start < writes.length; start += 25) await Promise.all(writes.slice(start, start + 25).map((write) => write()));

  const scored = [];
  for (const unit of org.units) {
    const roster = await listUnitRoster(period.periodId, unit.unitId);
    const assessments = roster.flatMap((entry) => (entry.supervisorNip && random() >= 0.05 ? [finalAssessment(entry, entry.supervisorNip, period, random)] : []));
    await putAll(assessments.map(assessmentItem));
    const byNip = new Map(assessments.map((a) => [a.nip, a]));
    const results = markTopPerformers(
      roster.map((entry) => scoreEmployee(entry, byNip.get(entry.nip), [], DEFAULT_CONSEQUENCE_POLICY, closedAt)),
      DEFAULT_CONSEQUENCE_POLICY,
    );
    await putResults(results);
    const reported = roster.filter((entry) => reporters.has(entry.nip)).length;
    scored.push(unitScoredSummary(unit.unitId, results, { reported, orgPredikat: unit.orgPredikat, scoredAt: closedAt }));
  }
  // Everything is written before the period leaves OPEN, so the close steps follow each other in about a second.
  await markClosing(period.periodId, org.units.map((unit) => unit.unitId), closedAt);
  for (const summary of scored) await recordUnitScored(period.periodId, summary);
  await markClosed(period.periodId, closedAt);
  // PeriodClosed is not sent (nobody is told about an invented past), but counted as sent, as a real close marks it
  // after announcing: otherwise the next close run would announce it, and a reopen would wait for that.
  await markClosedEventPublished(period.periodId);
}

/** A supervisor's final assessment, drawn with a realistic spread: mostly Sesuai, some above, a few below. */
function finalAssessment(entry: RosterEntry, assessorNip: string, period: Period, random: () => number): Assessment {
  const pick = (weights: readonly [Rating, number][]): Rating => {
    let roll = random();
    for (const [rating, weight] of weights) if ((roll -= weight) < 0) return rating;
    return weights.at(-1)![0];
  };
  const hasilKerja = pick([['DI_ATAS', 0.18], ['SESUAI', 0.72], ['DI_BAWAH', 0.1]]);
  const perilaku = pick([['DI_ATAS', 0.2], ['SESUAI', 0.76], ['DI_BAWAH', 0.04]]);
  const at = witaInstant(addDays(period.endsOn, 2), 10).toISOString();
  return {
    nip: entry.nip,
    periodId: period.periodId,
    assessorNip,
    unitId: entry.unitId,
    jabatan: entry.jabatan,
    hasilKerja: { rating: hasilKerja },
    perilaku: { rating: perilaku, suggested: perilaku, values: Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku])) as Assessment['perilaku']['values'] },
    feedback: 'Pertahankan kinerja dan lengkapi bukti dukung setiap kegiatan.',
    predikat: predikatOf(hasilKerja, perilaku),
    score: numericScore(hasilKerja, perilaku, DEFAULT_ASSESSMENT_POLICY),
    policyVersion: DEFAULT_ASSESSMENT_POLICY.version,
    status: 'FINAL',
    version: 2,
    updatedAt: at,
    finalizedAt: at,
  };
}
