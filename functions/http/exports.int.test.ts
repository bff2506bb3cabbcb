import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';

/**
 * The reports BKPSDM, payroll and a unit's head read, over a real period: the staff member plans an SKP whose
 * texts carry commas, quotes, line breaks and a formula, reports against it, is assessed Sangat Baik; a colleague
 * Butuh Perbaikan (whose email address is broken, so the notice fails); the supervisor and the head are left
 * unassessed. The period is closed through the local bus, so results and notices are the real ones.
 */
const run = Math.random().toString(36).slice(2, 8);
const admin = { nip: people.admin.nip, roles: ['admin'] as Role[] };
const auditor = { nip: people.otherSupervisor.nip, roles: ['auditor'] as Role[] };
const head = { nip: people.head.nip, roles: ['pimpinan'] as Role[] };
const hostile = {
  rhk: 'Meningkatkan cakupan imunisasi, "lengkap"\ndi seluruh puskesmas',
  indicator: '=HYPERLINK("http://evil.example","klik")',
};

let system: LocalSystem;
let period: Period;
let handlers: Record<'results' | 'resultsCsv' | 'tpp' | 'bkn' | 'unitReport', Parameters<typeof call>[0]>;

/** The records of a CSV export by header name: it starts with a BOM, fields are `;`-separated, records end in CRLF. */
function readCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n', columns: true });
}

async function assess(nip: string, hasilKerja: string, perilaku: string, reason?: string, periodId = period.periodId, finalize = true) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const as = { nip: people.supervisor.nip };
  const { handler: putAssessment } = await import('./put-team-assessment.ts');
  const { handler: finalizeHandler } = await import('./post-team-assessment-finalize.ts');
  const saved = await call(putAssessment, { as, params: { nip, periodId }, body: { hasilKerja: { rating: hasilKerja, ...(reason ? { reason } : {}) }, perilaku: { rating: perilaku, values }, feedback: 'Umpan balik.', version: 0 } });
  expect(saved.status, saved.text).toBe(200);
  if (finalize) expect((await call(finalizeHandler, { as, params: { nip, periodId }, body: { version: 1 } })).status).toBe(200);
}

beforeAll(async () => {
  // Kendari's Perwali figures are not known: the test's own, so the amounts can be checked.
  process.env.TPP_BASE_AMOUNT = '4000000';
  process.env.TPP_KINERJA_WEIGHT = '0.6';
  process.env.BKPSDM_EMAIL = `bkpsdm+${run}@example.kendari.go.id`;
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) {
    await putEmployee({ ...person, email: who === 'colleague' ? 'bukan-alamat-surel' : `${who}+${run}@example.kendari.go.id` });
  }
  // Rated Baik as an organisation: the curve then wants at most 70 % Baik and at least one below it.
  const { putUnit } = await import('../../shared/data/unit-repository.ts');
  await putUnit({ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: people.head.nip, orgPredikat: 'BAIK' });
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();

  const staff = { nip: people.staff.nip };
  const { handler: putSkp } = await import('./put-skp.ts');
  const { handler: submitSkp } = await import('./post-skp-submit.ts');
  const { handler: approveSkp } = await import('./post-team-skp-approve.ts');
  const { handler: postReport } = await import('./post-reports.ts');
  const plan = {
    rhk: [
      { rhkId: 'r1', kind: 'UTAMA', text: hostile.rhk, indicators: [{ indicatorId: 'iki-1', name: hostile.indicator, aspek: 'KUANTITAS', target: 10, satuan: 'dokumen' }] },
      { rhkId: 'r2', kind: 'TAMBAHAN', text: 'Menjadi narasumber kelas ibu hamil', indicators: [{ indicatorId: 'iki-2', name: 'Kelas yang diisi', aspek: 'KUANTITAS', target: 4, satuan: 'kelas' }] },
    ],
    version: 0,
  };
  expect((await call(putSkp, { as: staff, params: { year: String(period.year) }, body: plan })).status).toBe(200);
  expect((await call(submitSkp, { as: staff, params: { year: String(period.year) }, body: { version: 1 } })).status).toBe(200);
  expect((await call(approveSkp, { as: { nip: people.supervisor.nip }, params: { nip: staff.nip, year: String(period.year) }, body: {} })).status).toBe(200);
  const today = witaDateOf(new Date());
  for (const realization of [7, 5.5]) {
    const sent = await call(postReport, { as: staff, body: { date: today, activity: 'Rekap imunisasi', indicatorId: 'iki-1', realization, unit: 'dokumen' } });
    expect(sent.status, sent.text).toBe(201);
  }
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS', 'Kelas ibu hamil diisi di luar laporan.');
  await assess(people.colleague.nip, 'DI_BAWAH', 'SESUAI');

  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  handlers = {
    results: (await import('./get-admin-results.ts')).handler,
    resultsCsv: (await import('./get-admin-results-csv.ts')).handler,
    tpp: (await import('./get-admin-export-tpp.ts')).handler,
    unitReport: (await import('./get-unit-report.ts')).handler,
    bkn: (await import('./get-admin-export-bkn.ts')).handler,
  };
}, 120_000);

