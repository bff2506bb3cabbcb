import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { getClosingPeriod } from '../../shared/data/close-repository.ts';
import { listResultsOf, listUnitResults } from '../../shared/data/result-repository.ts';
import { putResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { closePeriod, scoreUnit } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as finalize } from '../http/post-team-assessment-finalize.ts';
import { handler as putAssessment } from '../http/put-team-assessment.ts';

let system: LocalSystem;
let periodId: string;
const supervisor = { nip: people.supervisor.nip };

async function assess(nip: string, hasilKerja: string, perilaku: string) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const saved = await call(putAssessment, {
    as: supervisor,
    params: { nip, periodId },
    body: { hasilKerja: { rating: hasilKerja }, perilaku: { rating: perilaku, values }, feedback: 'Umpan balik periode ini.', version: 0 },
  });
  expect(saved.status).toBe(200);
  expect((await call(finalize, { as: supervisor, params: { nip, periodId }, body: { version: 1 } })).status).toBe(200);
}

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await recordPeriodRoster(periodId, new Date());
  system = await startTestSystem();
  // The colleague was already Butuh Perbaikan last month: a second poor result recommends a sanction.
  const [year, month] = periodId.split('-').map(Number) as [number, number];
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  await putResults([{ nip: people.colleague.nip, periodId: previous, name: people.colleague.name, unitId: 'dinkes', jabatan: people.colleague.jabatan, predikat: 'BUTUH_PERBAIKAN', incentiveFactor: 0.75, decisions: [], policyVersion: 'test', revision: 1, scoredAt: new Date().toISOString() }]);
  // Dinas Kesehatan is rated Sangat Kurang as an organisation: the curve then wants mostly Sangat Kurang and no Sangat Baik.
  const { handler: setOrg } = await import('../http/put-admin-unit-org-predicate.ts');
  expect((await call(setOrg, { as: { nip: people.admin.nip, roles: ['admin'] }, params: { unitId: 'dinkes' }, body: { orgPredikat: 'SANGAT_KURANG' } })).status).toBe(200);
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS');
  await assess(people.colleague.nip, 'DI_BAWAH', 'SESUAI');
});

afterAll(() => system?.stop());

