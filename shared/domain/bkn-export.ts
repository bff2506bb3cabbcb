import { indicatorProgress, type IndicatorProgress, type RealizationTotal } from './achievements.ts';
import type { Period } from './period.ts';
import type { Predikat, Rating } from './quadrant.ts';
import type { Result } from './result.ts';
import type { Skp } from './skp.ts';

/**
 * Rows for the national e-Kinerja (kinerja.bkn.go.id), one per SKP indicator, so what was planned, realised and
 * rated here need not be typed again. A person without an approved plan still gets a row, saying so.
 * `target` is the annual target of the SKP; `target_periode`, `realisasi` and `capaian_persen` are the period's
 * figures under achievements.ts's rule (a share of the year for what accumulates, an average for levels).
 */
export const BKN_HEADER = [
  'nip', 'nama', 'jabatan', 'unit', 'periode', 'jenis_rhk', 'rencana_hasil_kerja', 'rhk_atasan_diintervensi', 'indikator', 'aspek', 'target', 'target_periode',
  'satuan', 'realisasi', 'capaian_persen', 'rating_hasil_kerja', 'rating_perilaku', 'predikat', 'umpan_balik', 'revisi_skp', 'keterangan',
] as const;

const ASPEK_LABELS = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' } as const;
const RHK_LABELS = { UTAMA: 'Utama', TAMBAHAN: 'Tambahan' } as const;

export interface BknPerson {
  readonly result: Result;
  readonly period: Pick<Period, 'name' | 'kind'>;
  readonly unitName: string;
  readonly skp: Skp | undefined;
  readonly realized: ReadonlyMap<string, RealizationTotal>;
}

type Cell = string | number | null;

export function bknRows(person: BknPerson, labels: { predikat: Readonly<Record<Predikat, string>>; rating: Readonly<Record<Rating, string>> }): Cell[][] {
  const { result, skp } = person;
  const who: Cell[] = [result.nip, result.name, result.jabatan, person.unitName, person.period.name];
  const rated: Cell[] = [
    result.hasilKerja ? labels.rating[result.hasilKerja] : null,
    result.perilaku ? labels.rating[result.perilaku] : null,
    result.predikat ? labels.predikat[result.predikat] : 'Belum dinilai',
    result.feedback ?? null,
  ];
  if (!skp) return [[...who, null, null, null, null, null, null, null, null, null, null, ...rated, null, 'SKP tahun ini belum disetujui atasan.']];
  const progress = new Map(indicatorProgress(skp, person.realized, person.period.kind).map((p) => [p.indicatorId, p]));
  return skp.rhk.flatMap((rhk) =>
    rhk.indicators.map((indicator) => {
      const done = progress.get(indicator.indicatorId)!;
      return [
        ...who,
        RHK_LABELS[rhk.kind],
        rhk.text,
        rhk.intervensiRhkId ?? null,
        indicator.name,
        ASPEK_LABELS[indicator.aspek],
        indicator.target,
        done.periodTarget,
        indicator.satuan,
        done.achievement === undefined ? null : done.realization,
        done.achievement ?? null,
        ...rated,
        skp.revision,
        remarkOn(done),
      ];
    }),
  );
}

function remarkOn(progress: IndicatorProgress): string | null {
  if (progress.achievement === undefined) return 'Belum ada realisasi yang dilaporkan pada periode ini.';
  return progress.measure === 'RATA_RATA' ? 'Realisasi adalah rata-rata laporan periode ini, dibandingkan dengan target tahunan.' : null;
}
