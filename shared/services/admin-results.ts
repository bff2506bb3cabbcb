import { listUnitResults } from '../data/result-repository.ts';
import { toCsv } from '../domain/csv-export.ts';
import { tppKinerja, type TppSettings } from '../domain/incentive.ts';
import { PREDIKAT_LABELS, RATING_LABELS } from '../domain/quadrant.ts';
import type { Result } from '../domain/result.ts';
import type { Actor } from '../domain/roles.ts';
import { unitVisibleTo } from './unit-access.ts';

const DECISION_LABELS = { PENGHARGAAN: 'Penghargaan', TERBAIK: 'Pegawai Berkinerja Terbaik', PEMBINAAN: 'Pembinaan', REKOMENDASI_SANKSI: 'Rekomendasi sanksi', BELUM_DINILAI: 'Belum dinilai' } as const;

/** One unit's results in a period, by name: for admins and auditors, and for the unit's own head. */
export async function unitResultsFor(actor: Actor, periodId: string, unitId: string, tpp: TppSettings | undefined) {
  await unitVisibleTo(actor, unitId);
  const results = (await listUnitResults(periodId, unitId)).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { periodId, unitId, items: results.map((r) => ({ ...r, tpp: tppKinerja(r.incentiveFactor, tpp) ?? null })) };
}

export function resultsCsv(items: readonly (Result & { tpp: { amount: number; breakdown: string } | null })[]): string {
  return toCsv(
    ['nip', 'nama', 'jabatan', 'unit', 'hasil_kerja', 'perilaku', 'predikat', 'nilai', 'faktor_insentif', 'tpp_kinerja', 'rincian_tpp', 'keputusan', 'revisi'],
    items.map((r) => [
      r.nip,
      r.name,
      r.jabatan,
      r.unitId,
      r.hasilKerja ? RATING_LABELS[r.hasilKerja] : null,
      r.perilaku ? RATING_LABELS[r.perilaku] : null,
      r.predikat ? PREDIKAT_LABELS[r.predikat] : 'Belum dinilai',
      r.score ?? null,
      r.incentiveFactor,
      r.tpp?.amount ?? null,
      r.tpp?.breakdown ?? null,
      r.decisions.map((d) => DECISION_LABELS[d.kind]).join(', '),
      r.revision,
    ]),
  );
}
