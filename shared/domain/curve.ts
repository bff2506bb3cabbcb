import { PREDIKAT_LABELS, type Predikat } from './quadrant.ts';

/**
 * The distribution curve (kurva distribusi): the unit's own predikat limits how employee predikats may be spread.
 * The figures rest on one secondary source restating a MenPANRB circular (DOMAIN.md), so the system warns, it never blocks.
 */
export const ORG_PREDIKATS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

export const ORG_PREDIKAT_LABELS: Readonly<Record<OrgPredikat, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

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

/** One rule of the curve against a unit's spread: what it asks, what the unit has, and, when broken, the warning. */
export interface CurveRuleCheck {
  readonly rule: string;
  /** The share of the unit the rule's predikats hold, in percent (one decimal). */
  readonly actualPercent: number;
  readonly count: number;
  readonly ok: boolean;
  readonly warning?: string;
}

/** Every rule of the unit's curve, checked against its spread; empty without an organisation predikat or anyone counted. */
export function curveCheck(counts: Readonly<Partial<Record<string, number>>>, orgPredikat: OrgPredikat | undefined, curve = DEFAULT_CURVE): CurveRuleCheck[] {
  if (!orgPredikat) return [];
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) return [];
  const percent = (share: number) => `${(share * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })} %`;
  return curve[orgPredikat].map((rule) => {
    const count = rule.predikats.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
    const share = count / total;
    const names = rule.predikats.map((p) => PREDIKAT_LABELS[p]).join(' dan/atau ');
    const base = { count, actualPercent: Math.round(share * 1000) / 10 };
    if ('atMost' in rule) {
      const ok = share <= rule.atMost;
      return { ...base, rule: `${names} paling banyak ${percent(rule.atMost)}`, ok, ...(ok ? {} : { warning: `${names} ${percent(share)}, melebihi batas ${percent(rule.atMost)}.` }) };
    }
    if ('atLeast' in rule) {
      const ok = share >= rule.atLeast;
      return { ...base, rule: `${names} paling sedikit ${percent(rule.atLeast)}`, ok, ...(ok ? {} : { warning: `${names} ${percent(share)}, kurang dari minimal ${percent(rule.atLeast)}.` }) };
    }
    const ok = count >= rule.atLeastCount;
    return {
      ...base,
      rule: `${names} paling sedikit ${rule.atLeastCount} pegawai`,
      ok,
      ...(ok ? {} : { warning: `Belum ada pegawai dengan predikat ${names}, padahal kurva mensyaratkan paling sedikit ${rule.atLeastCount}.` }),
    };
  });
}

/** Indonesian warnings for every rule of the curve the unit's spread breaks; empty when it fits. */
export function curveWarnings(counts: Readonly<Partial<Record<string, number>>>, orgPredikat: OrgPredikat | undefined, curve = DEFAULT_CURVE): string[] {
  return curveCheck(counts, orgPredikat, curve).flatMap((check) => (check.warning ? [check.warning] : []));
}
