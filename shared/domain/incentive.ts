/**
 * The kinerja part of TPP for one result: base × kinerja weight × incentive factor. Each region sets its own
 * base and weight in a Perwali (60/40 and 40/60 are both seen; Kendari's were not found), so both are
 * configuration and the breakdown travels with the amount, for a person to see why it is what it is.
 */
export interface TppSettings {
  readonly baseAmount: number;
  readonly kinerjaWeight: number;
}

export function tppKinerja(incentiveFactor: number, settings: TppSettings | undefined): { amount: number; breakdown: string } | undefined {
  if (!settings) return undefined;
  const amount = Math.round(settings.baseAmount * settings.kinerjaWeight * incentiveFactor);
  const percent = (n: number) => `${(n * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })} %`;
  return { amount, breakdown: `Rp${settings.baseAmount.toLocaleString('id-ID')} × bobot kinerja ${percent(settings.kinerjaWeight)} × faktor ${percent(incentiveFactor)}` };
}
