import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { ROUTES, type RouteKey } from '../../shared/manifest.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call, type CallOptions } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';

/**
 * The authorization matrix: every route in the manifest against every kind of caller, aimed at the staff
 * member's data. "allow" means the caller gets past authorization (any answer but 401/403, and never a 5xx);
 * "deny" means 403; anonymous callers get 401 on every non-public route, and past authorization on public ones
 * (an unknown certificate is a 404, not a 401). A route missing here fails the suite.
 */
const ACTORS = {
  anonymous: undefined,
  self: { nip: people.staff.nip },
  colleague: { nip: people.colleague.nip },
  supervisorOfRecord: { nip: people.supervisor.nip },
  otherUnitSupervisor: { nip: people.otherSupervisor.nip },
  assessorsSupervisor: { nip: people.head.nip, roles: ['pimpinan'] as Role[] },
  otherUnitPimpinan: { nip: people.otherSupervisor.nip, roles: ['pimpinan'] as Role[] },
  admin: { nip: people.admin.nip, roles: ['admin'] as Role[] },
  auditor: { nip: people.otherSupervisor.nip, roles: ['auditor'] as Role[] },
} as const;
type ActorName = keyof typeof ACTORS;
type Expectation = 'allow' | 'deny';

const everyone: Record<Exclude<ActorName, 'anonymous'>, Expectation> = {
  self: 'allow', colleague: 'allow', supervisorOfRecord: 'allow', otherUnitSupervisor: 'allow', assessorsSupervisor: 'allow',
  otherUnitPimpinan: 'allow', admin: 'allow', auditor: 'allow',
};
const only = (...allowed: Exclude<ActorName, 'anonymous'>[]) =>
  Object.fromEntries(Object.keys(everyone).map((name) => [name, allowed.includes(name as never) ? 'allow' : 'deny'])) as typeof everyone;

const today = witaDateOf(new Date());
const year = today.slice(0, 4);
let periodId: string;
let reportId: string;
let ownReportId: string;
const closingPeriod = '2025-03';
const appealId = `${people.staff.nip}_2024-01`;
const values = (rating: string) => ({ BERORIENTASI_PELAYANAN: rating, AKUNTABEL: rating, KOMPETEN: rating, HARMONIS: rating, LOYAL: rating, ADAPTIF: rating, KOLABORATIF: rating });

