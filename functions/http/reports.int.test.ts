import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { addDays, witaDateOf } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as getReports } from './get-reports.ts';
import { handler as postReports } from './post-reports.ts';

const today = witaDateOf(new Date());
const staff = { nip: people.staff.nip };
let periodId: string;

async function storedReportCount(nip: string): Promise<number> {
  const { Count } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :report)',
      ExpressionAttributeValues: { ':pk': `EMP#${nip}`, ':report': 'REPORT#' },
      Select: 'COUNT',
    }),
  );
  return Count ?? 0;
}

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await seedApprovedSkp(people.staff.nip, Number(today.slice(0, 4)), [{ indicatorId: 'iki-1', target: 20 }]);
  // Last year's November exists but is closed: reports dated in it must be refused.
  await seedMonthPeriod(`${Number(today.slice(0, 4)) - 1}-11-15`, 'CLOSED');
});

describe('POST /api/reports', () => {
  it('stores the report in the open period and lists it back', async () => {
    const response = await call(postReports, {
      as: staff,
      body: { date: today, activity: 'Rekap cakupan imunisasi dasar lengkap Puskesmas Poasia', indicatorId: 'iki-1', realization: 12, unit: 'dokumen', evidenceUrl: 'https://drive.example.id/bukti/1' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ nip: people.staff.nip, periodId, date: today, status: 'DIAJUKAN', realization: 12 });
    expect(response.body.reportId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

    const listed = await call(getReports, { as: staff, query: { period: periodId } });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: { reportId: string }) => r.reportId)).toContain(response.body.reportId);
  });

  it('keeps each employee to their own list', async () => {
    await call(postReports, { as: { nip: people.colleague.nip }, body: { date: today, activity: 'Pemeliharaan server SIMPEG' } });
    const mine = await call(getReports, { as: staff, query: { period: periodId } });
    expect(mine.body.items.every((r: { nip: string }) => r.nip === people.staff.nip)).toBe(true);
  });

  it.each([
    ['malformed JSON', { rawBody: '{"date":' }, 400, 'MALFORMED_JSON'],
    ['an unknown field', { body: { date: today, activity: 'x', nilai: 100 } }, 400, 'VALIDATION_FAILED'],
    ['an empty activity', { body: { date: today, activity: '   ' } }, 400, 'VALIDATION_FAILED'],
    ['31 February', { body: { date: '2026-02-31', activity: 'x' } }, 400, 'VALIDATION_FAILED'],
    ['http evidence', { body: { date: today, activity: 'x', evidenceUrl: 'http://example.id/x' } }, 400, 'VALIDATION_FAILED'],
    ['a negative realization', { body: { date: today, activity: 'x', indicatorId: 'a', realization: -1 } }, 400, 'VALIDATION_FAILED'],
    ['a body over 64 KB', { body: { date: today, activity: 'x'.repeat(70_000) } }, 413, 'PAYLOAD_TOO_LARGE'],
    ['form-encoded data', { rawBody: 'date=2026-11-30', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a future date', { body: { date: addDays(today, 1), activity: 'x' } }, 422, 'INVALID'],
    ['a date in a closed period', { body: { date: `${Number(today.slice(0, 4)) - 1}-11-15`, activity: 'x' } }, 409, 'PERIOD_CLOSED'],
    ['a date with no period', { body: { date: '2019-01-02', activity: 'x' } }, 409, 'PERIOD_CLOSED'],
  ])('refuses %s with %i and writes nothing', async (_, options, status, code) => {
    const before = await storedReportCount(people.staff.nip);
    const response = await call(postReports, { as: staff, ...options });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/\S{3,}/);
    expect(await storedReportCount(people.staff.nip)).toBe(before);
  });

  it('answers 401 without a token and writes nothing', async () => {
    const before = await storedReportCount(people.staff.nip);
    const response = await call(postReports, { body: { date: today, activity: 'tanpa token' } });
    expect(response.status).toBe(401);
    expect(await storedReportCount(people.staff.nip)).toBe(before);
  });

  it('names the field in validation errors, in Indonesian', async () => {
    const response = await call(postReports, { as: staff, body: { date: '30-11-2026', activity: 'x' } });
    expect(response.body.error.details).toEqual([{ field: 'body.date', message: expect.stringContaining('YYYY-MM-DD') }]);
  });
});

describe('GET /api/reports', () => {
  it('requires a well-formed period', async () => {
    const response = await call(getReports, { as: staff, query: { period: 'November' } });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('query.period');
  });

  it('pages with an opaque cursor and refuses a cursor from someone else', async () => {
    for (let i = 0; i < 3; i++) await call(postReports, { as: staff, body: { date: today, activity: `Kegiatan ${i}` } });
    const first = await call(getReports, { as: staff, query: { period: periodId, limit: '2' } });
    expect(first.body.items).toHaveLength(2);
    const second = await call(getReports, { as: staff, query: { period: periodId, limit: '2', cursor: first.body.nextCursor } });
    expect(second.status).toBe(200);
    expect(second.body.items[0].reportId).not.toBe(first.body.items[1].reportId);

    const stolen = await call(getReports, { as: { nip: people.colleague.nip }, query: { period: periodId, cursor: first.body.nextCursor } });
    expect(stolen.status).toBe(422);
  });
});
