import { getPeriod } from '../data/period-repository.ts';
import { realizationByIndicator } from '../data/report-totals-repository.ts';
import { listUnitResults } from '../data/result-repository.ts';
import { getLastApprovedRevision, getSkps } from '../data/skp-repository.ts';
import { toCsv } from '../domain/csv-export.ts';
import { Conflict, NotFound } from '../domain/errors.ts';
import { PREDIKAT_LABELS, RATING_LABELS } from '../domain/quadrant.ts';
import type { Result } from '../domain/result.ts';
import type { Actor } from '../domain/roles.ts';
import type { Skp } from '../domain/skp.ts';
import { bknRows, BKN_HEADER } from '../domain/bkn-export.ts';
import { unitVisibleTo } from './unit-access.ts';
import { realizationScope } from '../domain/achievements.ts';

/** People read at once: each needs its plan (sometimes two reads) and one query for its realisation. */
const CONCURRENCY = 10;

/**
 * The fields the national e-Kinerja asks for, per employee of one OPD in a closed period: each SKP indicator
 * in force (the approved plan of the period's year) with its target, the period's realisation and capaian,
 * beside the ratings and predikat of the result, as CSV for entering or uploading without typing twice.
 */
export async function bknExportCsv(actor: Actor, periodId: string, unitId: string): Promise<string> {
  const unit = await unitVisibleTo(actor, unitId);
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status !== 'CLOSED') throw new Conflict(`Periode ${period.name} belum ditutup; data untuk e-Kinerja BKN tersedia setelah hasil penilaian ditetapkan.`);
  const results = (await listUnitResults(periodId, unitId)).sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
  const plans = await plansInForce(results, period.year);
  const people: Parameters<typeof bknRows>[0][] = [];
  for (let start = 0; start < results.length; start += CONCURRENCY) {
    const batch = results.slice(start, start + CONCURRENCY);
    const realized = await Promise.all(batch.map((r) => realizationByIndicator(r.nip, realizationScope(period))));
    batch.forEach((result, i) => people.push({ result, period, unitName: unit.name, skp: plans.get(result.nip), realized: realized[i]! }));
  }
  return toCsv(BKN_HEADER, people.flatMap((person) => bknRows(person, { predikat: PREDIKAT_LABELS, rating: RATING_LABELS })));
}

/** Each person's approved plan of the year: one BatchGet for the current plans, a query only where a revised plan replaced an approved one. */
async function plansInForce(results: readonly Result[], year: number): Promise<Map<string, Skp>> {
  const current = await getSkps(
    results.map((r) => r.nip),
    year,
  );
  const plans = new Map<string, Skp>();
  const revised = results.filter((r) => current.has(r.nip) && current.get(r.nip)!.status !== 'APPROVED');
  for (const r of results) if (current.get(r.nip)?.status === 'APPROVED') plans.set(r.nip, current.get(r.nip)!);
  for (let start = 0; start < revised.length; start += CONCURRENCY) {
    const batch = revised.slice(start, start + CONCURRENCY);
    const approved = await Promise.all(batch.map((r) => getLastApprovedRevision(r.nip, year, current.get(r.nip))));
    batch.forEach((r, i) => approved[i] && plans.set(r.nip, approved[i]!));
  }
  return plans;
}
