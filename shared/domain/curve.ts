import { PREDIKAT_LABELS, type Predikat } from './quadrant.ts';

/**
 * The distribution curve (kurva distribusi): the unit's own predikat limits how employee predikats may be spread.
 * The figures rest on one secondary source restating a MenPANRB circular (DOMAIN.md), so the system warns, it never blocks.
 */
export const ORG_PREDIKATS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

type Rule = { readonly predikats: readonly Predikat[] } & ({ readonly atMost: number } | { readonly atLeast: number } | { readonly atLeastCount: number });

export const DEFAULT_CURVE: Readonly<Record<OrgPredikat, readonly Rule[]>> = {
  ISTIMEWA: [{ predikats: ['SANGAT_BAIK'], atMost: 0.7 }],
  BAIK: [
    { predikats: ['BAIK'], atMost: 0.7 },
    { predikats: ['BUTUH_PERBAIKAN', 'KURANG'], atLeastCount: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { predikats: ['BUTUH_PERBAIKAN'], atLeast: 0.6 },
    { predikats: ['SANGAT_BAIK'], atMost: 0.1 },
  ],
  KURANG: [
    { predikats: ['KURANG'], atLeast: 0.6 },
    { predikats: ['BUTUH_PERBAIKAN'], atLeast: 0.1 },
    { predikats: ['SANGAT_BAIK'], atMost: 0.1 },
  ],
  SANGAT_KURANG: [
    { predikats: ['SANGAT_KURANG'], atLeast: 0.6 },
    { predikats: ['KURANG', 'BUTUH_PERBAIKAN'], atLeast: 0.1 },
    { predikats: ['SANGAT_BAIK'], atMost: 0 },
  ],
};

/** Indonesian warnings for every rule of the curve the unit's spread breaks; empty when it fits. */
export function curveWarnings(counts: Readonly<Partial<Record<Predikat, number>>>, orgPredikat: OrgPredikat | undefined, curve = DEFAULT_CURVE): string[] {
  if (!orgPredikat) return [];
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) return [];
  return curve[orgPredikat].flatMap((rule) => {
    const count = rule.predikats.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
    const names = rule.predikats.map((p) => PREDIKAT_LABELS[p]).join(' dan/atau ');
    const percent = (share: number) => `${(share * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })} %`;
    if ('atMost' in rule && count / total > rule.atMost) return [`${names} ${percent(count / total)}, melebihi batas ${percent(rule.atMost)}.`];
    if ('atLeast' in rule && count / total < rule.atLeast) return [`${names} ${percent(count / total)}, kurang dari minimal ${percent(rule.atLeast)}.`];
    if ('atLeastCount' in rule && count < rule.atLeastCount) return [`Belum ada pegawai dengan predikat ${names}, padahal kurva mensyaratkan paling sedikit ${rule.atLeastCount}.`];
    return [];
  });
}
