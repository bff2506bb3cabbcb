import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/data/client.ts';
import { putUnit } from '../../shared/data/unit-repository.ts';
import { addDays, witaDateOf } from '../../shared/domain/time.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as deleteExclusion } from './delete-unit-exclusion.ts';
import { handler as getCompliance } from './get-unit-compliance.ts';
import { handler as getUnits } from './get-units.ts';
import { handler as getTeamReports } from './get-team-reports.ts';
import { handler as importCsv } from './post-reports-import.ts';
import { handler as postReport } from './post-reports.ts';
import { handler as bulkVerify } from './post-team-reports-verify.ts';
import { handler as putExclusion } from './put-unit-exclusion.ts';

const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));
const staff = { nip: people.staff.nip };
const colleague = { nip: people.colleague.nip };
const supervisor = { nip: people.supervisor.nip };
const head = { nip: people.head.nip, roles: ['pimpinan' as const] };
const admin = { nip: people.admin.nip, roles: ['admin' as const] };
let periodId: string;
let periodStart: string;

async function reportCount(nip: string): Promise<number> {
  const { Count } = await db().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': `EMP#${nip}`, ':p': `REPORT#${periodId}#` }, Select: 'COUNT' }),
  );
  return Count ?? 0;
}

const upload = (as: { nip: string }, text: string) => call(importCsv, { as, rawBody: text, headers: { 'content-type': 'text/csv; charset=utf-8' } });
/** A date in this period on or before today, in the Indonesian order Excel writes. */
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

beforeAll(async () => {
  await seedOrg();
  const period = await seedMonthPeriod();
  periodId = period.periodId;
  periodStart = period.startsOn;
  await recordPeriodRoster(periodId, new Date());
  await seedApprovedSkp(people.staff.nip, year, [{ indicatorId: 'iki-1', target: 10 }]);
});

describe('POST /api/reports/import (a CSV of activities)', () => {
  it('stores every line of an Excel-style file (semicolons, dd/mm/yyyy, decimal comma) and nothing twice', async () => {
    const csv = [
      'Tanggal;Kegiatan;Indikator;Realisasi;Satuan;Bukti',
      `${dmy(today)};"Rekap data; tahap 1";iki-1;2,5;dokumen;https://drive.example.id/b/1`,
      `${dmy(periodStart)};Rapat koordinasi;;;;`,
      '',
    ].join('\r\n');
    const first = await upload(staff, csv);
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ created: 2, alreadyUploaded: false });
    expect(await reportCount(people.staff.nip)).toBe(2);

    const again = await upload(staff, csv);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, alreadyUploaded: true });
    expect(again.body.reportIds.sort()).toEqual(first.body.reportIds.sort());
    expect(await reportCount(people.staff.nip)).toBe(2);

    const listed = await call(getTeamReports, { as: supervisor, params: { nip: people.staff.nip }, query: { period: periodId } });
    expect(listed.body.items.find((r: { activity: string }) => r.activity === 'Rekap data; tahap 1')).toMatchObject({ indicatorId: 'iki-1', realization: 2.5, date: today });
  });

  it('names every bad line and column, and stores none of the good ones', async () => {
    const before = await reportCount(people.colleague.nip);
    const csv = [
      'tanggal,kegiatan,indikator,realisasi,satuan,bukti',
      `${today},Baris baik,,,,`,
      `${addDays(today, 1)},Belum terjadi,,,,`,
      `${today},Tautan tidak aman,,,,http://contoh.example.id`,
      `${today},Realisasi bukan angka,iki-1,banyak,,`,
      `${today},Kolom kebanyakan,,,,,extra`,
    ].join('\n');
    const response = await upload(colleague, csv);
    expect(response.status).toBe(422);
    const lines = response.body.error.details.map((d: { line: number; column: string | null }) => `${d.line}:${d.column}`);
    expect(lines).toEqual(['3:tanggal', '4:bukti', '5:realisasi', '6:null']);
    expect(response.body.error.message).toMatch(/tidak ada laporan yang disimpan/);
    expect(await reportCount(people.colleague.nip)).toBe(before);
  });

  it('refuses an indicator that is not in the approved SKP, naming the line', async () => {
    const response = await upload(colleague, `tanggal,kegiatan,indikator,realisasi\n${today},Tanpa SKP,iki-1,1\n`);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([expect.objectContaining({ line: 2, column: 'indikator' })]);
  });

  it('refuses a file without the required columns or without rows', async () => {
    expect((await upload(colleague, 'kegiatan\nRapat\n')).body.error.message).toMatch(/Kolom wajib tidak ada.*tanggal/);
    expect((await upload(colleague, 'tanggal,kegiatan\n')).status).toBe(422);
  });
});

