import { DISTRIBUTION_KEYS, type DistributionKey } from '../../../shared/domain/unit-report.ts';
import { createApi } from '../core/api.ts';

/** The public transparency routes: no sign-in, so no token and nothing to do on a 401. */
export const publicApi = createApi(
  () => undefined,
  () => undefined,
);

/** The published columns: each predikat, then those not assessed. */
export const COLUMNS = DISTRIBUTION_KEYS;
export type Column = DistributionKey;
/** A published count, or a hidden one ("<5"). */
export type PublicCell = number | string;

export interface UnitRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly orgPredikat: string | null;
  readonly employees: number;
  readonly distribution: Readonly<Record<Column, PublicCell>>;
  readonly reportingRatePercent: number | null;
  readonly awards: PublicCell;
  readonly pembinaan: number | null;
}

export interface PublicSummary {
  /** `updatedAt`: the close, or a later late assessment or keberatan decision that changed the counts. */
  readonly period: { readonly periodId: string; readonly name: string; readonly kind: string; readonly closedAt: string | null; readonly updatedAt: string | null };
  readonly threshold: number;
  readonly labels: Readonly<Record<Column, string>>;
  readonly units: readonly UnitRow[];
  readonly unitsWithheld: number;
  readonly cityEmployees: number;
  readonly cityReportingRatePercent: number | null;
  readonly cityTotals: Readonly<Record<Column, number | null>>;
  readonly source: string;
}

export interface TrendPoint {
  readonly periodId: string;
  readonly name: string;
  readonly kind: 'BULANAN' | 'TRIWULAN' | 'TAHUNAN';
  readonly endsOn: string;
  readonly closedAt: string | null;
  readonly unitsPublished: number;
  readonly unitsWithheld: number;
  readonly employees: number;
  readonly reportingRatePercent: number | null;
  readonly distribution: Readonly<Record<Column, number | null>>;
  readonly unit?: UnitRow | null;
}

export interface PublicTrend {
  readonly year: number;
  readonly threshold: number;
  readonly labels: Readonly<Record<Column, string>>;
  readonly periods: readonly TrendPoint[];
  readonly lastClosedAt: string | null;
  readonly source: string;
}

export const fetchSummary = (periodId: string) => publicApi.get<PublicSummary>(`/api/public/summary?period=${encodeURIComponent(periodId)}`);

export const fetchTrend = (year: number, unitId?: string) =>
  publicApi.get<PublicTrend>(`/api/public/trend?year=${year}${unitId ? `&unit=${encodeURIComponent(unitId)}` : ''}`);
