import { getClosingPeriod } from '../data/close-repository.ts';
import { getAssessments } from '../data/assessment-repository.ts';
import { getEmployees } from '../data/employee-repository.ts';
import { reportCountsOf } from '../data/report-totals-repository.ts';
import { listUnitResults } from '../data/result-repository.ts';
import { listUnitRoster } from '../data/roster-repository.ts';
import { NotFound } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import { composeUnitReport } from '../domain/unit-report.ts';
import { unitVisibleTo } from './unit-access.ts';

/**
 * A unit's period report for its head to sign off (and for BKPSDM admins and Inspektorat auditors): read from the
 * roster of record, the assessments, the results once scored, and the running report counts. A handful of queries
 * and BatchGets, however large the unit.
 */
export async function unitReport(actor: Actor, unitId: string, periodId: string, now: Date) {
  const unit = await unitVisibleTo(actor, unitId);
  const period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  const roster = await listUnitRoster(periodId, unitId);
  const nips = roster.map((entry) => entry.nip);
  const [assessments, results, counts] = await Promise.all([
    getAssessments(nips, periodId),
    period.status === 'OPEN' ? Promise.resolve([]) : listUnitResults(periodId, unitId),
    period.kind === 'TAHUNAN' ? Promise.resolve(undefined) : reportCountsOf(nips, periodId),
  ]);
  const supervisors = [...new Set(roster.flatMap((entry) => (entry.supervisorNip ? [entry.supervisorNip] : [])))];
  const profiles = await getEmployees([...new Set([...supervisors, ...(unit.headNip ? [unit.headNip] : [])])]);
  const head = unit.headNip ? profiles.get(unit.headNip) : undefined;
  const report = composeUnitReport({
    roster,
    assessments,
    results,
    orgPredikat: unit.orgPredikat,
    reporters: counts && new Set([...counts.values()].filter((c) => c.reports > 0).map((c) => c.nip)),
    names: new Map([...profiles.values()].map((person) => [person.nip, person.name])),
  });
  return {
    unit: { unitId: unit.unitId, name: unit.name, orgPredikat: unit.orgPredikat ?? null },
    period: { periodId, name: period.name, kind: period.kind, status: period.status, closedAt: period.closedAt ?? null },
    ...report,
    signOff: head ? { nip: head.nip, name: head.name, jabatan: head.jabatan } : null,
    generatedAt: now.toISOString(),
  };
}
