import { closeRoundOf, getClosingPeriod, listScoredUnits, type UnitScoredSummary } from '../data/close-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { Conflict, NotFound } from '../domain/errors.ts';
import type { Unit } from '../domain/people.ts';
import { PREDIKAT_LABELS } from '../domain/quadrant.ts';
import { DISTRIBUTION_KEYS, type DistributionKey } from '../domain/unit-report.ts';
import { suppress, type Cell } from '../domain/suppression.ts';

const COLUMNS = DISTRIBUTION_KEYS;
type Column = DistributionKey;
const POOR = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

export const PUBLIC_LABELS: Readonly<Record<Column, string>> = { ...PREDIKAT_LABELS, BELUM_DINILAI: 'Belum dinilai' };
export const PUBLIC_SOURCE = 'e-Kinerja BKPSDM Kota Kendari: hasil penilaian kinerja pegawai yang telah ditutup.';

/** The close, or a later late assessment or keberatan decision that moved a unit's counts, whichever came last. */
function lastChange(closedAt: string | undefined, scored: readonly UnitScoredSummary[]): string | null {
  return scored.reduce<string | null>((latest, unit) => (unit.updatedAt && (!latest || unit.updatedAt > latest) ? unit.updatedAt : latest), closedAt ?? null);
}

/**
 * What the public may see of a closed period, per OPD: how many were assessed, the predikat distribution,
 * the reporting rate, awards and pembinaan, and the unit's own predikat. Counts under the threshold are
 * suppressed (with complementary cells) so no person can be singled out; nothing names anyone.
 */
export async function publicSummary(periodId: string, threshold: number) {
  const period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status !== 'CLOSED') throw new Conflict(`Periode ${period.name} belum ditutup; ringkasan terbit setelah penilaian selesai.`);
  const [units, scored] = await Promise.all([listUnits(), listScoredUnits(periodId, closeRoundOf(period))]);
  return {
    period: { periodId, name: period.name, kind: period.kind, closedAt: period.closedAt ?? null, updatedAt: lastChange(period.closedAt, scored) },
    ...publishedTable(units, scored, threshold),
    source: PUBLIC_SOURCE,
  };
}

/**
 * The suppressed table of one period: units big enough to publish, by name, with their cells, and the city's
 * figures over those units. The employees and reporters of withheld units count nowhere, or subtracting the
 * published units from the city would give them back.
 */
export function publishedTable(units: readonly Unit[], scored: readonly UnitScoredSummary[], threshold: number) {
  const names = new Map(units.map((u) => [u.unitId, u]));
  const nameOf = (unit: UnitScoredSummary) => names.get(unit.unitId)?.name ?? unit.unitId;
  const published = scored.filter((unit) => unit.employees >= threshold).sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'id'));
  const table = suppress(
    published.map((unit) => COLUMNS.map((column) => unit.counts[column] ?? 0)),
    threshold,
  );
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
  const rows = published.map((unit, r) => {
    const cells = table.cells[r]!;
    const count = (column: Column) => cells[COLUMNS.indexOf(column)]!;
    return {
      unitId: unit.unitId,
      unitName: nameOf(unit),
      orgPredikat: names.get(unit.unitId)?.orgPredikat ?? null,
      employees: unit.employees,
      distribution: Object.fromEntries(COLUMNS.map((column) => [column, count(column)])) as Record<Column, Cell>,
      reportingRatePercent: share(unit.reported ?? 0, unit.employees),
      awards: count('SANGAT_BAIK'),
      // A sum over cells would give a hidden one back by subtraction, so it is published only when all its parts are.
      pembinaan: POOR.every((p) => typeof count(p) === 'number') ? POOR.reduce((sum, p) => sum + (count(p) as number), 0) : null,
    };
  });
  const cityEmployees = published.reduce((sum, unit) => sum + unit.employees, 0);
  return {
    threshold,
    labels: PUBLIC_LABELS,
    units: rows,
    /** Units too small to publish without singling someone out. */
    unitsWithheld: scored.length - published.length,
    cityEmployees,
    cityReportingRatePercent: share(
      published.reduce((sum, unit) => sum + (unit.reported ?? 0), 0),
      cityEmployees,
    ),
    cityTotals: Object.fromEntries(COLUMNS.map((column, c) => [column, table.columnTotals[c] ?? null])) as Record<Column, number | null>,
  };
}
