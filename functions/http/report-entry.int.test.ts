import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { periodKey } from '../../shared/data/keys.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { addDays, witaDateOf, witaInstant } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as deleteReport } from './delete-report.ts';
import { handler as getWorkspace } from './get-team-assessment.ts';
import { handler as getReports } from './get-reports.ts';
import { handler as getProgress } from './get-reports-progress.ts';
import { handler as postBatch } from './post-reports-batch.ts';
import { handler as postReport } from './post-reports.ts';
import { handler as putReport } from './put-report.ts';
import { handler as verifyOne } from './post-team-report-verify.ts';

/**
 * E-reporting that feeds the appraisal: the totals kept beside the reports (capaian per indicator) move with
 * every new, corrected, returned and withdrawn report, and a batch is all or nothing.
 */
const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));
const staff = { nip: people.staff.nip };
const colleague = { nip: people.colleague.nip };
const supervisor = { nip: people.supervisor.nip };
let periodId: string;

async function storedReports(nip: string): Promise<Record<string, unknown>[]> {
  const { Items } = await db().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': `EMP#${nip}`, ':p': `REPORT#${periodId}#` } }),
  );
  return Items ?? [];
}

type Progress = { target: number; periodTarget: number; measure: string; realization: number; achievement?: number };

/** The capaian the supervisor sees on the assessment screen, per indicator (of the open month unless another period is named). */
async function achievements(nip: string, ofPeriod = periodId): Promise<Record<string, Progress>> {
  const workspace = await call(getWorkspace, { as: supervisor, params: { nip, periodId: ofPeriod } });
  expect(workspace.status, workspace.text).toBe(200);
  return Object.fromEntries(workspace.body.indicators.map((i: Progress & { indicatorId: string }) => [i.indicatorId, i]));
}

const report = (indicatorId: string, realization: number, activity = 'Menyusun laporan surveilans') => ({ date: today, activity, indicatorId, realization });

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await recordPeriodRoster(periodId, new Date());
  // Targets are annual: 10 dokumen a year is 10/12 (0,833333) in a month, 4 a year is 1/3.
  await seedApprovedSkp(people.staff.nip, year, [
    { indicatorId: 'dokumen', target: 10 },
    // Hari penyelesaian: 5 days is the target, fewer is better; each report states the days it took (a level, averaged).
    { indicatorId: 'hari', target: 5, direction: 'LOWER_IS_BETTER', aspek: 'WAKTU', satuan: 'hari' },
  ]);
  await seedApprovedSkp(people.colleague.nip, year, [{ indicatorId: 'dokumen', target: 4 }]);
});

