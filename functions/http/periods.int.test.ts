import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { createPeriod, listPeriodsOfYear } from '../../shared/data/period-repository.ts';
import { periodKey } from '../../shared/data/keys.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as getPeriods } from './get-periods.ts';
import { handler as postPeriods } from './post-admin-periods.ts';

const admin = { nip: people.admin.nip, roles: ['admin' as const] };
const staff = { nip: people.staff.nip };

async function storedPeriod(periodId: string) {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: periodKey(periodId) }));
  return Item;
}
const idsOf = async (year: number) => (await listPeriodsOfYear(year)).map((p) => p.periodId);

beforeAll(seedOrg);

describe('POST /api/admin/periods', () => {
  it('creates one period, closing by default 5 days after its end at 23:59 WITA', async () => {
    const response = await call(postPeriods, { as: admin, body: { kind: 'BULANAN', year: 2031, index: 2 } });
    expect(response.status).toBe(201);
    const expected = { periodId: '2031-02', kind: 'BULANAN', year: 2031, name: 'Februari 2031', startsOn: '2031-02-01', endsOn: '2031-02-28', closesAt: '2031-03-05T15:59:00.000Z', status: 'OPEN' };
    expect(response.body).toEqual({ created: [expected], existing: [] });
    expect(await storedPeriod('2031-02')).toMatchObject({ ...expected, type: 'PERIOD', GSI1PK: 'PERIODS', GSI1SK: '2031-02-28#2031-02' });
  });

  it('creates the annual period, and takes an explicit closesAt', async () => {
    const response = await call(postPeriods, { as: admin, body: { kind: 'TAHUNAN', year: 2031, closesAt: '2032-01-15T17:00:00+08:00' } });
    expect(response.status).toBe(201);
    expect(response.body.created[0]).toMatchObject({ periodId: '2031', closesAt: '2032-01-15T09:00:00.000Z' });
  });

  it('answers 409 in Indonesian for a period that exists, and leaves it as it was', async () => {
    await createPeriod({ ...definePeriod('TRIWULAN', 2031, 1, 5), status: 'CLOSED' });
    const before = await storedPeriod('2031-TW1');
    const response = await call(postPeriods, { as: admin, body: { kind: 'TRIWULAN', year: 2031, index: 1, closesAt: '2031-06-30T23:59:00+08:00' } });
    expect(response.status).toBe(409);
    expect(response.body.error).toEqual({ code: 'CONFLICT', message: 'Periode Triwulan I 2031 (2031-TW1) sudah ada; periode yang sudah ada tidak diubah.', details: { periodId: '2031-TW1' } });
    expect(await storedPeriod('2031-TW1')).toEqual(before);
  });

  it("generates a year's calendar, leaving existing periods alone and saying which were created", async () => {
    const closedTw1 = await storedPeriod('2031-TW1');
    const response = await call(postPeriods, { as: admin, body: { kind: 'TRIWULAN', year: 2031, wholeYear: true } });
    expect(response.status).toBe(201);
    expect(response.body.created.map((p: { periodId: string }) => p.periodId)).toEqual(['2031-TW2', '2031-TW3', '2031-TW4']);
    expect(response.body.existing).toEqual(['2031-TW1']);
    expect(await storedPeriod('2031-TW1')).toEqual(closedTw1);

    const again = await call(postPeriods, { as: admin, body: { kind: 'TRIWULAN', year: 2031, wholeYear: true } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: [], existing: ['2031-TW1', '2031-TW2', '2031-TW3', '2031-TW4'] });
  });

  it('generates twelve months', async () => {
    const response = await call(postPeriods, { as: admin, body: { kind: 'BULANAN', year: 2032, wholeYear: true } });
    expect(response.status).toBe(201);
    expect(response.body.created).toHaveLength(12);
    expect(await idsOf(2032)).toHaveLength(12);
  });

  it.each([
    ['an unknown kind', { kind: 'MINGGUAN', year: 2033, index: 1 }, 'body.kind'],
    ['a month without index', { kind: 'BULANAN', year: 2033 }, 'body.index'],
    ['month 13', { kind: 'BULANAN', year: 2033, index: 13 }, 'body.index'],
    ['quarter 5', { kind: 'TRIWULAN', year: 2033, index: 5 }, 'body.index'],
    ['an index for the annual period', { kind: 'TAHUNAN', year: 2033, index: 1 }, 'body.index'],
    ['index with wholeYear', { kind: 'BULANAN', year: 2033, wholeYear: true, index: 1 }, 'body.index'],
    ['closesAt with wholeYear', { kind: 'BULANAN', year: 2033, wholeYear: true, closesAt: '2033-12-31T23:59:00+08:00' }, 'body.closesAt'],
    ['wholeYear false', { kind: 'BULANAN', year: 2033, index: 1, wholeYear: false }, 'body.wholeYear'],
    ['a year as text', { kind: 'TAHUNAN', year: '2033' }, 'body.year'],
    ['a year out of range', { kind: 'TAHUNAN', year: 1999 }, 'body.year'],
    ['a closesAt without a zone', { kind: 'TAHUNAN', year: 2033, closesAt: '2034-01-05T23:59:00' }, 'body.closesAt'],
    ['an unknown field', { kind: 'TAHUNAN', year: 2033, status: 'CLOSED' }, 'body'],
  ])('refuses %s with 400 and writes nothing', async (_, body, field) => {
    const response = await call(postPeriods, { as: admin, body });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await idsOf(2033)).toEqual([]);
  });

  it('refuses a closesAt before the end of the period with 422 and writes nothing', async () => {
    const response = await call(postPeriods, { as: admin, body: { kind: 'BULANAN', year: 2033, index: 6, closesAt: '2033-06-30T12:00:00+08:00' } });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('Batas penutupan Juni 2033 paling cepat 30 Juni 2033 pukul 23.59 WITA, yaitu akhir hari terakhir periode.');
    expect(await idsOf(2033)).toEqual([]);
  });

  it.each([
    ['an employee', staff],
    ['an auditor', { nip: people.colleague.nip, roles: ['auditor' as const] }],
    ['a pimpinan', { nip: people.head.nip, roles: ['pimpinan' as const] }],
  ])('refuses %s with 403 and writes nothing', async (_, as) => {
    const response = await call(postPeriods, { as, body: { kind: 'TAHUNAN', year: 2033 } });
    expect(response.status).toBe(403);
    expect(await idsOf(2033)).toEqual([]);
  });
});

