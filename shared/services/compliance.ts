import { deleteComplianceExclusion, listComplianceExclusions, putComplianceExclusion } from '../data/compliance-exclusion-repository.ts';
import { getPeriod } from '../data/period-repository.ts';
import { reportCountsOf } from '../data/report-totals-repository.ts';
import { getRosterEntry, listUnitRoster } from '../data/roster-repository.ts';
import { complianceView, type ComplianceExclusion, type ExclusionReason } from '../domain/compliance.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Period } from '../domain/period.ts';
import { hasRole, type Actor } from '../domain/roles.ts';
import { unitVisibleTo } from './unit-access.ts';

async function periodOrThrow(periodId: string): Promise<Period> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  return period;
}

/**
 * Who in a unit reports, for the head of the unit and BKPSDM: the roster of record, each person's report
 * counts (kept as reports change) and the exclusions. Three requests whatever the unit's size: Query, BatchGet, Query.
 */
export async function unitCompliance(actor: Actor, unitId: string, periodId: string, now: Date) {
  const [unit, period] = await Promise.all([unitVisibleTo(actor, unitId), periodOrThrow(periodId)]);
  const [roster, exclusions] = await Promise.all([listUnitRoster(periodId, unitId), listComplianceExclusions(periodId, unitId)]);
  const reporting = await reportCountsOf(roster.map((entry) => entry.nip), periodId);
  return { unit: { unitId: unit.unitId, name: unit.name }, period: { periodId: period.periodId, name: period.name, status: period.status }, asOf: now.toISOString(), ...complianceView(roster, reporting, exclusions, now) };
}

/** Exclusions are decided by the head of the unit or BKPSDM; an auditor only reads. */
async function unitManagedBy(actor: Actor, unitId: string) {
  const unit = await unitVisibleTo(actor, unitId);
  if (!hasRole(actor, 'admin') && !(hasRole(actor, 'pimpinan') && unit.headNip === actor.nip)) {
    throw new Forbidden('Hanya pimpinan unit atau admin BKPSDM yang dapat mengubah daftar pengecualian.');
  }
  return unit;
}

async function onUnitRoster(unitId: string, periodId: string, nip: string) {
  const entry = await getRosterEntry(nip, periodId);
  if (entry?.unitId !== unitId) throw new NotFound(`Pegawai dengan NIP ${nip} tidak tercatat di unit ini pada periode ${periodId}.`);
  return entry;
}

export async function excludeFromCompliance(actor: Actor, unitId: string, nip: string, input: { periodId: string; reason: ExclusionReason; note?: string }, now: Date): Promise<ComplianceExclusion> {
  await unitManagedBy(actor, unitId);
  await periodOrThrow(input.periodId);
  await onUnitRoster(unitId, input.periodId, nip);
  const exclusion: ComplianceExclusion = {
    periodId: input.periodId,
    unitId,
    nip,
    reason: input.reason,
    ...(input.note ? { note: input.note } : {}),
    excludedBy: actor.nip,
    excludedAt: now.toISOString(),
  };
  await putComplianceExclusion(exclusion);
  return exclusion;
}

export async function includeInCompliance(actor: Actor, unitId: string, nip: string, periodId: string): Promise<void> {
  await unitManagedBy(actor, unitId);
  if (!(await deleteComplianceExclusion(periodId, unitId, nip))) throw new NotFound('Pegawai ini tidak ada dalam daftar pengecualian periode tersebut.');
}
