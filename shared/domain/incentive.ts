/**
 * The kinerja part of TPP for one result: base × kinerja weight × incentive factor. Each region sets its own
 * base and weight in a Perwali (60/40 and 40/60 are both seen; Kendari's were not found), so both are
 * configuration and the breakdown travels with the amount, for a person to see why it is what it is.
 * The rest of the base (the discipline weight, 1 − kinerja) is paid on attendance, which this system does not hold.
 */
export interface TppSettings {
  readonly baseAmount: number;
  readonly kinerjaWeight: number;
}

const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
const percent = (n: number) => `${(n * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })} %`;

export function tppKinerja(incentiveFactor: number, settings: TppSettings | undefined): { amount: number; breakdown: string } | undefined {
  if (!settings) return undefined;
  const amount = Math.round(settings.baseAmount * settings.kinerjaWeight * incentiveFactor);
  return { amount, breakdown: `${rupiah(settings.baseAmount)} × bobot kinerja ${percent(settings.kinerjaWeight)} × faktor ${percent(incentiveFactor)}` };
}

/** Payroll's input for one person: both parts of the base, the kinerja amount, and the reasoning in words. */
export interface TppInput {
  readonly baseAmount: number;
  readonly kinerjaWeight: number;
  readonly disiplinWeight: number;
  readonly kinerjaAmount: number;
  /** The discipline part before any attendance deduction: base × discipline weight. */
  readonly disiplinCeiling: number;
  readonly breakdown: string;
}

export function tppInput(incentiveFactor: number, settings: TppSettings): TppInput {
  const kinerja = tppKinerja(incentiveFactor, settings)!;
  // Weights are fractions of the base; rounding to basis points keeps 1 − 0,6 from printing as 39,99… %.
  const disiplinWeight = Math.round((1 - settings.kinerjaWeight) * 10_000) / 10_000;
  const disiplinCeiling = Math.round(settings.baseAmount * disiplinWeight);
  return {
    baseAmount: settings.baseAmount,
    kinerjaWeight: settings.kinerjaWeight,
    disiplinWeight,
    kinerjaAmount: kinerja.amount,
    disiplinCeiling,
    breakdown:
      `Bagian kinerja: ${kinerja.breakdown} = ${rupiah(kinerja.amount)}.` +
      (disiplinWeight > 0 ? ` Bagian disiplin: bobot ${percent(disiplinWeight)}, paling banyak ${rupiah(disiplinCeiling)}, dihitung dari presensi di luar e-Kinerja.` : ''),
  };
}