describe('the running totals behind the capaian', () => {
  it('adds three reports up, takes a withdrawn one off and follows a correction', async () => {
    const ids: string[] = [];
    for (const realization of [3, 4, 4]) ids.push((await call(postReport, { as: staff, body: report('dokumen', realization) })).body.reportId);
    // 11 against the month's 10/12: 1320 %.
    expect((await achievements(people.staff.nip)).dokumen).toMatchObject({ target: 10, periodTarget: 0.833333, measure: 'JUMLAH', realization: 11, achievement: 1320 });

    const withdrawn = await call(deleteReport, { as: staff, params: { id: ids[2]! }, query: { period: periodId, version: '1' } });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect((await achievements(people.staff.nip)).dokumen).toMatchObject({ realization: 7, achievement: 840 });

    const corrected = await call(putReport, { as: staff, params: { id: ids[1]! }, body: { ...report('dokumen', 6.5), periodId, version: 1 } });
    expect(corrected.status, corrected.text).toBe(200);
    expect(corrected.body).toMatchObject({ realization: 6.5, version: 2, status: 'DIAJUKAN' });
    expect((await achievements(people.staff.nip)).dokumen).toMatchObject({ realization: 9.5, achievement: 1140 });
  });

  it('inverts a lower-is-better indicator: 4 days against a target of 5 is 125 %; a second report of 6 days averages 5, 100 %', async () => {
    await call(postReport, { as: staff, body: report('hari', 4, 'Penyelesaian verifikasi data sasaran') });
    expect((await achievements(people.staff.nip)).hari).toMatchObject({ target: 5, periodTarget: 5, measure: 'RATA_RATA', realization: 4, achievement: 125 });
    await call(postReport, { as: staff, body: report('hari', 6, 'Penyelesaian rekap kunjungan posyandu') });
    expect((await achievements(people.staff.nip)).hari).toMatchObject({ periodTarget: 5, realization: 5, achievement: 100 });
  });

  it('shows the employee the same capaian as their supervisor sees', async () => {
    const own = await call(getProgress, { as: staff, query: { period: periodId } });
    expect(own.status, own.text).toBe(200);
    expect(own.body.hasApprovedSkp).toBe(true);
    const seen = await achievements(people.staff.nip);
    expect(Object.fromEntries(own.body.indicators.map((i: { indicatorId: string }) => [i.indicatorId, i]))).toEqual(seen);
    const withoutPlan = await call(getProgress, { as: { nip: people.otherSupervisor.nip }, query: { period: periodId } });
    expect(withoutPlan.body).toEqual({ periodId, hasApprovedSkp: false, indicators: [] });
  });

  it('drops a returned report from the capaian until the employee corrects it', async () => {
    const { reportId } = (await call(postReport, { as: colleague, body: report('dokumen', 2) })).body;
    // 2 against the month's 4/12: 600 %.
    expect((await achievements(people.colleague.nip)).dokumen).toMatchObject({ realization: 2, achievement: 600 });

    const returned = await call(verifyOne, { as: supervisor, params: { nip: people.colleague.nip, id: reportId }, body: { periodId, status: 'DIKEMBALIKAN', note: 'Lampirkan bukti dukung.' } });
    expect(returned.status, returned.text).toBe(200);
    expect((await achievements(people.colleague.nip)).dokumen).toEqual(expect.not.objectContaining({ achievement: expect.anything() }));

    const listed = await call(getReports, { as: colleague, query: { period: periodId } });
    expect(listed.body.items.find((r: { reportId: string }) => r.reportId === reportId)).toMatchObject({ status: 'DIKEMBALIKAN', verificationNote: 'Lampirkan bukti dukung.', version: 2 });

    const resent = await call(putReport, { as: colleague, params: { id: reportId }, body: { ...report('dokumen', 2), evidenceUrl: 'https://drive.example.id/bukti/7', periodId, version: 2 } });
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body).toMatchObject({ status: 'DIAJUKAN', version: 3 });
    expect(resent.body).not.toHaveProperty('verificationNote');
    expect((await achievements(people.colleague.nip)).dokumen).toMatchObject({ realization: 2, achievement: 600 });
  });
});