afterAll(() => system?.stop());

describe('GET /api/admin/results(.csv)', () => {
  it("pages through a unit's results with each result notice's status", async () => {
    const first = await call(handlers.results, { as: admin, query: { period: period.periodId, unit: 'dinkes', limit: '3' } });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    const rest = await call(handlers.results, { as: admin, query: { period: period.periodId, unit: 'dinkes', limit: '3', cursor: first.body.nextCursor } });
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body).not.toHaveProperty('nextCursor');
    const rows = new Map([...first.body.items, ...rest.body.items].map((r: { nip: string }) => [r.nip, r]));
    expect(rows.size).toBe(4);
    expect(rows.get(people.staff.nip)).toMatchObject({ predikat: 'SANGAT_BAIK', notice: { kind: 'HASIL', status: 'SENT', sentAt: expect.any(String) } });
    expect(rows.get(people.colleague.nip)).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', notice: { kind: 'HASIL', status: 'FAILED', failureReason: expect.stringContaining('tidak sah') } });
    // Nobody assessed the supervisor: the escalation to the head and BKPSDM is the result's notice.
    expect(rows.get(people.supervisor.nip)).toMatchObject({ notice: { kind: 'BELUM_DINILAI', status: 'SENT' } });
    // A cursor from another unit's listing is refused, not followed.
    const foreign = await call(handlers.results, { as: admin, query: { period: period.periodId, unit: 'disdik', cursor: first.body.nextCursor } });
    expect(foreign.status).toBe(422);
  });

  it('writes the notice status, its WITA time and a failure reason into the CSV', async () => {
    const response = await call(handlers.resultsCsv, { as: auditor, query: { period: period.periodId, unit: 'dinkes' } });
    expect(response.status).toBe(200);
    const rows = readCsv(response.text);
    const staff = rows.find((r) => r.nip === people.staff.nip)!;
    expect(staff).toMatchObject({ predikat: 'Sangat Baik', pemberitahuan: 'Terkirim' });
    expect(staff.pemberitahuan_terkirim).toMatch(/^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA$/);
    expect(rows.find((r) => r.nip === people.colleague.nip)).toMatchObject({ pemberitahuan: 'Gagal', pemberitahuan_gagal: expect.stringContaining('bukan-alamat-surel') });
    expect(rows.find((r) => r.nip === people.supervisor.nip)).toMatchObject({ predikat: 'Belum dinilai', pemberitahuan: 'Terkirim (eskalasi belum dinilai)' });
    expect(rows.map((r) => r.nama!)).toEqual([...rows.map((r) => r.nama!)].sort((a, b) => a.localeCompare(b, 'id')));
  });

  it("refuses another unit's head", async () => {
    const other = { nip: people.otherSupervisor.nip, roles: ['pimpinan'] as Role[] };
    expect((await call(handlers.resultsCsv, { as: other, query: { period: period.periodId, unit: 'dinkes' } })).status).toBe(403);
    expect((await call(handlers.results, { as: head, query: { period: period.periodId, unit: 'dinkes' } })).status).toBe(200);
  });
});