const MATRIX: Record<RouteKey, { request: () => CallOptions; expect: typeof everyone | 'public' }> = {
  'GET /api/health': { request: () => ({}), expect: 'public' },
  'GET /api/openapi.json': { request: () => ({}), expect: 'public' },
  'GET /api/me': { request: () => ({}), expect: everyone },
  'PUT /api/me/preferences': { request: () => ({ body: { nudges: true } }), expect: everyone },
  'POST /api/reports': { request: () => ({ body: { date: today, activity: 'Uji otorisasi' } }), expect: everyone },
  'GET /api/reports': { request: () => ({ query: { period: periodId } }), expect: everyone },
  'GET /api/reports/progress': { request: () => ({ query: { period: periodId } }), expect: everyone },
  'POST /api/reports/batch': { request: () => ({ body: { reports: [{ date: today, activity: 'Uji otorisasi' }] } }), expect: everyone },
  'POST /api/reports/import': { request: () => ({ rawBody: 'tanggal,kegiatan\n', headers: { 'content-type': 'text/csv' } }), expect: everyone },
  // Own reports only: the key is built from the caller's NIP, so anyone else's id is simply not found (404).
  'PUT /api/reports/{id}': { request: () => ({ params: { id: ownReportId }, body: { periodId, version: 99, date: today, activity: 'Uji otorisasi' } }), expect: everyone },
  'DELETE /api/reports/{id}': { request: () => ({ params: { id: ownReportId }, query: { period: periodId, version: '99' } }), expect: everyone },
  'POST /api/team/reports/verify': {
    request: () => ({ body: { periodId, reports: [{ nip: people.staff.nip, reportId }], status: 'SESUAI' } }),
    expect: only('supervisorOfRecord'),
  },
  'GET /api/units': { request: () => ({}), expect: everyone },
  'GET /api/units/{unitId}/compliance': { request: () => ({ params: { unitId: 'dinkes' }, query: { period: periodId } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'PUT /api/units/{unitId}/exclusions/{nip}': {
    request: () => ({ params: { unitId: 'dinkes', nip: people.colleague.nip }, body: { periodId, reason: 'CUTI' } }),
    expect: only('assessorsSupervisor', 'admin'),
  },
  'DELETE /api/units/{unitId}/exclusions/{nip}': {
    request: () => ({ params: { unitId: 'dinkes', nip: people.colleague.nip }, query: { period: periodId } }),
    expect: only('assessorsSupervisor', 'admin'),
  },
  'GET /api/team/{nip}/reports': { request: () => ({ params: { nip: people.staff.nip }, query: { period: periodId } }), expect: only('supervisorOfRecord') },
  'POST /api/team/{nip}/reports/{id}/verify': {
    request: () => ({ params: { nip: people.staff.nip, id: reportId }, body: { periodId, status: 'SESUAI' } }),
    expect: only('supervisorOfRecord'),
  },
  'POST /api/admin/employees/import': {
    request: () => ({ rawBody: 'nip,nama,email,jabatan,golongan,unit_id,unit_nama,nip_atasan\n', headers: { 'content-type': 'text/csv' } }),
    expect: only('admin'),
  },
  'GET /api/admin/data-check': { request: () => ({}), expect: only('admin', 'auditor') },
  'POST /api/admin/periods': { request: () => ({ body: { kind: 'BULANAN', year: 2024, index: 6 } }), expect: only('admin') },
  'GET /api/periods': { request: () => ({ query: { year } }), expect: everyone },
  'GET /api/team': { request: () => ({}), expect: everyone },
  'GET /api/skp/{year}': { request: () => ({ params: { year } }), expect: everyone },
  'PUT /api/skp/{year}': { request: () => ({ params: { year: '2030' }, body: { rhk: [], version: 0 } }), expect: everyone },
  'POST /api/skp/{year}/submit': { request: () => ({ params: { year: '2030' }, body: { version: 0 } }), expect: everyone },
  'GET /api/team/skp': { request: () => ({ query: { year } }), expect: everyone },
  'POST /api/team/{nip}/skp/{year}/approve': { request: () => ({ params: { nip: people.staff.nip, year }, body: {} }), expect: only('supervisorOfRecord') },
  'POST /api/team/{nip}/skp/{year}/reject': { request: () => ({ params: { nip: people.staff.nip, year }, body: { note: 'Perbaiki target.' } }), expect: only('supervisorOfRecord') },
  'GET /api/team/assessments': { request: () => ({ query: { period: periodId } }), expect: everyone },
  'GET /api/team/{nip}/assessments/{periodId}': { request: () => ({ params: { nip: people.staff.nip, periodId } }), expect: only('supervisorOfRecord') },
  'PUT /api/team/{nip}/assessments/{periodId}': {
    request: () => ({
      params: { nip: people.staff.nip, periodId },
      body: { hasilKerja: { rating: 'SESUAI', reason: 'Uji' }, perilaku: { rating: 'SESUAI', values: values('SESUAI') }, feedback: 'Uji otorisasi.', version: 0 },
    }),
    expect: only('supervisorOfRecord'),
  },
  'POST /api/team/{nip}/assessments/{periodId}/finalize': { request: () => ({ params: { nip: people.staff.nip, periodId }, body: { version: 1 } }), expect: only('supervisorOfRecord') },
  'POST /api/admin/assessments/{nip}/{periodId}/reopen': { request: () => ({ params: { nip: people.staff.nip, periodId }, body: { reason: 'Uji otorisasi', version: 99 } }), expect: only('admin') },
  'POST /api/admin/periods/{id}/close': { request: () => ({ params: { id: closingPeriod } }), expect: only('admin') },
  'GET /api/admin/periods/{id}/close': { request: () => ({ params: { id: closingPeriod } }), expect: only('admin', 'auditor') },
  // The open period answers 409 to the admin: past authorization, and nothing is changed.
  'POST /api/admin/periods/{id}/reopen': { request: () => ({ params: { id: periodId }, body: { reason: 'Uji otorisasi' } }), expect: only('admin') },
  'GET /api/results': { request: () => ({}), expect: everyone },
  'POST /api/appeals': { request: () => ({ body: { periodId, reason: 'Uji otorisasi' } }), expect: everyone },
  'GET /api/appeals/inbox': { request: () => ({}), expect: everyone },
  'GET /api/appeals/{id}': { request: () => ({ params: { id: appealId } }), expect: only('self', 'supervisorOfRecord', 'assessorsSupervisor') },
  'POST /api/appeals/{id}/explanations': { request: () => ({ params: { id: appealId }, body: { text: 'Penjelasan' } }), expect: only('self', 'supervisorOfRecord') },
  'POST /api/appeals/{id}/decide': { request: () => ({ params: { id: appealId }, body: { outcome: 'DIPERTAHANKAN', reason: 'Uji' } }), expect: only('assessorsSupervisor') },
  'GET /api/admin/results': { request: () => ({ query: { period: periodId, unit: 'dinkes' } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'GET /api/admin/results.csv': { request: () => ({ query: { period: periodId, unit: 'dinkes' } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'GET /api/admin/exports/tpp.csv': { request: () => ({ query: { period: periodId } }), expect: only('admin', 'auditor') },
  'GET /api/admin/exports/bkn.csv': { request: () => ({ query: { period: periodId, unit: 'dinkes' } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'PUT /api/admin/units/{unitId}/org-predicate': { request: () => ({ params: { unitId: 'disdik' }, body: { orgPredikat: 'BAIK' } }), expect: only('admin') },
  'POST /api/trainings': { request: () => ({ body: { title: 'Bimtek SIPD', kind: 'BIMTEK', startsOn: '2026-01-05', endsOn: '2026-01-06', hours: 16 } }), expect: everyone },
  'GET /api/trainings': { request: () => ({ query: { year } }), expect: everyone },
  'GET /api/units/{unitId}/trainings': { request: () => ({ params: { unitId: 'dinkes' }, query: { year } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'GET /api/units/{unitId}/report': { request: () => ({ params: { unitId: 'dinkes' }, query: { period: periodId } }), expect: only('assessorsSupervisor', 'admin', 'auditor') },
  'GET /api/units/{unitId}/adoption': { request: () => ({ params: { unitId: 'dinkes' } }), expect: only('assessorsSupervisor', 'admin') },
  'GET /api/public/summary': { request: () => ({ query: { period: periodId } }), expect: 'public' },
  'GET /api/public/trend': { request: () => ({ query: { year } }), expect: 'public' },
  'GET /api/admin/notices': { request: () => ({ query: { period: periodId } }), expect: only('admin') },
  'GET /api/public/certificates/{id}': { request: () => ({ params: { id: 'PGH-2026-11-0000000000' } }), expect: 'public' },
};

let system: LocalSystem;

beforeAll(async () => {
  // The close route publishes to the event bus: run the local one so it behaves as deployed.
  system = await startTestSystem();
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await createPeriod(definePeriod('BULANAN', 2025, 3, 5));
  await recordPeriodRoster(periodId, new Date());
  const { handler: postReport } = await import('./post-reports.ts');
  reportId = (await call(postReport, { as: ACTORS.self, body: { date: today, activity: 'Laporan untuk diverifikasi' } })).body.reportId;
  ownReportId = (await call(postReport, { as: ACTORS.self, body: { date: today, activity: 'Laporan untuk diubah' } })).body.reportId;
  const { handler: putSkp } = await import('./put-skp.ts');
  const { handler: submitSkp } = await import('./post-skp-submit.ts');
  const plan = { rhk: [{ rhkId: 'r1', kind: 'UTAMA', text: 'Hasil utama', indicators: [{ indicatorId: 'i1', name: 'Indikator', aspek: 'KUANTITAS', target: 1, satuan: 'dokumen' }] }], version: 0 };
  await call(putSkp, { as: ACTORS.self, params: { year }, body: plan });
  await call(submitSkp, { as: ACTORS.self, params: { year }, body: { version: 1 } });
  // An appeal on an earlier result, to the head (the assessor's supervisor): the appeal routes need one to exist.
  const { createAppealOnce } = await import('../../shared/data/appeal-repository.ts');
  await createAppealOnce(
    { appealId, nip: people.staff.nip, periodId: '2024-01', assessorNip: people.supervisor.nip, reviewerNip: people.head.nip, reason: 'Uji', deadline: null, status: 'DIAJUKAN', explanations: [], filedAt: new Date().toISOString() },
    { actorNip: people.staff.nip, action: 'APPEAL_FILED', at: new Date().toISOString() },
  );
});

afterAll(() => system?.stop());

describe('the authorization matrix', () => {
  it('has a row for every route in the manifest', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe.each(Object.keys(ROUTES) as RouteKey[])('%s', (route) => {
    // Denied callers go first, so a state change by an allowed caller cannot hide a missing check.
    const row = MATRIX[route];
    const order = row.expect === 'public' ? [] : (Object.entries(row.expect) as [Exclude<ActorName, 'anonymous'>, Expectation][]).sort(([, a], [, b]) => (a === b ? 0 : a === 'deny' ? -1 : 1));

    it.each(order)('%s → %s', async (actor, expectation) => {
      const { handler } = (await import(resolve(import.meta.dirname, '../..', ROUTES[route].handler))) as { handler: Parameters<typeof call>[0] };
      const response = await call(handler, { ...row.request(), as: ACTORS[actor] });
      expect(response.status, response.text).toBeLessThan(500);
      if (expectation === 'deny') expect(response.status, response.text).toBe(403);
      else expect([401, 403], response.text).not.toContain(response.status);
    });

    it(row.expect === 'public' ? 'answers anonymous callers' : 'refuses anonymous callers with 401', async () => {
      const { handler } = (await import(resolve(import.meta.dirname, '../..', ROUTES[route].handler))) as { handler: Parameters<typeof call>[0] };
      const response = await call(handler, row.request());
      if (row.expect === 'public') expect([401, 403, 500], response.text).not.toContain(response.status);
      else expect(response.status).toBe(401);
    });
  });
});