describe('GET /api/periods', () => {
  it("lists a year's periods by end date, to anyone signed in", async () => {
    const response = await call(getPeriods, { as: staff, query: { year: '2031' } });
    expect(response.status).toBe(200);
    expect(response.body.year).toBe(2031);
    expect(response.body.items.map((p: { periodId: string }) => p.periodId)).toEqual(['2031-02', '2031-TW1', '2031-TW2', '2031-TW3', '2031', '2031-TW4']);
    expect(response.body.items[0]).toEqual(expect.not.objectContaining({ PK: expect.anything() }));
  });

  it('keeps years apart', async () => {
    const response = await call(getPeriods, { as: staff, query: { year: '2032' } });
    expect(response.body.items.map((p: { year: number }) => p.year)).toEqual(Array(12).fill(2032));
  });

  it('defaults to the current year in WITA', async () => {
    const response = await call(getPeriods, { as: staff });
    expect(response.status).toBe(200);
    expect(response.body.year).toBe(Number(witaDateOf(new Date()).slice(0, 4)));
  });

  it.each([['abc'], ['1999'], ['2031.5']])('refuses year=%s with 400', async (year) => {
    const response = await call(getPeriods, { as: staff, query: { year } });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('query.year');
  });

  it('refuses an anonymous caller with 401', async () => {
    expect((await call(getPeriods, { query: { year: '2031' } })).status).toBe(401);
  });
});