describe('GET /api/admin/exports/tpp.csv', () => {
  it("gives payroll every OPD's people, by OPD then name, with the kinerja amount and why", async () => {
    const response = await call(handlers.tpp, { as: admin, query: { period: period.periodId } });
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="tpp-${period.periodId}.csv"`);
    const rows = readCsv(response.text);
    expect(rows.map((r) => r.unit)).toEqual(['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', ...Array(4).fill('Dinas Kesehatan'), 'Dinas Pendidikan']);
    expect(rows.find((r) => r.nip === people.staff.nip)).toEqual({
      nip: people.staff.nip,
      nama: people.staff.name,
      jabatan: people.staff.jabatan,
      unit_id: 'dinkes',
      unit: 'Dinas Kesehatan',
      predikat: 'Sangat Baik',
      faktor_insentif: '1,5',
      tpp_dasar: '4000000',
      bobot_kinerja: '0,6',
      tpp_kinerja: '3600000',
      bobot_disiplin: '0,4',
      tpp_disiplin_maks: '1600000',
      rincian: 'Bagian kinerja: Rp4.000.000 × bobot kinerja 60 % × faktor 150 % = Rp3.600.000. Bagian disiplin: bobot 40 %, paling banyak Rp1.600.000, dihitung dari presensi di luar e-Kinerja.',
      revisi_hasil: '1',
    });
    expect(rows.find((r) => r.nip === people.colleague.nip)).toMatchObject({ predikat: 'Butuh Perbaikan', faktor_insentif: '0,75', tpp_kinerja: '1800000' });
    expect(rows.find((r) => r.nip === people.supervisor.nip)).toMatchObject({ predikat: 'Belum dinilai', faktor_insentif: '0', tpp_kinerja: '0' });
  });

  it('narrows to one OPD, and refuses an open period and an unknown OPD', async () => {
    const dinkes = readCsv((await call(handlers.tpp, { as: auditor, query: { period: period.periodId, unit: 'dinkes' } })).text);
    expect(dinkes.map((r) => r.unit_id)).toEqual(['dinkes', 'dinkes', 'dinkes', 'dinkes']);
    const { createPeriod } = await import('../../shared/data/period-repository.ts');
    const { definePeriod } = await import('../../shared/domain/period.ts');
    await createPeriod(definePeriod('BULANAN', 2031, 2, 5));
    expect((await call(handlers.tpp, { as: admin, query: { period: '2031-02' } })).status).toBe(409);
    expect((await call(handlers.tpp, { as: admin, query: { period: period.periodId, unit: 'tidak-ada' } })).status).toBe(404);
    expect((await call(handlers.tpp, { as: admin, query: { period: '2031-13' } })).status).toBe(400);
  });

  it('says the amount cannot be computed yet where the Perwali figures are not configured', async () => {
    const { tppExportCsv } = await import('../../shared/services/tpp-export.ts');
    const rows = readCsv(await tppExportCsv(period.periodId, 'dinkes', undefined));
    expect(rows.find((r) => r.nip === people.staff.nip)).toMatchObject({ faktor_insentif: '1,5', tpp_dasar: '', tpp_kinerja: '', rincian: expect.stringContaining('belum ditetapkan') });
  });
});

describe('GET /api/units/{unitId}/report', () => {
  it("gives the head what they sign off once the period is closed: completion, the spread against the curve, decisions, warnings", async () => {
    const response = await call(handlers.unitReport, { as: head, params: { unitId: 'dinkes' }, query: { period: period.periodId } });
    expect(response.status, response.text).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({
      unit: { unitId: 'dinkes', name: 'Dinas Kesehatan', orgPredikat: 'BAIK' },
      period: { periodId: period.periodId, status: 'CLOSED' },
      basis: 'HASIL',
      completion: { employees: 4, final: 2, draft: 0, notStarted: 2, percentFinal: 50 },
      reporting: { reported: 1, percent: 25 },
      distribution: { counts: { SANGAT_BAIK: 1, BAIK: 0, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0, BELUM_DINILAI: 2 }, percent: { SANGAT_BAIK: 25, BELUM_DINILAI: 50 } },
      curve: { orgPredikat: 'BAIK', fits: true },
      decisions: { PENGHARGAAN: 1, TERBAIK: 1, PEMBINAAN: 1, REKOMENDASI_SANKSI: 0 },
      signOff: { nip: people.head.nip, name: people.head.name, jabatan: people.head.jabatan },
    });
    expect(report.curve.rules.map((r: { rule: string; ok: boolean }) => [r.rule, r.ok])).toEqual([
      ['Baik paling banyak 70 %', true],
      ['Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 pegawai', true],
    ]);
    expect(report.warnings).toEqual([`2 pegawai belum dinilai: ${people.head.name}, ${people.supervisor.name}.`]);
    expect(report.people.find((p: { nip: string }) => p.nip === people.staff.nip)).toMatchObject({
      assessment: 'FINAL',
      predikat: 'SANGAT_BAIK',
      decisions: ['PENGHARGAAN', 'TERBAIK'],
      assessorName: people.supervisor.name,
      reported: true,
    });
    // Auditors read it too; the matrix holds everyone else.
    expect((await call(handlers.unitReport, { as: auditor, params: { unitId: 'dinkes' }, query: { period: period.periodId } })).status).toBe(200);
  });

  it('before the close: a provisional spread from final assessments, drafts and those not started named', async () => {
    const { createPeriod } = await import('../../shared/data/period-repository.ts');
    const { definePeriod } = await import('../../shared/domain/period.ts');
    const open = definePeriod('BULANAN', 2031, 3, 5);
    await createPeriod(open);
    await recordPeriodRoster(open.periodId, new Date());
    await assess(people.staff.nip, 'SESUAI', 'SESUAI', undefined, open.periodId, false);
    await assess(people.colleague.nip, 'DI_ATAS', 'SESUAI', undefined, open.periodId);
    const report = (await call(handlers.unitReport, { as: admin, params: { unitId: 'dinkes' }, query: { period: open.periodId } })).body;
    expect(report).toMatchObject({
      period: { status: 'OPEN' },
      basis: 'PENILAIAN_FINAL',
      completion: { employees: 4, final: 1, draft: 1, notStarted: 2 },
      distribution: { counts: { BAIK: 1, BELUM_DINILAI: 3 } },
      decisions: { PENGHARGAAN: 0, PEMBINAAN: 0 },
    });
    expect(report.warnings).toContain(`1 penilaian masih draf dan belum difinalkan: ${people.staff.name}.`);
    expect(report.warnings.some((w: string) => w.startsWith('Kurva distribusi: '))).toBe(true);
  });

  it('answers 404 for a period or unit that does not exist', async () => {
    expect((await call(handlers.unitReport, { as: admin, params: { unitId: 'dinkes' }, query: { period: '2019-01' } })).status).toBe(404);
    expect((await call(handlers.unitReport, { as: admin, params: { unitId: 'tidak-ada' }, query: { period: period.periodId } })).status).toBe(404);
  });
});

describe('GET /api/admin/exports/bkn.csv', () => {
  it('gives each SKP indicator in force with target, realisation and capaian beside the ratings, one row each', async () => {
    const response = await call(handlers.bkn, { as: head, query: { period: period.periodId, unit: 'dinkes' } });
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="ekinerja-bkn-dinkes-${period.periodId}.csv"`);
    const rows = readCsv(response.text);
    const staff = rows.filter((r) => r.nip === people.staff.nip);
    expect(staff).toEqual([
      expect.objectContaining({
        nama: people.staff.name,
        unit: 'Dinas Kesehatan',
        periode: period.name,
        jenis_rhk: 'Utama',
        // Commas, quotes and the line break come back exactly; the formula comes back as text.
        rencana_hasil_kerja: hostile.rhk,
        indikator: `'${hostile.indicator}`,
        aspek: 'Kuantitas',
        // 10 dokumen a year is 10/12 in a month (two decimals in the sheet); 7 + 5,5 = 12,5 against it is 1500 %.
        target: '10',
        target_periode: '0,83',
        satuan: 'dokumen',
        realisasi: '12,5',
        capaian_persen: '1500',
        rating_hasil_kerja: 'Di Atas Ekspektasi',
        rating_perilaku: 'Di Atas Ekspektasi',
        predikat: 'Sangat Baik',
        revisi_skp: '1',
        keterangan: '',
      }),
      expect.objectContaining({
        jenis_rhk: 'Tambahan',
        indikator: 'Kelas yang diisi',
        target: '4',
        target_periode: '0,33',
        realisasi: '',
        capaian_persen: '',
        keterangan: 'Belum ada realisasi yang dilaporkan pada periode ini.',
      }),
    ]);
    // Everyone else has no approved plan: one row each that says so, with the result still there.
    expect(rows.filter((r) => r.nip !== people.staff.nip).map((r) => [r.nama, r.predikat, r.keterangan])).toEqual(
      [
        [people.colleague.name, 'Butuh Perbaikan', 'SKP tahun ini belum disetujui atasan.'],
        [people.supervisor.name, 'Belum dinilai', 'SKP tahun ini belum disetujui atasan.'],
        [people.head.name, 'Belum dinilai', 'SKP tahun ini belum disetujui atasan.'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!, 'id')),
    );
    expect(response.text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
  });

  it("refuses an open period, and another unit's head", async () => {
    const { createPeriod } = await import('../../shared/data/period-repository.ts');
    const { definePeriod } = await import('../../shared/domain/period.ts');
    await createPeriod(definePeriod('BULANAN', 2031, 4, 5));
    expect((await call(handlers.bkn, { as: admin, query: { period: '2031-04', unit: 'dinkes' } })).status).toBe(409);
    const other = { nip: people.otherSupervisor.nip, roles: ['pimpinan'] as Role[] };
    expect((await call(handlers.bkn, { as: other, query: { period: period.periodId, unit: 'dinkes' } })).status).toBe(403);
    expect((await call(handlers.bkn, { as: admin, query: { period: period.periodId } })).status).toBe(400);
  });
});
