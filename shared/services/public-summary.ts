import { getClosingPeriod, listScoredUnits } from '../data/close-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { Conflict, NotFound } from '../domain/errors.ts';
import { PREDIKATS, PREDIKAT_LABELS } from '../domain/quadrant.ts';
import { suppress, type Cell } from '../domain/suppression.ts';

const COLUMNS = [...PREDIKATS, 'BELUM_DINILAI'] as const;
const POOR = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

/**
 * What the public may see of a closed period, per OPD: how many were assessed, the predikat distribution,
 * the reporting rate, awards and pembinaan, and the unit's own predikat. Counts under the threshold are
 * suppressed (with complementary cells) so no person can be singled out; nothing names anyone.
 */
export async function publicSummary(periodId: string, threshold: number) {
  const period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status !== 'CLOSED') throw new Conflict(`Periode ${period.name} belum ditutup; ringkasan terbit setelah penilaian selesai.`);
  const [units, scored] = await Promise.all([listUnits(), listScoredUnits(periodId)]);
  const names = new Map(units.map((u) => [u.unitId, u]));
  const published = scored.filter((unit) => unit.employees >= threshold);
  const table = suppress(
    published.map((unit) => COLUMNS.map((column) => unit.counts[column] ?? 0)),
    threshold,
  );
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
  const rows = published.map((unit, r) => {
    const cells = table.cells[r]!;
    const count = (column: (typeof COLUMNS)[number]) => cells[COLUMNS.indexOf(column)]!;
    return {
      unitId: unit.unitId,
      unitName: names.get(unit.unitId)?.name ?? unit.unitId,
      orgPredikat: names.get(unit.unitId)?.orgPredikat ?? null,
      employees: unit.employees,
      distribution: Object.fromEntries(COLUMNS.map((column) => [column, count(column)])) as Record<(typeof COLUMNS)[number], Cell>,
      reportingRatePercent: share(unit.reported ?? 0, unit.employees),
      awards: count('SANGAT_BAIK'),
      // A sum over cells would give a hidden one back by subtraction, so it is published only when all its parts are.
      pembinaan: POOR.every((p) => typeof count(p) === 'number') ? POOR.reduce((sum, p) => sum + (count(p) as number), 0) : null,
    };
  });
  return {
    period: { periodId, name: period.name, closedAt: period.closedAt ?? null },
    threshold,
    labels: { ...PREDIKAT_LABELS, BELUM_DINILAI: 'Belum dinilai' },
    units: rows,
    /** Units too small to publish without singling someone out. */
    unitsWithheld: scored.length - published.length,
    cityTotals: Object.fromEntries(COLUMNS.map((column, c) => [column, table.columnTotals[c] ?? null])),
    source: 'e-Kinerja BKPSDM Kota Kendari: hasil penilaian kinerja pegawai yang telah ditutup.',
  };
}
