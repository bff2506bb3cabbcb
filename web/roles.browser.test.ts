import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../shared/domain/assessment.ts';
import type { ActivityReport } from '../shared/domain/report.ts';
import type { Skp } from '../shared/domain/skp.ts';
import { witaDateOf } from '../shared/domain/time.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { csvFile, testNip } from '../test/employee-csv-fixture.ts';
import { people, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * Each role's main path through the built form, in a real Chromium over a fresh table, one step after another:
 * the employee writes an SKP, the supervisor approves it, the employee reports against its indicator, the
 * supervisor verifies the reports and finalises the assessment, the admin closes the period, and the employee
 * reads the result. Then the admin's other screens, an axe-core pass on every new screen, and screenshots.
 */
const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));

let form: FormInBrowser;
let periodId: string;
const pages: Record<'staff' | 'supervisor' | 'admin', Page> = {} as never;

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  form = await FormInBrowser.start({
    tokens: { staff: people.staff.nip, supervisor: people.supervisor.nip, admin: people.admin.nip },
    demoIdentities: [people.staff.nip, people.supervisor.nip, people.admin.nip],
  });
  [pages.staff, pages.supervisor, pages.admin] = await Promise.all([form.openPage(), form.openPage(), form.openPage()]);
  await Promise.all([form.signIn(pages.staff, people.staff.nip), form.signIn(pages.supervisor, people.supervisor.nip), form.signIn(pages.admin, people.admin.nip)]);
});

afterAll(async () => {
  await form?.stop();
});

