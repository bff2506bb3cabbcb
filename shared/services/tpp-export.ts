import { getPeriod } from '../data/period-repository.ts';
import { listUnitResults } from '../data/result-repository.ts';
import { listUnits } from '../data/unit-repository.ts';
import { toCsv } from '../domain/csv-export.ts';
import { Conflict, NotFound } from '../domain/errors.ts';
import { tppInput, type TppSettings } from '../domain/incentive.ts';
import { PREDIKAT_LABELS } from '../domain/quadrant.ts';

const NOT_CONFIGURED = 'Besaran dasar TPP dan bobot kinerja belum ditetapkan (TPP_BASE_AMOUNT, TPP_KINERJA_WEIGHT sesuai Perwali); jumlah belum dapat dihitung.';

/**
 * Payroll's TPP input for a closed period: one row per employee of every OPD (or one), by OPD then name, with
 * predikat and incentive factor and, once the Perwali figures are configured, the kinerja amount and its
 * breakdown. One query per OPD (about 42), results only: nothing a person typed is re-read.
 */
export async function tppExportCsv(periodId: string, unitId: string | undefined, settings: TppSettings | undefined): Promise<string> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status !== 'CLOSED') throw new Conflict(`Periode ${period.name} belum ditutup; data TPP tersedia setelah hasil penilaian ditetapkan.`);
  const units = (await listUnits()).filter((unit) => !unitId || unit.unitId === unitId);
  if (unitId && units.length === 0) throw new NotFound(`Unit ${unitId} tidak ditemukan.`);
  const rows: (string | number | null)[][] = [];
  for (const unit of units) {
    const results = (await listUnitResults(periodId, unit.unitId)).sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
    for (const r of results) {
      const tpp = settings ? tppInput(r.incentiveFactor, settings) : undefined;
      rows.push([
        r.nip,
        r.name,
        r.jabatan,
        unit.unitId,
        unit.name,
        r.predikat ? PREDIKAT_LABELS[r.predikat] : 'Belum dinilai',
        r.incentiveFactor,
        tpp?.baseAmount ?? null,
        tpp?.kinerjaWeight ?? null,
        tpp?.kinerjaAmount ?? null,
        tpp?.disiplinWeight ?? null,
        tpp?.disiplinCeiling ?? null,
        tpp?.breakdown ?? NOT_CONFIGURED,
        r.revision,
      ]);
    }
  }
  return toCsv(
    ['nip', 'nama', 'jabatan', 'unit_id', 'unit', 'predikat', 'faktor_insentif', 'tpp_dasar', 'bobot_kinerja', 'tpp_kinerja', 'bobot_disiplin', 'tpp_disiplin_maks', 'rincian', 'revisi_hasil'],
    rows,
  );
}
