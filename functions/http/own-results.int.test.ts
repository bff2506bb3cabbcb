import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { getCertificateOf } from '../../shared/data/certificate-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as getPublicCertificate } from './get-public-certificate.ts';
import { handler as getResults } from './get-results.ts';
import { handler as decide } from './post-appeal-decide.ts';
import { handler as fileAppeal } from './post-appeals.ts';
import { handler as finalize } from './post-team-assessment-finalize.ts';
import { handler as putAssessment } from './put-team-assessment.ts';

/**
 * "Hasil saya" reads GET /api/results: each result carries the piagams its awards earned, with the code that verifies
 * at GET /api/public/certificates/{id}; only the caller's own, and none once a keberatan decision withdrew the award.
 */
const run = Math.random().toString(36).slice(2, 8);
let system: LocalSystem;
let period: Period;

type Listed = { nip: string; periodId: string; revision: number; certificates: { kind: string; certificateId: string; issuedOn: string; revokedOn?: string }[] };
const resultsOf = async (nip: string, query: Record<string, string> = {}) => {
  const response = await call(getResults, { as: { nip }, query });
  expect(response.status).toBe(200);
  return (response.body as { items: Listed[] }).items;
};

async function assess(nip: string, rating: string) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
  const as = { nip: people.supervisor.nip };
  const body = { hasilKerja: { rating }, perilaku: { rating, values }, feedback: 'Umpan balik.', version: 0 };
  expect((await call(putAssessment, { as, params: { nip, periodId: period.periodId }, body })).status).toBe(200);
  expect((await call(finalize, { as, params: { nip, periodId: period.periodId }, body: { version: 1 } })).status).toBe(200);
}

beforeAll(async () => {
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: `${who}+${run}@example.kendari.go.id` });
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  await assess(people.staff.nip, 'DI_ATAS');
  await assess(people.colleague.nip, 'SESUAI');
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
}, 120_000);

afterAll(() => system?.stop());

describe('own results with their piagams', () => {
  it('lists the piagams an award earned with the codes that verify them', async () => {
    const award = (await getCertificateOf(people.staff.nip, period.periodId, 'PENGHARGAAN'))!;
    const top = (await getCertificateOf(people.staff.nip, period.periodId, 'TERBAIK'))!;
    const [result] = await resultsOf(people.staff.nip);
    expect(result).toMatchObject({ periodId: period.periodId, revision: 1 });
    expect(result!.certificates).toEqual([
      { kind: 'PENGHARGAAN', certificateId: award.certificateId, issuedOn: award.issuedOn },
      { kind: 'TERBAIK', certificateId: top.certificateId, issuedOn: top.issuedOn },
    ]);
    for (const { certificateId } of result!.certificates) {
      expect((await call(getPublicCertificate, { params: { id: certificateId } })).body).toMatchObject({ valid: true, name: people.staff.name });
    }
    expect((await resultsOf(people.staff.nip, { period: period.periodId }))[0]!.certificates).toHaveLength(2);
  });

  it('gives nobody else’s: a result without an award has none, and each person reads only their own', async () => {
    const [colleague] = await resultsOf(people.colleague.nip);
    expect(colleague).toMatchObject({ periodId: period.periodId, certificates: [] });
    // The supervisor who assessed both, and the head, read their own (unassessed) results, with no one's piagam.
    for (const nip of [people.supervisor.nip, people.head.nip]) {
      const own = await resultsOf(nip);
      expect(own.map((r) => ({ nip: r.nip, certificates: r.certificates }))).toEqual([{ nip, certificates: [] }]);
    }
  });

  it('drops the piagams of an award a keberatan decision withdrew', async () => {
    expect((await call(fileAppeal, { as: { nip: people.staff.nip }, body: { periodId: period.periodId, reason: 'Mohon ditinjau kembali.' } })).status).toBe(201);
    const head = { nip: people.head.nip, roles: ['pimpinan' as const] };
    const decided = await call(decide, { as: head, params: { id: `${people.staff.nip}_${period.periodId}` }, body: { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Ditinjau dengan bukti dukung.' } });
    expect(decided.status).toBe(200);
    await system.bus.idle();
    const [result] = await resultsOf(people.staff.nip);
    expect(result).toMatchObject({ revision: 2, certificates: [] });
  });
});