describe('closing a period', () => {
  it('fans out by unit, scores everyone, decides awards and pembinaan, and ends CLOSED', async () => {
    const outcome = await closePeriod(periodId, new Date());
    expect(outcome).toEqual({ periodId, status: 'CLOSING', unitsRequested: 3 });
    await system.bus.idle();

    const period = await getClosingPeriod(periodId);
    expect(period).toMatchObject({ status: 'CLOSED', unitsDone: 3, employeesScored: 6 });
    expect(system.deadLetters).toEqual([]);

    const dinkes = new Map((await listUnitResults(periodId, 'dinkes')).map((r) => [r.nip, r]));
    expect(dinkes.get(people.staff.nip)).toMatchObject({ predikat: 'SANGAT_BAIK', incentiveFactor: 1.5, score: 100 });
    expect(dinkes.get(people.staff.nip)!.decisions.map((d) => d.kind)).toEqual(['PENGHARGAAN', 'TERBAIK']);
    expect(dinkes.get(people.colleague.nip)!.decisions.map((d) => d.kind)).toEqual(['PEMBINAAN', 'REKOMENDASI_SANKSI']);
    expect(dinkes.get(people.supervisor.nip)).toMatchObject({ decisions: [{ kind: 'BELUM_DINILAI', escalateTo: [people.head.nip] }] });
    expect(dinkes.get(people.supervisor.nip)).not.toHaveProperty('predikat');

    const { closeProgress } = await import('../../shared/services/close.ts');
    const { curveWarnings } = await closeProgress(periodId);
    expect(curveWarnings).toEqual([{ unitId: 'dinkes', warnings: [expect.stringContaining('Sangat Kurang 0 %'), expect.stringContaining('Sangat Baik 25 %, melebihi batas 0 %')] }]);
  });

  it('changes nothing when run again or when a unit is delivered twice', async () => {
    const before = await listResultsOf(people.staff.nip);
    // The roster shares its index partition with the results: a unit scored again must see each person once.
    const { listUnitRoster } = await import('../../shared/data/roster-repository.ts');
    expect((await listUnitRoster(periodId, 'dinkes')).map((entry) => entry.nip).sort()).toEqual(
      [people.head.nip, people.supervisor.nip, people.staff.nip, people.colleague.nip].sort(),
    );
    expect(await closePeriod(periodId, new Date())).toEqual({ periodId, status: 'CLOSED', unitsRequested: 0 });
    expect(await scoreUnit(periodId, 'dinkes', new Date())).toMatchObject({ employees: 0 });
    await system.bus.idle();
    expect(await listResultsOf(people.staff.nip)).toEqual(before);
    expect(await getClosingPeriod(periodId)).toMatchObject({ unitsDone: 3, employeesScored: 6 });
  });

  it('resumes a close that crashed midway, requesting only the units not yet scored', async () => {
    const { createPeriod } = await import('../../shared/data/period-repository.ts');
    const { markClosing } = await import('../../shared/data/close-repository.ts');
    const { definePeriod } = await import('../../shared/domain/period.ts');
    const crashed = definePeriod('BULANAN', 2025, 1, 5);
    await createPeriod(crashed);
    await recordPeriodRoster(crashed.periodId, new Date());
    await markClosing(crashed.periodId, ['bkpsdm', 'dinkes', 'disdik'], new Date());
    await scoreUnit(crashed.periodId, 'dinkes', new Date());
    await system.bus.idle();
    expect(await getClosingPeriod(crashed.periodId)).toMatchObject({ status: 'CLOSING', unitsDone: 1 });

    expect(await closePeriod(crashed.periodId, new Date())).toMatchObject({ status: 'CLOSING', unitsRequested: 2 });
    await system.bus.idle();
    expect(await getClosingPeriod(crashed.periodId)).toMatchObject({ status: 'CLOSED', unitsDone: 3, employeesScored: 6 });
  });

  it('shows each employee their own result only', async () => {
    const { handler: getResults } = await import('../http/get-results.ts');
    const mine = await call(getResults, { as: { nip: people.staff.nip }, query: { period: periodId } });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ nip: people.staff.nip, periodId, predikat: 'SANGAT_BAIK' })]);
    const all = await call(getResults, { as: { nip: people.colleague.nip } });
    expect(all.body.items.every((r: { nip: string }) => r.nip === people.colleague.nip)).toBe(true);
    expect(all.body.items.map((r: { periodId: string }) => r.periodId)[0]).toBe(periodId);
  });

  it('publishes per-OPD aggregates with small cells suppressed and nothing about a person', async () => {
    const { publicSummary } = await import('../../shared/services/public-summary.ts');
    const strict = await publicSummary(periodId, 5);
    expect(strict.units).toEqual([]);
    expect(strict.unitsWithheld).toBe(3);

    const loose = await publicSummary(periodId, 2);
    expect(loose.units).toHaveLength(1);
    expect(loose.units[0]).toMatchObject({
      unitId: 'dinkes',
      employees: 4,
      distribution: { SANGAT_BAIK: '<2', BUTUH_PERBAIKAN: '<2', BELUM_DINILAI: 2, BAIK: 0 },
      reportingRatePercent: 0,
      pembinaan: null,
    });
    expect(loose.cityTotals.SANGAT_BAIK).toBeNull();
    const text = JSON.stringify(loose);
    for (const person of Object.values(people)) {
      expect(text).not.toContain(person.nip);
      expect(text).not.toContain(person.name);
    }
  });

  it('answers the public summary route without sign-in, and refuses an open period', async () => {
    const { handler: getSummary } = await import('../http/get-public-summary.ts');
    const closed = await call(getSummary, { query: { period: periodId } });
    expect(closed.status).toBe(200);
    expect(closed.headers['cache-control']).toContain('public');
    const { createPeriod } = await import('../../shared/data/period-repository.ts');
    const { definePeriod } = await import('../../shared/domain/period.ts');
    await createPeriod(definePeriod('BULANAN', 2031, 5, 5));
    expect((await call(getSummary, { query: { period: '2031-05' } })).status).toBe(409);
  });

  it('exports the unit results for BKPSDM and payroll, as JSON and as CSV', async () => {
    const { handler: getResults } = await import('../http/get-admin-results.ts');
    const { handler: getCsv } = await import('../http/get-admin-results-csv.ts');
    const admin = { nip: people.admin.nip, roles: ['admin' as const] };
    const json = await call(getResults, { as: admin, query: { period: periodId, unit: 'dinkes' } });
    expect(json.body.items).toHaveLength(4);
    expect(json.body.items.find((r: { nip: string }) => r.nip === people.staff.nip)).toMatchObject({ predikat: 'SANGAT_BAIK', incentiveFactor: 1.5 });
    const csv = await call(getCsv, { as: admin, query: { period: periodId, unit: 'dinkes' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('"predikat"');
    expect(lines).toHaveLength(5);
    expect(csv.text).toContain(`"${people.staff.nip}";"${people.staff.name}"`);
    expect(csv.text).toContain('"Sangat Baik";"100";"1,5"');
  });

  it('refuses reports once the period is closed', async () => {
    const { handler: postReport } = await import('../http/post-reports.ts');
    const response = await call(postReport, { as: { nip: people.staff.nip }, body: { date: witaDateOf(new Date()), activity: 'Terlambat' } });
    expect(response.status).toBe(409);
  });
});
