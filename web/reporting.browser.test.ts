import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityReport } from '../shared/domain/report.ts';
import { addDays, witaDateOf } from '../shared/domain/time.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * The e-reporting screens beyond the daily form, in a real Chromium over a fresh table: the employee corrects a
 * returned report, edits, withdraws and repeats reports and uploads a month as CSV; the supervisor marks two reports
 * at once; the head of the unit reads the unit's compliance and leaves someone out of it. axe-core and screenshots.
 */
const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));
const NBSP = '\u00a0';

let form: FormInBrowser;
let periodId: string;

const storedReports = () => form.storedReports('staff', periodId);

const reportItems = (page: Page) => page.locator('.report-list > li.report-item');
const reportItem = (page: Page, text: string) => reportItems(page).filter({ hasText: text });

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  await recordPeriodRoster(periodId, new Date());
  await seedApprovedSkp(people.staff.nip, year, [{ indicatorId: 'iki-1', target: 10 }]);
  form = await FormInBrowser.start({
    tokens: { staff: people.staff.nip, supervisor: people.supervisor.nip, head: people.head.nip },
    demoIdentities: [people.staff.nip, people.supervisor.nip, people.head.nip, people.admin.nip],
  });
});

afterAll(async () => {
  await form?.stop();
});

describe('e-reporting in the form', () => {
  let staff: Page;
  let returnedId: string;
  let editedId: string;

  it('the employee corrects a returned report (seeing the note), edits another, and cannot touch an accepted one', async () => {
    const sent = async (body: object) => (await form.post<ActivityReport>('/api/reports', 'staff', body)).body;
    const edited = await sent({ date: today, activity: 'Rapat koordinasi program imunisasi' });
    const returned = await sent({ date: today, activity: 'Rekap kunjungan posyandu', indicatorId: 'iki-1', realization: 2, unit: 'dokumen' });
    const accepted = await sent({ date: today, activity: 'Verifikasi data surveilans mingguan' });
    [editedId, returnedId] = [edited.reportId, returned.reportId];
    const note = 'Lampirkan daftar hadir posyandu.';
    const verify = (report: ActivityReport, verdict: object) => form.post<ActivityReport>(`/api/team/${people.staff.nip}/reports/${report.reportId}/verify`, 'supervisor', { periodId, ...verdict });
    const asReturned = await verify(returned, { status: 'DIKEMBALIKAN', note });
    expect(asReturned.status).toBe(200);
    expect((await verify(accepted, { status: 'SESUAI' })).status).toBe(200);

    staff = await form.openPage();
    await form.signIn(staff, people.staff.nip);
    await expect.poll(() => reportItems(staff).count()).toBe(3);
    const acceptedItem = reportItem(staff, 'Verifikasi data surveilans mingguan');
    expect(await acceptedItem.getByRole('button').allInnerTexts()).toEqual(['Ulangi']);

    await reportItem(staff, 'Rekap kunjungan posyandu').getByRole('button', { name: /^Perbaiki laporan/ }).click();
    const banner = staff.locator('form.report-form .edit-banner');
    expect(await banner.innerText()).toContain(`Catatan atasan: ${note}`);
    expect(await staff.inputValue('#report-realization')).toBe('2');
    expect(await staff.inputValue('#report-indicatorId')).toBe('iki-1');
    expect(await staff.evaluate(() => document.activeElement?.id)).toBe('report-activity');
    await staff.fill('#report-evidenceUrl', 'http://drive.example.id/daftar-hadir');
    const submit = staff.locator('form.report-form button[type="submit"]');
    expect(await submit.innerText()).toBe('Kirim ulang ke atasan');
    await submit.click();
    await expect.poll(() => staff.locator('#report-evidenceUrl-error').innerText()).toMatch(/https/);
    await staff.fill('#report-evidenceUrl', 'https://drive.example.id/daftar-hadir');
    await screenshots(staff, 'laporan-perbaiki');
    // Double-clicking sends one correction: the second would carry a stale version and be refused with 409.
    await submit.dblclick();
    await expect.poll(() => staff.locator('form.report-form .form-status').innerText()).toMatch(/diperbaiki dan dikirim ulang ke atasan/);
    expect(await staff.locator('form.report-form .form-alert').innerText()).toBe('');
    const corrected = reportItem(staff, 'Rekap kunjungan posyandu');
    expect(await corrected.locator('.status').innerText()).toBe('Diajukan');
    expect(await corrected.innerText()).not.toContain(note);
    expect(await banner.isHidden()).toBe(true);
    expect(await submit.innerText()).toBe('Kirim laporan');
    const stored = (await storedReports()).find((r) => r.reportId === returnedId);
    expect(stored).toMatchObject({ status: 'DIAJUKAN', version: (asReturned.body.version ?? 1) + 1, evidenceUrl: 'https://drive.example.id/daftar-hadir', realization: 2 });
    expect(stored?.verificationNote ?? null).toBeNull();

    await reportItem(staff, 'Rapat koordinasi program imunisasi').getByRole('button', { name: /^Ubah laporan/ }).click();
    expect(await submit.innerText()).toBe('Simpan perubahan');
    await staff.fill('#report-activity', 'Rapat koordinasi program imunisasi dasar lengkap');
    await submit.click();
    await expect.poll(() => staff.locator('form.report-form .form-status').innerText()).toMatch(/^Perubahan laporan .* tersimpan\.$/);
    expect(await reportItems(staff).count()).toBe(3);
    expect((await storedReports()).find((r) => r.reportId === editedId)).toMatchObject({ activity: 'Rapat koordinasi program imunisasi dasar lengkap', version: 2 });
  });

  it('the employee deletes a report after confirming; a version changed elsewhere is refused with the server\'s reason', async () => {
    const item = reportItem(staff, 'imunisasi dasar lengkap');
    // Another tab corrects it meanwhile: this page still holds version 2.
    const elsewhere = await form.api(`/api/reports/${editedId}`, 'staff', {
      method: 'PUT',
      body: JSON.stringify({ date: today, activity: 'Rapat koordinasi imunisasi (dari tab lain)', periodId, version: 2 }),
    });
    expect(elsewhere.status).toBe(200);
    await item.getByRole('button', { name: /^Hapus laporan/ }).click();
    const dialog = staff.getByRole('dialog', { name: 'Hapus laporan?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('imunisasi dasar lengkap');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect(await reportItems(staff).count()).toBe(3);
    await item.getByRole('button', { name: /^Hapus laporan/ }).click();
    await dialog.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.poll(() => item.locator('.form-alert').innerText()).toMatch(/telah diubah di tempat lain/);
    expect((await storedReports()).some((r) => r.reportId === editedId)).toBe(true);

    await staff.reload();
    const fresh = reportItem(staff, 'dari tab lain');
    await fresh.waitFor();
    await fresh.getByRole('button', { name: /^Hapus laporan/ }).click();
    await staff.getByRole('dialog', { name: 'Hapus laporan?' }).getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.poll(() => reportItems(staff).count()).toBe(2);
    expect((await storedReports()).some((r) => r.reportId === editedId)).toBe(false);
  });

  it('"Ulangi" copies an earlier report into the form dated today, and sends it as a new one', async () => {
    await reportItem(staff, 'Verifikasi data surveilans mingguan').getByRole('button', { name: /^Ulangi laporan/ }).click();
    expect(await staff.inputValue('#report-activity')).toBe('Verifikasi data surveilans mingguan');
    expect(await staff.inputValue('#report-date')).toBe(today);
    expect(await staff.locator('form.report-form .edit-banner').isHidden()).toBe(true);
    await staff.locator('form.report-form button[type="submit"]').click();
    await expect.poll(() => staff.locator('form.report-form .form-status').innerText()).toMatch(/berhasil dikirim/);
    await expect.poll(() => reportItems(staff).count()).toBe(3);
    expect((await storedReports()).filter((r) => r.activity === 'Verifikasi data surveilans mingguan').map((r) => r.status).sort()).toEqual(['DIAJUKAN', 'SESUAI']);
  });

  it("uploads a month's CSV: every bad line named and nothing stored, then the good file stored once", async () => {
    await staff.getByRole('link', { name: 'Unggah berkas CSV' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Unggah laporan dari CSV' }).waitFor();
    const folder = mkdtempSync(join(tmpdir(), 'ekinerja-reports-csv-'));
    const dmy = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
    const bad = join(folder, 'kegiatan-salah.csv');
    writeFileSync(bad, ['tanggal;kegiatan;indikator;realisasi;satuan;bukti', `${dmy};Baris baik;;;;`, `${addDays(today, 1)};Belum terjadi;;;;`, `${dmy};Realisasi bukan angka;iki-1;banyak;;`, ''].join('\r\n'));
    const before = (await storedReports()).length;

    await staff.getByRole('button', { name: 'Unggah laporan' }).click();
    await expect.poll(() => staff.locator('#report-csv-file-error').innerText()).toBe('Pilih berkas CSV terlebih dahulu.');
    await staff.setInputFiles('#report-csv-file', bad);
    await staff.getByRole('button', { name: 'Unggah laporan' }).click();
    const problems = staff.locator('.import-errors tbody tr');
    await expect.poll(() => problems.count()).toBe(2);
    expect(await problems.nth(0).innerText()).toMatch(/^3\s+tanggal\s+/);
    expect(await problems.nth(1).innerText()).toMatch(/^4\s+realisasi\s+/);
    expect(await staff.locator('form .form-alert').innerText()).toMatch(/tidak ada laporan yang disimpan/);
    expect((await storedReports()).length).toBe(before);
    await screenshots(staff, 'laporan-unggah-salah');

    const good = join(folder, 'kegiatan-november.csv');
    writeFileSync(good, ['tanggal,kegiatan,indikator,realisasi,satuan,bukti', `${today},Input data kunjungan puskesmas,iki-1,"1,5",dokumen,`, `${dmy},Pendampingan kader posyandu,,,,`, ''].join('\n'));
    await staff.setInputFiles('#report-csv-file', good);
    await staff.getByRole('button', { name: 'Unggah laporan' }).click();
    const result = staff.locator('.import-result');
    await expect.poll(() => result.innerText()).toContain('2 laporan tersimpan');
    expect(await staff.evaluate(() => document.activeElement?.id)).toBe('csv-result-title');
    expect((await storedReports()).find((r) => r.activity === 'Input data kunjungan puskesmas')).toMatchObject({ realization: 1.5, indicatorId: 'iki-1', status: 'DIAJUKAN' });

    await staff.getByRole('button', { name: 'Unggah laporan' }).click();
    await expect.poll(() => result.innerText()).toContain('sudah pernah diunggah');
    expect((await storedReports()).length).toBe(before + 2);
    await screenshots(staff, 'laporan-unggah');

    await result.getByRole('link', { name: 'Lihat di Laporan saya' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Laporan kegiatan harian' }).waitFor();
    await expect.poll(() => reportItems(staff).count()).toBe(before + 2);
  });

  it('the supervisor ticks two reports and marks them "Sesuai" in one request', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.supervisor.nip);
    await page.evaluate((hash) => (location.hash = hash), `#/tim/${periodId}/${people.staff.nip}/laporan`);
    await expect.poll(() => reportItems(page).count()).toBe(5);
    const boxes = page.locator('.report-list input.bulk-select');
    expect(await boxes.count()).toBe(4);
    const count = page.locator('.bulk-count');
    expect(await count.innerText()).toBe('0 dari 4 laporan dipilih');
    await page.getByRole('button', { name: 'Tandai sesuai' }).click();
    await expect.poll(() => page.locator('.bulk-bar .form-alert').innerText()).toBe('Pilih paling sedikit satu laporan.');

    await page.getByLabel('Pilih semua laporan yang belum sesuai').check();
    expect(await count.innerText()).toBe('4 dari 4 laporan dipilih');
    await page.getByLabel('Pilih semua laporan yang belum sesuai').uncheck();
    const first = reportItem(page, 'Rekap kunjungan posyandu');
    const second = reportItem(page, 'Pendampingan kader posyandu');
    await first.getByRole('checkbox').check();
    // Keyboard only: the second box is reached and ticked with Space.
    await second.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    expect(await count.innerText()).toBe('2 dari 4 laporan dipilih');
    expect(await page.locator('#bulk-select-all').evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
    await screenshots(page, 'tim-tandai-sesuai');
    await page.getByRole('button', { name: 'Tandai sesuai' }).click();
    await expect.poll(() => first.locator('.status').innerText()).toBe('Sesuai');
    expect(await second.locator('.status').innerText()).toBe('Sesuai');
    expect(await boxes.count()).toBe(2);
    expect(await count.innerText()).toBe('0 dari 2 laporan dipilih');

    const stored = await storedReports();
    for (const activity of ['Rekap kunjungan posyandu', 'Pendampingan kader posyandu']) {
      expect(stored.find((r) => r.activity === activity)).toMatchObject({ status: 'SESUAI', verifiedBy: people.supervisor.nip });
    }
    expect(stored.filter((r) => r.status === 'DIAJUKAN').length).toBe(2);
  });

  it("the head of the unit reads the unit's compliance and leaves someone on leave out of it", async () => {
    const page = await form.openPage();
    await form.signIn(page, people.head.nip);
    await openScreen(page, 'Kepatuhan laporan', 'Kepatuhan laporan');
    const totals = page.locator('dl.compliance-totals');
    await totals.waitFor();
    const factOf = async (term: string) => (await totals.locator('div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd').innerText()).trim();
    // Dinas Kesehatan: the head, the supervisor, the staff member and the colleague; only the staff member reported.
    expect(await page.locator('#compliance-title').innerText()).toContain('Dinas Kesehatan');
    expect(await factOf('Pegawai')).toBe('4');
    expect(await factOf('Sudah melapor')).toBe('1');
    expect(await factOf('Tingkat pelaporan')).toBe(`25${NBSP}%`);
    expect(await factOf('Belum diverifikasi')).toBe('2');
    expect(await page.locator('#not-reported-title').innerText()).toBe('Belum melapor (3)');

    const row = page.locator(`tr[data-nip="${people.colleague.nip}"]`);
    expect(await row.innerText()).toContain('Belum melapor');
    await row.getByRole('button', { name: `Kecualikan ${people.colleague.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Kecualikan ${people.colleague.name}` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Simpan pengecualian' }).click();
    await expect.poll(() => dialog.locator('#exclusion-reason-error').innerText()).toBe('Pilih alasan pengecualian.');
    await dialog.getByLabel('Alasan').selectOption('CUTI');
    await dialog.getByLabel('Keterangan').fill('Cuti melahirkan');
    await screenshots(page, 'kepatuhan-kecualikan');
    await dialog.getByRole('button', { name: 'Simpan pengecualian' }).click();
    await expect.poll(() => factOf('Dikecualikan')).toBe('1');
    expect(await dialog.count()).toBe(0);
    expect(await factOf('Wajib melapor')).toBe('3');
    expect(await factOf('Tingkat pelaporan')).toBe(`33,3${NBSP}%`);
    expect(await row.innerText()).toContain('Dikecualikan: Cuti (Cuti melahirkan)');
    expect(await page.locator('#not-reported-title').innerText()).toBe('Belum melapor (2)');
    const view = await form.api<{ totals: { excluded: number }; people: { nip: string; exclusion?: object }[] }>(`/api/units/dinkes/compliance?period=${periodId}`, 'head');
    expect(view.body.totals.excluded).toBe(1);
    expect(view.body.people.find((p) => p.nip === people.colleague.nip)?.exclusion).toEqual({ reason: 'CUTI', note: 'Cuti melahirkan' });
    await screenshots(page, 'kepatuhan');

    await row.getByRole('button', { name: `Hitung kembali ${people.colleague.name}` }).click();
    await expect.poll(() => factOf('Dikecualikan')).toBe('0');
    expect(await factOf('Tingkat pelaporan')).toBe(`25${NBSP}%`);
  });

  it('BKPSDM picks the unit from the OPDs listed by name, not by typing a code', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.admin.nip);
    await page.evaluate(() => (location.hash = '#/kepatuhan'));
    await page.getByRole('heading', { level: 1, name: 'Kepatuhan laporan' }).waitFor();
    await page.locator('#compliance-title').waitFor();
    expect(await page.locator('#compliance-title').innerText()).toContain('Badan Kepegawaian');
    const unit = page.getByLabel('Unit kerja');
    expect(await unit.evaluate((element) => element.tagName)).toBe('SELECT');
    await expect.poll(() => unit.locator('option').allInnerTexts()).toEqual(['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(await unit.inputValue()).toBe('bkpsdm');
    expect(await page.locator('input#compliance-unit').count()).toBe(0);
    await unit.selectOption({ label: 'Dinas Kesehatan' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await expect.poll(() => page.locator('#compliance-title').innerText()).toContain('Dinas Kesehatan');
    expect(page.url()).toContain(`#/kepatuhan/dinkes/${periodId}`);
    expect(await page.getByLabel('Unit kerja').inputValue()).toBe('dinkes');
    expect(await page.locator(`tr[data-nip="${people.colleague.nip}"]`).getByRole('button', { name: /^Kecualikan/ }).count()).toBe(1);
    await screenshots(page, 'kepatuhan-pilih-unit');

    // The head of a unit is not offered the list: their own unit is fixed.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await form.signIn(page, people.head.nip);
    await page.evaluate(() => (location.hash = '#/kepatuhan'));
    await page.locator('#compliance-title').waitFor();
    expect(await page.locator('#compliance-unit').count()).toBe(0);
    expect(await page.locator('.picker-fixed').innerText()).toContain('Dinas Kesehatan');
  });

  it('has no serious or critical axe-core violations on these screens', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, people.staff.nip);
    await reportItems(page).first().waitFor();
    await reportItem(page, 'Input data kunjungan puskesmas').getByRole('button', { name: /^Ubah laporan/ }).click();
    await page.fill('#report-evidenceUrl', 'bukan tautan');
    await page.locator('form.report-form button[type="submit"]').click();
    await page.locator('#report-evidenceUrl-error').waitFor();
    await form.audit(page, 'laporan saya: mengubah dengan kesalahan');
    await visit(page, '#/laporan/unggah', '#report-csv-file');
    await page.getByRole('button', { name: 'Unggah laporan' }).click();
    await page.locator('#report-csv-file-error').waitFor();
    await form.audit(page, 'unggah CSV dengan kesalahan');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.supervisor.nip);
    await visit(page, `#/tim/${periodId}/${people.staff.nip}/laporan`, '.bulk-bar:not([hidden])');
    await form.audit(page, 'laporan anggota tim dengan pilihan massal');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.admin.nip);
    await visit(page, '#/kepatuhan', 'dl.compliance-totals');
    await page.locator('#compliance-unit:not([aria-busy])').waitFor();
    await form.audit(page, 'kepatuhan laporan: pilihan unit kerja');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.head.nip);
    await visit(page, '#/kepatuhan', 'dl.compliance-totals');
    await form.audit(page, 'kepatuhan laporan');
    await page.locator(`tr[data-nip="${people.colleague.nip}"]`).getByRole('button', { name: /^Kecualikan/ }).click();
    await page.getByRole('dialog').waitFor();
    await form.audit(page, 'dialog pengecualian');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations.filter((violation) => !/axe/.test(violation))).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