describe('POST /api/team/reports/verify (many at once)', () => {
  it("refuses with 403 when one report belongs to someone the caller does not supervise, and changes nothing", async () => {
    const mine = (await call(postReport, { as: colleague, body: { date: today, activity: 'Milik Marwah' } })).body.reportId;
    const response = await call(bulkVerify, {
      as: { nip: people.otherSupervisor.nip },
      body: { periodId, reports: [{ nip: people.colleague.nip, reportId: mine }], status: 'SESUAI' },
    });
    expect(response.status).toBe(403);
    const listed = await call(getTeamReports, { as: supervisor, params: { nip: people.colleague.nip }, query: { period: periodId } });
    expect(listed.body.items.find((r: { reportId: string }) => r.reportId === mine).status).toBe('DIAJUKAN');
  });

  it('marks every selected report SESUAI for the supervisor of record, and the unverified counts follow', async () => {
    const a = (await call(postReport, { as: staff, body: { date: today, activity: 'Untuk verifikasi massal A' } })).body.reportId;
    const b = (await call(postReport, { as: colleague, body: { date: today, activity: 'Untuk verifikasi massal B' } })).body.reportId;
    const before = (await call(getCompliance, { as: head, params: { unitId: 'dinkes' }, query: { period: periodId } })).body.totals.unverified;
    const response = await call(bulkVerify, {
      as: supervisor,
      body: { periodId, reports: [{ nip: people.staff.nip, reportId: a }, { nip: people.colleague.nip, reportId: b }], status: 'SESUAI' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.reports.map((r: { status: string; verifiedBy: string }) => [r.status, r.verifiedBy])).toEqual([
      ['SESUAI', people.supervisor.nip],
      ['SESUAI', people.supervisor.nip],
    ]);
    const after = (await call(getCompliance, { as: head, params: { unitId: 'dinkes' }, query: { period: periodId } })).body.totals.unverified;
    expect(after).toBe(before - 2);
  });

  it('needs a note to return many at once', async () => {
    const a = (await call(postReport, { as: staff, body: { date: today, activity: 'Dikembalikan tanpa catatan' } })).body.reportId;
    const response = await call(bulkVerify, { as: supervisor, body: { periodId, reports: [{ nip: people.staff.nip, reportId: a }], status: 'DIKEMBALIKAN' } });
    expect(response.status).toBe(400);
  });
});

describe('GET /api/units', () => {
  it('lists the units by name with ids and names only', async () => {
    // Its id sorts first and its name last, so an order by id (or by nothing) shows.
    await putUnit({ unitId: 'aaa-inspektorat', name: 'Inspektorat Daerah' });
    const response = await call(getUnits, { as: staff });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { unitId: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
      { unitId: 'dinkes', name: 'Dinas Kesehatan' },
      { unitId: 'disdik', name: 'Dinas Pendidikan' },
      { unitId: 'aaa-inspektorat', name: 'Inspektorat Daerah' },
    ]);
  });
});

describe('GET /api/units/{unitId}/compliance', () => {
  it('shows who reported, the rate, and who has nothing, leaving out the excluded', async () => {
    const view = await call(getCompliance, { as: head, params: { unitId: 'dinkes' }, query: { period: periodId } });
    expect(view.status, view.text).toBe(200);
    // dinkes: head, supervisor, staff, colleague; staff and colleague reported.
    expect(view.body.totals).toMatchObject({ members: 4, excluded: 0, expected: 4, reported: 2, reportingRate: 50, reportedLast7Days: 2 });
    expect(view.body.notReported.map((p: { nip: string }) => p.nip).sort()).toEqual([people.head.nip, people.supervisor.nip].sort());
    const staffRow = view.body.people.find((p: { nip: string }) => p.nip === people.staff.nip);
    expect(staffRow).toMatchObject({ reportedLast7Days: true });
    expect(staffRow.reports).toBe(await reportCount(people.staff.nip));

    const excluded = await call(putExclusion, { as: head, params: { unitId: 'dinkes', nip: people.supervisor.nip }, body: { periodId, reason: 'CUTI', note: 'Cuti melahirkan' } });
    expect(excluded.status, excluded.text).toBe(200);
    const after = await call(getCompliance, { as: admin, params: { unitId: 'dinkes' }, query: { period: periodId } });
    expect(after.body.totals).toMatchObject({ members: 4, excluded: 1, expected: 3, reported: 2, reportingRate: 66.7 });
    expect(after.body.notReported.map((p: { nip: string }) => p.nip)).toEqual([people.head.nip]);
    expect(after.body.people.find((p: { nip: string }) => p.nip === people.supervisor.nip).exclusion).toEqual({ reason: 'CUTI', note: 'Cuti melahirkan' });

    expect((await call(deleteExclusion, { as: admin, params: { unitId: 'dinkes', nip: people.supervisor.nip }, query: { period: periodId } })).status).toBe(200);
    expect((await call(getCompliance, { as: head, params: { unitId: 'dinkes' }, query: { period: periodId } })).body.totals.excluded).toBe(0);
  });

  it("refuses another unit's pimpinan and an exclusion of someone outside the unit", async () => {
    const other = { nip: people.otherSupervisor.nip, roles: ['pimpinan' as const] };
    expect((await call(getCompliance, { as: other, params: { unitId: 'dinkes' }, query: { period: periodId } })).status).toBe(403);
    const outsider = await call(putExclusion, { as: head, params: { unitId: 'dinkes', nip: people.otherSupervisor.nip }, body: { periodId, reason: 'PENSIUN' } });
    expect(outsider.status).toBe(404);
  });
});