describe('correcting and withdrawing own reports', () => {
  it('refuses a stale version with 409 and keeps the newer text', async () => {
    const { reportId } = (await call(postReport, { as: staff, body: { date: today, activity: 'Versi pertama' } })).body;
    const [first, second] = await Promise.all([
      call(putReport, { as: staff, params: { id: reportId }, body: { date: today, activity: 'Dari tab A', periodId, version: 1 } }),
      call(putReport, { as: staff, params: { id: reportId }, body: { date: today, activity: 'Dari tab B', periodId, version: 1 } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? 'Dari tab A' : 'Dari tab B';
    expect((await storedReports(people.staff.nip)).find((r) => r.reportId === reportId)).toMatchObject({ activity: winner, version: 2 });
  });

  it('refuses changes once the supervisor accepted the report (SESUAI)', async () => {
    const { reportId } = (await call(postReport, { as: staff, body: { date: today, activity: 'Akan diverifikasi' } })).body;
    await call(verifyOne, { as: supervisor, params: { nip: people.staff.nip, id: reportId }, body: { periodId, status: 'SESUAI' } });
    const edit = await call(putReport, { as: staff, params: { id: reportId }, body: { date: today, activity: 'Diubah sesudahnya', periodId, version: 2 } });
    const removal = await call(deleteReport, { as: staff, params: { id: reportId }, query: { period: periodId, version: '2' } });
    expect([edit.status, removal.status]).toEqual([409, 409]);
    expect(edit.body.error.message).toMatch(/sudah diverifikasi/);
    expect((await storedReports(people.staff.nip)).find((r) => r.reportId === reportId)).toMatchObject({ activity: 'Akan diverifikasi', status: 'SESUAI' });
  });

  it("cannot reach someone else's report by its id (404, nothing changed)", async () => {
    const { reportId } = (await call(postReport, { as: staff, body: { date: today, activity: 'Milik Arif' } })).body;
    const edit = await call(putReport, { as: colleague, params: { id: reportId }, body: { date: today, activity: 'Diubah orang lain', periodId, version: 1 } });
    const removal = await call(deleteReport, { as: colleague, params: { id: reportId }, query: { period: periodId, version: '1' } });
    expect([edit.status, removal.status]).toEqual([404, 404]);
    expect((await storedReports(people.staff.nip)).find((r) => r.reportId === reportId)).toMatchObject({ activity: 'Milik Arif', version: 1 });
  });

  it('refuses moving a report into another open period (422), and into a date with no open period (409)', async () => {
    // Last month is still open too (its grace days), so the date alone would be accepted: only the move is refused.
    const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
    await seedMonthPeriod(lastMonthEnd);
    const { reportId } = (await call(postReport, { as: staff, body: { date: today, activity: 'Tanggal salah' } })).body;
    const moved = await call(putReport, { as: staff, params: { id: reportId }, body: { date: lastMonthEnd, activity: 'Tanggal salah', periodId, version: 1 } });
    expect(moved.status, moved.text).toBe(422);
    expect(moved.body.error.message).toMatch(/periode lain/);
    const nowhere = await call(putReport, { as: staff, params: { id: reportId }, body: { date: `${year - 5}-01-10`, activity: 'Tanggal salah', periodId, version: 1 } });
    expect(nowhere.status).toBe(409);
    expect((await storedReports(people.staff.nip)).find((r) => r.reportId === reportId)).toMatchObject({ date: today, version: 1 });
  });
});

describe('POST /api/reports/batch', () => {
  it('stores every report of a good batch', async () => {
    const before = (await storedReports(people.colleague.nip)).length;
    const response = await call(postBatch, { as: colleague, body: { reports: [report('dokumen', 1, 'Entri 1'), { date: today, activity: 'Entri 2' }, report('dokumen', 1, 'Entri 3')] } });
    expect(response.status, response.text).toBe(201);
    expect(response.body.reports).toHaveLength(3);
    expect((await storedReports(people.colleague.nip)).length).toBe(before + 3);
  });

  it('writes nothing when one item is wrong, and names that item', async () => {
    const before = await storedReports(people.colleague.nip);
    const totalsBefore = await achievements(people.colleague.nip);
    const response = await call(postBatch, {
      as: colleague,
      body: { reports: [report('dokumen', 1, 'Baik 1'), report('dokumen', 1, 'Baik 2'), { ...report('dokumen', 1, 'Besok'), date: addDays(today, 1) }, report('tidak-ada', 1, 'Indikator asing')] },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toEqual(['body.reports.2.date', 'body.reports.3.indicatorId']);
    expect(response.body.error.message).toMatch(/tidak ada yang disimpan/);
    expect(await storedReports(people.colleague.nip)).toEqual(before);
    expect(await achievements(people.colleague.nip)).toEqual(totalsBefore);
  });

  it('names a malformed item by its position before anything runs', async () => {
    const response = await call(postBatch, { as: colleague, body: { reports: [{ date: today, activity: 'ok' }, { date: today, activity: 'x', evidenceUrl: 'http://tidak-aman.example.id' }] } });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('body.reports.1.evidenceUrl');
  });

  it('refuses more than 50 and an empty batch', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ date: today, activity: `Entri ${i}` }));
    expect((await call(postBatch, { as: colleague, body: { reports: many } })).status).toBe(400);
    expect((await call(postBatch, { as: colleague, body: { reports: [] } })).status).toBe(400);
  });

  it('stores a batch re-sent with the same Idempotency-Key once', async () => {
    const before = (await storedReports(people.colleague.nip)).length;
    const send = () => call(postBatch, { as: colleague, headers: { 'idempotency-key': 'batch-draft-0001' }, body: { reports: [{ date: today, activity: 'Sekali saja A' }, { date: today, activity: 'Sekali saja B' }] } });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.reports.map((r: { reportId: string }) => r.reportId).sort()).toEqual(first.body.reports.map((r: { reportId: string }) => r.reportId).sort());
    expect((await storedReports(people.colleague.nip)).length).toBe(before + 2);
  });
});

describe('a closed period', () => {
  it('refuses corrections and withdrawals with 409 and changes nothing', async () => {
    const { reportId } = (await call(postReport, { as: staff, body: report('dokumen', 1, 'Sebelum tutup') })).body;
    const totals = await achievements(people.staff.nip);
    await db().send(new UpdateCommand({ TableName: tableName(), Key: periodKey(periodId), UpdateExpression: 'SET #s = :closed', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':closed': 'CLOSED' } }));
    try {
      const edit = await call(putReport, { as: staff, params: { id: reportId }, body: { ...report('dokumen', 9, 'Sesudah tutup'), periodId, version: 1 } });
      const removal = await call(deleteReport, { as: staff, params: { id: reportId }, query: { period: periodId, version: '1' } });
      expect([edit.status, removal.status]).toEqual([409, 409]);
      expect(edit.body.error.code).toBe('PERIOD_CLOSED');
      expect((await storedReports(people.staff.nip)).find((r) => r.reportId === reportId)).toMatchObject({ activity: 'Sebelum tutup', realization: 1 });
      expect(await achievements(people.staff.nip)).toEqual(totals);
    } finally {
      await db().send(new UpdateCommand({ TableName: tableName(), Key: periodKey(periodId), UpdateExpression: 'SET #s = :open', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':open': 'OPEN' } }));
    }
  });
});

