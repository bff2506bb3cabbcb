import { beforeAll, describe, expect, it } from 'vitest';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { putUnit } from '../../shared/data/unit-repository.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import { seedClosedPeriod } from '../../test/closed-period-fixture.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as getSummary } from './get-public-summary.ts';
import { handler as getTrend } from './get-public-trend.ts';

/**
 * The public transparency routes over periods closed by the close path's own steps: what a citizen may see,
 * with small cells suppressed so that no count under 5 can be read off or worked out from the totals.
 */
const march = definePeriod('BULANAN', 2025, 3, 5);
const april = definePeriod('BULANAN', 2025, 4, 5);
const may = definePeriod('BULANAN', 2025, 5, 5);
const firstQuarter = definePeriod('TRIWULAN', 2025, 1, 5);

type Body = { periods: { periodId: string; distribution: Record<string, number | null>; employees: number; unit?: unknown }[] };

/** Every string anywhere in a JSON value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

beforeAll(async () => {
  await seedOrg();
  await Promise.all([putUnit({ unitId: 'dishub', name: 'Dinas Perhubungan' }), putUnit({ unitId: 'satpolpp', name: 'Satpol PP' })]);
  // Dinas Kesehatan: 40 people, 3 Sangat Kurang. Dinas Pendidikan: 60, all counts large. BKPSDM: 3 people, withheld whole.
  await seedClosedPeriod(
    march,
    {
      dinkes: { counts: { SANGAT_BAIK: 10, BAIK: 22, BUTUH_PERBAIKAN: 5, SANGAT_KURANG: 3 }, reported: 30 },
      disdik: { counts: { SANGAT_BAIK: 12, BAIK: 30, BUTUH_PERBAIKAN: 8, KURANG: 0, BELUM_DINILAI: 10 }, reported: 54 },
      bkpsdm: { counts: { BAIK: 2, KURANG: 1 }, reported: 3 },
      dishub: { counts: { SANGAT_BAIK: 6, BAIK: 20, BUTUH_PERBAIKAN: 7 }, reported: 33 },
    },
    new Date('2025-04-06T03:00:00Z'),
  );
  await seedClosedPeriod(
    april,
    {
      dinkes: { counts: { SANGAT_BAIK: 12, BAIK: 25, BUTUH_PERBAIKAN: 3 } },
      disdik: { counts: { SANGAT_BAIK: 15, BAIK: 35, BUTUH_PERBAIKAN: 10 } },
      satpolpp: { counts: { BAIK: 4, KURANG: 2 } },
    },
    new Date('2025-05-06T03:00:00Z'),
  );
  await seedClosedPeriod(firstQuarter, { disdik: { counts: { SANGAT_BAIK: 20, BAIK: 40 } } }, new Date('2025-04-06T04:00:00Z'));
  // May is still open: it must not appear.
  await createPeriod(may);
});

describe('GET /api/public/summary', () => {
  it('withholds a unit of 3 whole and hides every count under 5, and no total gives one back', async () => {
    const response = await call(getSummary, { query: { period: march.periodId } });
    expect(response.status).toBe(200);
    const { units, cityTotals, unitsWithheld, cityEmployees } = response.body;
    expect(units.map((u: { unitId: string }) => u.unitId)).toEqual(['dinkes', 'disdik', 'dishub']);
    expect(unitsWithheld).toBe(1);
    expect(JSON.stringify(response.body)).not.toContain('bkpsdm');
    // Only the published units count in the city's figures, or subtracting them would give BKPSDM's 3 back.
    expect(cityEmployees).toBe(40 + 60 + 33);
    const dinkes = units[0];
    expect(dinkes.distribution.SANGAT_KURANG).toBe('<5');
    expect(dinkes.pembinaan).toBeNull();
    // Row protection: a second cell of the unit is hidden too, so its employee count does not give the 3 back.
    expect(Object.values(dinkes.distribution).filter((cell) => cell === '<5').length).toBeGreaterThanOrEqual(2);
    // Column protection: the Sangat Kurang city total is either hidden or covers a second hidden cell.
    const hiddenSangatKurang = units.filter((u: { distribution: Record<string, unknown> }) => u.distribution.SANGAT_KURANG === '<5').length;
    expect(cityTotals.SANGAT_KURANG === null || hiddenSangatKurang >= 2).toBe(true);
    expect(response.headers['cache-control']).toContain('public');
  });
});

describe('GET /api/public/trend', () => {
  it("lists the year's closed periods oldest first, each with the city's published distribution, without sign-in", async () => {
    const response = await call(getTrend, { query: { year: '2025' } });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const body = response.body as Body & { lastClosedAt: string; source: string; labels: Record<string, string> };
    expect(body.periods.map((p) => p.periodId)).toEqual([march.periodId, firstQuarter.periodId, april.periodId]);
    expect(body.lastClosedAt).toBe('2025-05-06T03:00:00.000Z');
    expect(body.source).toMatch(/BKPSDM Kota Kendari/);
    expect(body.labels.KURANG).toBe('Kurang/Misconduct');

    // The trend agrees with each period's own summary, cell for cell.
    for (const period of body.periods) {
      const summary = (await call(getSummary, { query: { period: period.periodId } })).body;
      expect(period.distribution).toEqual(summary.cityTotals);
      expect(period.employees).toBe(summary.cityEmployees);
    }
    const april2025 = body.periods.find((p) => p.periodId === april.periodId)!;
    // Satpol PP has 6 people, 2 of them Kurang: published with the 2 hidden; nothing small is ever shown.
    expect(april2025).toMatchObject({ unitsPublished: 3, unitsWithheld: 0, employees: 40 + 60 + 6 });
    for (const value of Object.values(april2025.distribution)) expect(value === null || value === 0 || value >= 5).toBe(true);
  });

  it("adds one OPD's row when asked, null where it was withheld, and 404 for an unknown OPD", async () => {
    const dinkes = (await call(getTrend, { query: { year: '2025', unit: 'dinkes' } })).body as Body;
    expect(dinkes.periods.map((p) => (p.unit as { unitName: string } | null)?.unitName ?? null)).toEqual(['Dinas Kesehatan', null, 'Dinas Kesehatan']);
    const bkpsdm = (await call(getTrend, { query: { year: '2025', unit: 'bkpsdm' } })).body as Body;
    expect(bkpsdm.periods.map((p) => p.unit)).toEqual([null, null, null]);
    expect((await call(getTrend, { query: { year: '2025', unit: 'tidak-ada' } })).status).toBe(404);
    expect((await call(getTrend, { query: { year: '2025' } })).body.periods[0]).not.toHaveProperty('unit');
  });

  it('answers an empty list for a year with no closed period, and 400 for a year that is not one', async () => {
    expect((await call(getTrend, { query: { year: '2024' } })).body.periods).toEqual([]);
    expect((await call(getTrend, { query: { year: 'dua ribu' } })).status).toBe(400);
    expect((await call(getTrend, { query: { year: '2025', extra: '1' } })).status).toBe(400);
  });

  it('never carries a NIP or a name, in any field of either route', async () => {
    const bodies = [
      (await call(getTrend, { query: { year: '2025' } })).body,
      (await call(getTrend, { query: { year: '2025', unit: 'dinkes' } })).body,
      (await call(getSummary, { query: { period: march.periodId } })).body,
      (await call(getSummary, { query: { period: april.periodId } })).body,
    ];
    for (const text of bodies.flatMap(strings)) {
      expect(text).not.toMatch(/\d{18}/);
      for (const person of Object.values(people)) {
        expect(text).not.toContain(person.nip);
        expect(text).not.toContain(person.name);
      }
    }
  });
});