describe("each role's main path", () => {
  it('shows each person only the screens of their role', async () => {
    const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allInnerTexts();
    expect(await menu(pages.staff)).toEqual(['Laporan kegiatan', 'SKP saya', 'Hasil saya', 'Pelatihan']);
    expect(await menu(pages.supervisor)).toEqual(['Laporan kegiatan', 'SKP saya', 'Hasil saya', 'Pelatihan', 'Tim saya', 'Keberatan']);
    expect(await menu(pages.admin)).toEqual(['Laporan kegiatan', 'SKP saya', 'Hasil saya', 'Pelatihan', 'Keberatan', 'Kepatuhan laporan', 'Hasil unit kerja', 'Adopsi', 'Periode', 'Impor pegawai', 'Cek data']);
    // An address for a screen the person may not use lands on their first screen.
    await pages.staff.goto(`${form.url}/#/admin/periode`);
    await pages.staff.getByRole('heading', { level: 1, name: 'Laporan kegiatan harian' }).waitFor();
    expect(pages.staff.url()).toMatch(/#\/laporan$/);
  });

  it('the employee writes an SKP: checked at each field, saved as a draft, then submitted', async () => {
    const page = pages.staff;
    await openScreen(page, 'SKP saya', 'SKP saya');
    await page.getByRole('button', { name: 'Simpan rancangan' }).click();
    await expect.poll(() => page.locator('#skp-rhk-0-text-error').innerText()).toBe('Rencana hasil kerja wajib diisi.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skp-rhk-0-text');

    await page.fill('#skp-rhk-0-text', 'Tersedianya data surveilans penyakit menular yang mutakhir');
    await page.fill('#skp-rhk-0-indicators-0-name', 'Laporan surveilans mingguan yang diverifikasi');
    await page.fill('#skp-rhk-0-indicators-0-target', '10');
    await page.fill('#skp-rhk-0-indicators-0-satuan', 'laporan');
    await page.getByRole('button', { name: 'Tambah indikator RHK 1' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skp-rhk-0-indicators-1-name');
    await page.fill('#skp-rhk-0-indicators-1-name', 'Ketepatan waktu laporan');
    await page.fill('#skp-rhk-0-indicators-1-target', '0');
    await page.fill('#skp-rhk-0-indicators-1-satuan', 'hari');
    await page.selectOption('#skp-rhk-0-indicators-1-aspek', 'WAKTU');
    await page.getByRole('button', { name: 'Simpan rancangan' }).click();
    await expect.poll(() => page.locator('#skp-rhk-0-indicators-1-target-error').innerText()).toBe('Target harus lebih besar dari 0.');
    await page.getByRole('button', { name: 'Hapus indikator 1.2' }).click();

    await page.getByRole('button', { name: 'Tambah RHK' }).click();
    await page.fill('#skp-rhk-1-text', 'Terlaksananya pendampingan kader posyandu');
    await page.fill('#skp-rhk-1-indicators-0-name', 'Kader yang didampingi');
    await page.fill('#skp-rhk-1-indicators-0-target', '12,5');
    await page.fill('#skp-rhk-1-indicators-0-satuan', 'orang');
    expect(await page.inputValue('#skp-rhk-1-kind')).toBe('TAMBAHAN');
    await page.getByRole('button', { name: 'Simpan rancangan' }).click();
    await expect.poll(() => page.locator('.skp-summary').innerText()).toMatch(/Rancangan SKP \d{4} tersimpan/);
    expect(await page.locator('.skp-state').innerText()).toMatch(/Draf/);
    await screenshots(page, 'skp-saya');

    await page.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await expect.poll(() => page.locator('.skp-summary').innerText()).toMatch(/diajukan ke atasan langsung/);
    expect(await page.locator('.skp-summary').innerText()).toContain(people.supervisor.name);
    const { body: skp } = await form.api<Skp>(`/api/skp/${year}`, 'staff');
    expect(skp).toMatchObject({ status: 'SUBMITTED', rhk: [{ kind: 'UTAMA', indicators: [{ indicatorId: 'iki-1', target: 10 }] }, { kind: 'TAMBAHAN', indicators: [{ target: 12.5 }] }] });
  });

  it('the supervisor sees the team for the open period and approves the SKP', async () => {
    const page = pages.supervisor;
    await openScreen(page, 'Tim saya', 'Tim saya');
    const members = page.locator('.team-list > li.team-member');
    await expect.poll(() => members.count()).toBe(2);
    expect(await members.allInnerTexts()).toEqual([expect.stringContaining(people.colleague.name), expect.stringContaining(people.staff.name)]);
    expect(await page.locator(`.team-member[data-nip="${people.staff.nip}"]`).innerText()).toContain('Belum dinilai');
    expect(await page.inputValue('#team-period')).toBe(periodId);

    const decision = page.locator(`.skp-decision[data-nip="${people.staff.nip}"]`);
    await expect.poll(() => decision.innerText()).toContain(people.staff.name);
    await decision.locator('summary').click();
    expect(await decision.innerText()).toContain('Laporan surveilans mingguan yang diverifikasi');
    await screenshots(page, 'tim-saya');
    await decision.getByRole('button', { name: `Setujui SKP ${people.staff.name}` }).click();
    await expect.poll(() => page.locator('.skp-decisions').innerText()).toContain('Tidak ada SKP yang menunggu keputusan Anda.');
    expect((await form.api<Skp>(`/api/skp/${year}`, 'staff')).body.status).toBe('APPROVED');
  });

  it('the employee reports against an approved SKP indicator, chosen from a list', async () => {
    const page = pages.staff;
    await openScreen(page, 'Laporan kegiatan', 'Laporan kegiatan harian');
    const indicator = page.locator('select#report-indicatorId');
    await indicator.waitFor();
    expect(await page.locator('label[for="report-indicatorId"]').innerText()).toBe('Indikator SKP');
    await indicator.selectOption('iki-1');
    expect(await page.inputValue('#report-unit')).toBe('laporan');
    await page.fill('#report-activity', 'Verifikasi dan kirim laporan surveilans mingguan ke Dinkes Provinsi');
    await page.fill('#report-realization', '12');
    await page.locator('form.report-form button[type="submit"]').click();
    await expect.poll(() => page.locator('form.report-form .form-status').innerText()).toMatch(/berhasil dikirim/);

    const second = await form.api<ActivityReport>('/api/reports', 'staff', {
      method: 'POST',
      body: JSON.stringify({ date: today, activity: 'Rapat koordinasi tanpa notulen', indicatorId: 'iki-1', realization: 3 }),
    });
    expect(second.status).toBe(201);
  });

  it('the supervisor returns one report with a required note and marks the other "Sesuai"; the employee sees both', async () => {
    const page = pages.supervisor;
    await page.locator(`.team-member[data-nip="${people.staff.nip}"]`).getByRole('link', { name: /^Laporan/ }).click();
    await page.getByRole('heading', { level: 1, name: `Laporan kegiatan: ${people.staff.name}` }).waitFor();
    const items = page.locator('.report-list > li.report-item');
    await expect.poll(() => items.count()).toBe(2);
    const returned = items.filter({ hasText: 'Rapat koordinasi tanpa notulen' });
    const accepted = items.filter({ hasText: 'Verifikasi dan kirim laporan' });

    await returned.getByRole('button', { name: /^Kembalikan/ }).click();
    await returned.getByRole('button', { name: 'Kirim pengembalian' }).click();
    await expect.poll(() => returned.locator('.field-error').innerText()).toBe('Catatan wajib diisi saat mengembalikan laporan.');
    const note = 'Lampirkan notulen rapat sebagai bukti dukung.';
    await returned.getByLabel('Catatan untuk pegawai').fill(note);
    await returned.getByRole('button', { name: 'Kirim pengembalian' }).click();
    await expect.poll(() => returned.locator('.status').innerText()).toBe('Dikembalikan');
    expect(await returned.innerText()).toContain(note);

    await accepted.getByRole('button', { name: /^Sesuai/ }).click();
    await expect.poll(() => accepted.locator('.status').innerText()).toBe('Sesuai');
    await screenshots(page, 'tim-laporan');

    const staff = pages.staff;
    await staff.reload();
    const mine = staff.locator('.report-list > li.report-item');
    await expect.poll(() => mine.count()).toBe(2);
    const mineReturned = mine.filter({ hasText: 'Rapat koordinasi tanpa notulen' });
    expect(await mineReturned.locator('.status').innerText()).toBe('Dikembalikan');
    expect(await mineReturned.innerText()).toContain(`Catatan atasan: ${note}`);
    expect(await mine.filter({ hasText: 'Verifikasi dan kirim laporan' }).locator('.status').innerText()).toBe('Sesuai');
  });

  it('the supervisor assesses: capaian, suggestion, reason required when differing, live predikat, a 409 reload, and "Finalkan"', async () => {
    const page = pages.supervisor;
    await page.getByRole('link', { name: 'Penilaian kinerja' }).click();
    await page.getByRole('heading', { level: 1, name: `Penilaian kinerja: ${people.staff.name}` }).waitFor();
    const row = page.locator('tr[data-indicator="iki-1"]');
    await row.waitFor();
    // 10 laporan a year is 10/12 this month; 12 counts (the returned report's 3 does not): 1.440 %, above expectation.
    expect(await row.locator('td[data-label="Target periode ini"]').innerText()).toBe('0,83 laporan (10 setahun)');
    expect(await row.locator('td[data-label="Realisasi"]').innerText()).toBe('12 laporan');
    expect(await row.locator('.capaian').innerText()).toMatch(/^1\.440\s%$/);
    expect(await page.locator('tr[data-indicator="iki-2"] td[data-label="Target periode ini"]').innerText()).toBe('1,04 orang (12,5 setahun)');
    expect(await page.locator('tr[data-indicator="iki-2"] .capaian').innerText()).toBe('Belum ada');
    expect(await page.locator('.suggested-rating').innerText()).toBe('Sesuai Ekspektasi');

    const preview = page.locator('output.predikat-preview');
    expect(await preview.innerText()).toBe('Belum lengkap');
    await page.getByRole('radiogroup', { name: /Rating Hasil Kerja/ }).getByLabel('Di Atas Ekspektasi').check();
    expect(await page.locator('label[for="assessment-hasilKerja-reason"]').innerText()).toContain('wajib karena berbeda dari saran');
    // Keyboard only: from the first value, Space chooses "Di Atas Ekspektasi" and Tab moves on to the next value.
    const groups = page.locator('fieldset.value-choice');
    expect(await groups.count()).toBe(7);
    await groups.first().locator('input').first().focus();
    for (let i = 0; i < 7; i += 1) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    expect(await groups.locator('input:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(Array(7).fill('DI_ATAS'));
    expect(await groups.first().innerText()).toContain('Memahami dan memenuhi kebutuhan masyarakat');
    await expect.poll(() => page.locator('[data-field="perilaku.rating"] .hint').innerText()).toContain('Saran dari ketujuh nilai: Di Atas Ekspektasi');
    await page.getByRole('radiogroup', { name: /Rating Perilaku Kerja/ }).getByLabel('Sesuai Ekspektasi').check();
    await expect.poll(() => preview.innerText()).toBe('Baik');
    await page.getByRole('radiogroup', { name: /Rating Perilaku Kerja/ }).getByLabel('Di Bawah Ekspektasi').check();
    await expect.poll(() => preview.innerText()).toBe('Kurang/Misconduct');
    await page.getByRole('radiogroup', { name: /Rating Perilaku Kerja/ }).getByLabel('Di Atas Ekspektasi').check();
    await expect.poll(() => preview.innerText()).toBe('Sangat Baik');
    await page.fill('#assessment-feedback', 'Laporan surveilans selalu tepat waktu; pertahankan dan bagikan caranya ke rekan.');

    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => page.locator('#assessment-hasilKerja-reason-error').innerText()).toMatch(/berbeda dari saran sistem/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assessment-hasilKerja-reason');
    await page.fill('#assessment-hasilKerja-reason', 'Laporan bulan ini jauh di atas target dan selalu diverifikasi tepat waktu.');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => page.locator('.assessment-side .form-status').innerText()).toContain('Draf penilaian tersimpan (predikat Sangat Baik)');
    expect(await page.locator('.assessment-status').innerText()).toMatch(/Draf/);
    await screenshots(page, 'penilaian');

    // Someone else saves in between: the next write is refused with 409 and the page offers to reload.
    const workspace = (await form.api<{ assessment: Assessment }>(`/api/team/${people.staff.nip}/assessments/${periodId}`, 'supervisor')).body;
    const { version: _v, ...saved } = { ...workspace.assessment };
    const bump = await form.api(`/api/team/${people.staff.nip}/assessments/${periodId}`, 'supervisor', {
      method: 'PUT',
      body: JSON.stringify({
        hasilKerja: { rating: saved.hasilKerja.rating, reason: saved.hasilKerja.reason },
        perilaku: { rating: saved.perilaku.rating, values: saved.perilaku.values },
        feedback: saved.feedback,
        version: workspace.assessment.version,
      }),
    });
    expect(bump.status).toBe(200);
    await page.getByRole('button', { name: 'Finalkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalkan penilaian?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Sangat Baik');
    await dialog.getByRole('button', { name: 'Ya, finalkan' }).click();
    await expect.poll(() => page.locator('.assessment-side .form-alert').innerText()).toMatch(/muat ulang/i);
    await page.getByRole('button', { name: 'Muat ulang penilaian' }).click();
    await expect.poll(() => page.locator('.assessment-side .form-status').innerText()).toContain('dimuat ulang');

    await page.getByRole('button', { name: 'Finalkan' }).click();
    await page.getByRole('dialog', { name: 'Finalkan penilaian?' }).getByRole('button', { name: 'Ya, finalkan' }).click();
    await expect.poll(() => page.locator('.assessment-side .form-status').innerText()).toContain('sudah final dengan predikat Sangat Baik');
    const shown = await preview.innerText();
    const final = (await form.api<{ assessment: Assessment }>(`/api/team/${people.staff.nip}/assessments/${periodId}`, 'supervisor')).body.assessment;
    expect(final).toMatchObject({ status: 'FINAL', predikat: 'SANGAT_BAIK', hasilKerja: { rating: 'DI_ATAS', suggested: 'SESUAI' } });
    expect(shown).toBe('Sangat Baik');
    expect(await page.locator('input[name="assessment-hasilKerja-rating"]').first().isDisabled()).toBe(true);

    await page.getByRole('link', { name: /Tim saya ·/ }).click();
    await expect.poll(() => page.locator(`.team-member[data-nip="${people.staff.nip}"]`).innerText()).toMatch(/Final[\s\S]*Predikat: Sangat Baik/);
  });

  it('the admin closes the period and watches it reach CLOSED with the progress', async () => {
    const page = pages.admin;
    await openScreen(page, 'Periode', 'Periode penilaian');
    const row = page.locator(`tr[data-period="${periodId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Terbuka');
    await row.getByRole('button', { name: /^Tutup periode/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Tutup periode/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ya, tutup periode' }).click();

    const panel = page.locator('.close-panel');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toMatch(/sudah ditutup: 6 pegawai dinilai di 3 unit/);
    expect(await panel.locator('.progress-text').innerText()).toBe('3 dari 3 unit');
    expect(await page.locator('#close-progress').evaluate((node: HTMLProgressElement) => [node.value, node.max])).toEqual([3, 3]);
    expect(await panel.innerText()).toMatch(/Pegawai dinilai\s+6/i);
    await expect.poll(() => row.innerText()).toContain('Ditutup');
    await expect.poll(() => panel.locator('.notice-counts').innerText(), { timeout: 10_000 }).toMatch(/pemberitahuan/);
    await form.system.bus.idle();
    await panel.getByRole('button', { name: 'Perbarui hitungan' }).click();
    await expect.poll(() => panel.locator('.notice-total').innerText()).toMatch(/^\d+ pemberitahuan:/);
    await screenshots(page, 'periode-ditutup');

    const periods = (await form.api<{ items: { periodId: string; status: string }[] }>(`/api/periods?year=${year}`, 'admin')).body.items;
    expect(periods.find((p) => p.periodId === periodId)?.status).toBe('CLOSED');
  });

  it('the employee reads the result: predikat, ratings and the awards that follow', async () => {
    const page = pages.staff;
    await openScreen(page, 'Hasil saya', 'Hasil saya');
    const card = page.locator(`.result-card[data-period="${periodId}"]`);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Sangat Baik');
    expect(text).toMatch(/Hasil Kerja\s+Di Atas Ekspektasi/i);
    expect(text).toContain('Penghargaan');
    expect(text).toContain('Pegawai Berkinerja Terbaik');
    // Each piagam with its code and a link to the public verification its QR code points to.
    const listed = (await form.api<{ items: { certificates: { kind: string; certificateId: string }[] }[] }>(`/api/results?period=${periodId}`, 'staff')).body.items[0]!.certificates;
    expect(listed.map((c) => c.kind)).toEqual(['PENGHARGAAN', 'TERBAIK']);
    await card.locator('.certificate-list > li').first().waitFor();
    expect(await card.locator('.certificate-list > li').count()).toBe(2);
    for (const [i, title] of ['Piagam Penghargaan Predikat Kinerja Sangat Baik', 'Piagam Pegawai Berkinerja Terbaik'].entries()) {
      const item = card.locator(`.certificate-list > li[data-certificate="${listed[i]!.certificateId}"]`);
      expect(await item.innerText()).toContain(title);
      expect(await item.innerText()).toContain(`Kode verifikasi ${listed[i]!.certificateId}`);
      const link = item.getByRole('link', { name: `Periksa keaslian ${title}, kode ${listed[i]!.certificateId}` });
      expect(await link.getAttribute('href')).toBe(`verifikasi.html?kode=${listed[i]!.certificateId}`);
    }
    const verification = await fetch(`${form.url}/api/public/certificates/${listed[0]!.certificateId}`);
    expect(await verification.json()).toMatchObject({ valid: true, kind: 'PENGHARGAAN', name: people.staff.name });
    await screenshots(page, 'hasil-saya');
  });

  it('the admin creates a period, imports employees with a per-line error report, and checks the data', async () => {
    const page = pages.admin;
    await page.selectOption('#new-period-kind', 'TRIWULAN');
    await page.fill('#new-period-year', String(year + 1));
    await page.selectOption('#new-period-index', '1');
    // Typed as WITA wall-clock time, whatever the device's zone (this browser thinks it is in Los Angeles).
    await page.fill('#new-period-closesAt', `${year + 1}-04-07T23:59`);
    expect(await page.locator('#new-period-closesAt-echo').innerText()).toBe(`7 Apr ${year + 1}, 23.59 WITA`);
    await page.getByRole('button', { name: 'Buat periode' }).click();
    await expect.poll(() => page.locator('form.new-period .form-status').innerText()).toBe(`Dibuat: Triwulan I ${year + 1}.`);
    const created = (await form.api<{ items: { periodId: string; closesAt: string }[] }>(`/api/periods?year=${year + 1}`, 'admin')).body.items;
    expect(created.find((p) => p.periodId === `${year + 1}-TW1`)?.closesAt).toBe(`${year + 1}-04-07T15:59:00.000Z`);
    await page.getByRole('button', { name: 'Buat periode' }).click();
    await expect.poll(() => page.locator('form.new-period .form-alert').innerText()).toMatch(/sudah ada/);

    await openScreen(page, 'Impor pegawai', 'Impor pegawai');
    const file = join(mkdtempSync(join(tmpdir(), 'ekinerja-csv-')), 'pegawai-dlhk.csv');
    const row = (n: number, nip: string, supervisor: string) => ({
      nip,
      nama: `Pegawai DLHK ${n}`,
      email: `dlhk${n}@kendarikota.go.id`,
      jabatan: 'Analis Lingkungan',
      golongan: 'III/b',
      unit_id: 'dlhk',
      unit_nama: 'Dinas Lingkungan Hidup dan Kehutanan',
      nip_atasan: supervisor,
    });
    writeFileSync(file, csvFile([row(1, testNip(1), ''), row(2, testNip(2), testNip(1)), row(3, '12345', testNip(1))]));
    await page.setInputFiles('#import-file', file);
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();
    const result = page.locator('.import-result');
    await expect.poll(() => result.innerText()).toContain('Hasil impor pegawai-dlhk.csv');
    expect(await result.locator('dl.counts').first().innerText()).toMatch(/Baru\s+2[\s\S]*Ditolak\s+1/i);
    const errorRows = result.locator('.import-errors tbody tr');
    expect(await errorRows.count()).toBeGreaterThan(0);
    expect(await errorRows.first().innerText()).toMatch(/^4\s+nip\s+/);
    await screenshots(page, 'impor-pegawai');

    await openScreen(page, 'Cek data', 'Cek data organisasi');
    const findings = page.locator('.finding-list > li');
    await expect.poll(() => findings.count()).toBe(7);
    expect(await page.locator('.data-check').innerText()).toMatch(/Unit kerja\s+4/i);
    expect(await page.locator('.finding[data-code="UNIT_TANPA_KEPALA"]').innerText()).toMatch(/Unit tanpa kepala unit/);
    await screenshots(page, 'cek-data');
  });

  it('has no serious or critical axe-core violations on any new screen', async () => {
    // Injecting axe is an inline script, which the page's CSP rightly refuses: this page bypasses CSP for axe only.
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, people.supervisor.nip);
    await visit(page, '#/tim', '.team-list > li.team-member');
    await page.locator('.skp-decisions li').first().waitFor();
    await form.audit(page, 'Tim saya');
    await visit(page, `#/tim/${periodId}/${people.staff.nip}/laporan`, '.report-list > li.report-item');
    await form.audit(page, 'laporan anggota tim');
    await visit(page, `#/tim/${periodId}/${people.staff.nip}/penilaian`, 'output.predikat-preview');
    await form.audit(page, 'penilaian (final)');
    await visit(page, `#/tim/${periodId}/${people.colleague.nip}/penilaian`, 'output.predikat-preview');
    await form.audit(page, 'penilaian (periode ditutup)');
    await visit(page, '#/skp', '.skp-summary');
    await page.getByRole('button', { name: 'Simpan rancangan' }).click();
    await page.locator('#skp-rhk-0-text-error').waitFor();
    await form.audit(page, 'SKP saya dengan kesalahan');
    await visit(page, '#/hasil', '.result-card');
    await form.audit(page, 'Hasil saya');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.admin.nip);
    await visit(page, '#/admin/periode', 'table.periods-table');
    await page.locator(`tr[data-period="${periodId}"]`).getByRole('button', { name: /Lihat hasil penutupan/ }).click();
    await page.locator('.close-panel .notice-counts').waitFor();
    await form.audit(page, 'Periode dengan progres penutupan');
    await visit(page, '#/admin/cek-data', '.finding-list > li');
    await form.audit(page, 'Cek data');
    await visit(page, '#/admin/impor', '#import-file');
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();
    await page.locator('#import-file-error').waitFor();
    await form.audit(page, 'Impor pegawai dengan kesalahan');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.staff.nip);
    await visit(page, '#/hasil', '.certificate-list > li');
    await form.audit(page, 'Hasil saya dengan piagam');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