describe("the annual evaluation reads the year's totals", () => {
  it('sums what accumulates against the whole target and averages a level over every report of the year, not the months’ averages', async () => {
    const last = year - 1;
    const [march, april, annual] = [definePeriod('BULANAN', last, 3, 5), definePeriod('BULANAN', last, 4, 5), definePeriod('TAHUNAN', last, 1, 5)];
    for (const period of [march, april, annual]) await createPeriod(period);
    await seedApprovedSkp(people.staff.nip, last, [
      { indicatorId: 'dokumen', target: 24 },
      { indicatorId: 'cakupan', target: 95, aspek: 'KUALITAS', satuan: '%' },
    ]);
    // Written as the form writes them while each month was open: the totals move in the same transaction.
    const written = [
      [march, 'dokumen', 2],
      [march, 'dokumen', 3],
      [march, 'cakupan', 90],
      [march, 'cakupan', 92],
      [april, 'dokumen', 1],
      [april, 'cakupan', 96],
    ] as const;
    for (const [i, [period, indicatorId, realization]] of written.entries()) {
      const createdAt = witaInstant(addDays(period.startsOn, i), 15, 0).toISOString();
      const write = await putReportInOpenPeriod({
        reportId: ulid(Date.parse(createdAt)),
        nip: people.staff.nip,
        periodId: period.periodId,
        date: addDays(period.startsOn, i),
        activity: `Laporan ${indicatorId} ${i + 1}`,
        indicatorId,
        realization,
        status: 'DIAJUKAN',
        createdAt,
        version: 1,
      });
      expect(write.outcome).toBe('WRITTEN');
    }

    // March: 5 of the month's 2 dokumen is 250 %; 90 % and 92 % average 91 %, against 95 %: 95,79 %.
    expect(await achievements(people.staff.nip, march.periodId)).toMatchObject({
      dokumen: { target: 24, periodTarget: 2, measure: 'JUMLAH', realization: 5, achievement: 250 },
      cakupan: { target: 95, periodTarget: 95, measure: 'RATA_RATA', realization: 91, achievement: 95.79 },
    });
    // The year: 6 of 24 is 25 %; (90 + 92 + 96) / 3 = 92,666667 % against 95 % is 97,54 % (the months' averages, 91 and 96, would say 93,5).
    const wholeYear = await achievements(people.staff.nip, annual.periodId);
    expect(wholeYear).toMatchObject({
      dokumen: { target: 24, periodTarget: 24, measure: 'JUMLAH', realization: 6, achievement: 25 },
      cakupan: { target: 95, periodTarget: 95, measure: 'RATA_RATA', realization: 92.666667, achievement: 97.54 },
    });
    const own = await call(getProgress, { as: staff, query: { period: annual.periodId } });
    expect(Object.fromEntries(own.body.indicators.map((i: { indicatorId: string }) => [i.indicatorId, i]))).toEqual(wholeYear);
  });
});
