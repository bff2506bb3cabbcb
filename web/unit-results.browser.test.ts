import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putEmployee } from '../shared/data/employee-repository.ts';
import { putUnit } from '../shared/data/unit-repository.ts';
import { BERAKHLAK_KEYS } from '../shared/domain/berakhlak.ts';
import type { Employee } from '../shared/domain/people.ts';
import type { Period } from '../shared/domain/period.ts';
import { closePeriod } from '../shared/services/close.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { people, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * "Hasil unit kerja" in a real Chromium over a fresh table. This month's period in Dinas Kesehatan: the supervisor rates
 * the staff member above expectations on both axes (Sangat Baik) and the colleague as expected (Baik); nobody rates the
 * supervisor or the head; then the period closes by the close's own path and the unit is scored. BKPSDM reads the
 * report and the results, downloads the results CSV and sets the unit's Predikat Kinerja Organisasi; the head of Dinas
 * Pendidikan is refused Dinas Kesehatan in the server's words; an Inspektorat auditor reads without the admin's form.
 */
const NBSP = '\u00a0';
const auditor = {
  nip: '198506102010012005',
  name: 'Sitti Rahmah Lakidende',
  email: 'auditor@example.kendari.go.id',
  jabatan: 'Auditor Ahli Muda',
  golongan: 'III/d',
  unitId: 'bkpsdm',
  roles: ['auditor'],
} satisfies Employee;
const otherHead = { ...people.otherSupervisor, roles: ['pimpinan'] } satisfies Employee;

let form: FormInBrowser;
let period: Period;

async function assess(nip: string, hasilKerja: 'DI_ATAS' | 'SESUAI', perilaku: 'DI_ATAS' | 'SESUAI'): Promise<void> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku]));
  const path = `/api/team/${nip}/assessments/${period.periodId}`;
  const body = { hasilKerja: { rating: hasilKerja, reason: 'Sesuai bukti dukung laporan.' }, perilaku: { rating: perilaku, values }, feedback: 'Terima kasih atas kerjanya.', version: 0 };
  expect((await form.api(path, 'supervisor', { method: 'PUT', body: JSON.stringify(body) })).status).toBe(200);
  expect((await form.post(`${path}/finalize`, 'supervisor', { version: 1 })).status).toBe(200);
}

beforeAll(async () => {
  await seedOrg();
  await Promise.all([putUnit({ unitId: 'disdik', name: 'Dinas Pendidikan', headNip: otherHead.nip }), putEmployee(otherHead), putEmployee(auditor)]);
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  form = await FormInBrowser.start({
    tokens: { admin: people.admin.nip, supervisor: people.supervisor.nip, otherHead: otherHead.nip },
    demoIdentities: [people.staff.nip, people.admin.nip, otherHead.nip, auditor.nip],
  });
  await assess(people.staff.nip, 'DI_ATAS', 'DI_ATAS');
  await assess(people.colleague.nip, 'SESUAI', 'SESUAI');
  await closePeriod(period.periodId, new Date());
  await form.system.bus.idle();
}, 120_000);

afterAll(async () => {
  await form?.stop();
});

const factOf = async (page: Page, list: string, term: string) =>
  (await page.locator(`dl.${list} div`).filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd').innerText()).trim();
const resultCell = (page: Page, nip: string, label: string) => page.locator(`tr[data-nip="${nip}"] [data-label="${label}"]`).innerText();

describe('Hasil unit kerja', () => {
  it('is offered to BKPSDM, Inspektorat and unit heads, not to everyone', async () => {
    const staff = await form.openPage();
    await form.signIn(staff, people.staff.nip);
    expect(await staff.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allInnerTexts()).not.toContain('Hasil unit kerja');
    await staff.close();
  });

  it('BKPSDM picks the unit and the closed period, reads the report and the results, downloads the CSV and sets the organisation predikat', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.admin.nip);
    await openScreen(page, 'Hasil unit kerja', 'Hasil unit kerja');
    const unit = page.getByLabel('Unit kerja', { exact: true });
    await expect.poll(() => unit.locator('option').allInnerTexts()).toContain('Dinas Kesehatan');
    await unit.selectOption({ label: 'Dinas Kesehatan' });
    // The closed period is offered by itself.
    await expect.poll(() => page.getByLabel('Periode', { exact: true }).inputValue()).toBe(period.periodId);
    expect(await page.getByLabel('Periode', { exact: true }).locator('option:checked').innerText()).toBe(`${period.name} · Ditutup`);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await expect.poll(() => page.url()).toContain(`#/hasil-unit/dinkes/${period.periodId}`);
    await expect.poll(() => page.locator('#unit-report-title').innerText()).toBe(`Dinas Kesehatan · ${period.name}`);

    // The report: four people of record, two assessed, the spread as scored at the close.
    expect(await page.locator('.unit-report > .sub').first().innerText()).toMatch(/^Periode ditutup pada .* WITA · data per .* WITA$/);
    expect(await factOf(page, 'unit-report-facts', 'Pegawai')).toBe('4');
    expect(await factOf(page, 'unit-report-facts', 'Penilaian final')).toBe(`2 dari 4 (50${NBSP}%)`);
    expect(await factOf(page, 'unit-report-facts', 'Belum dinilai')).toBe('2');
    expect(await factOf(page, 'unit-report-facts', 'Predikat Kinerja Organisasi')).toBe('Belum ditetapkan');
    expect(await page.locator('table.spread-table tbody tr').allInnerTexts()).toEqual([
      `Sangat Baik\t1 (25${NBSP}%)`,
      `Baik\t1 (25${NBSP}%)`,
      `Butuh Perbaikan\t0 (0${NBSP}%)`,
      `Kurang/Misconduct\t0 (0${NBSP}%)`,
      `Sangat Kurang\t0 (0${NBSP}%)`,
      `Belum dinilai\t2 (50${NBSP}%)`,
    ]);
    expect(await page.locator('.unit-report').innerText()).toContain('Sebaran menurut hasil penilaian yang ditetapkan saat penutupan periode.');
    expect(await factOf(page, 'unit-decisions', 'Penghargaan')).toBe('1');
    const warnings = await page.locator('.unit-warnings li').allInnerTexts();
    expect(warnings[0]).toMatch(/^Predikat Kinerja Organisasi unit ini belum ditetapkan/);
    expect(warnings).toContain(`2 pegawai belum dinilai: ${people.head.name}, ${people.supervisor.name}.`);
    expect(await page.locator('.sign-off').innerText()).toBe(`Disahkan oleh pimpinan unit: ${people.head.name}, ${people.head.jabatan} (NIP ${people.head.nip}).`);

    // The results, each with the predikat the close recorded.
    const stored = await form.api<{ items: { nip: string; predikat?: string }[] }>(`/api/admin/results?unit=dinkes&period=${period.periodId}`, 'admin');
    expect(Object.fromEntries(stored.body.items.map((r) => [r.nip, r.predikat ?? null]))).toEqual({
      [people.staff.nip]: 'SANGAT_BAIK',
      [people.colleague.nip]: 'BAIK',
      [people.supervisor.nip]: null,
      [people.head.nip]: null,
    });
    expect(await page.locator('#unit-results-title').innerText()).toBe('Hasil per pegawai (4)');
    expect(await resultCell(page, people.staff.nip, 'Pegawai')).toContain(`${people.staff.name}\n${people.staff.jabatan} · NIP ${people.staff.nip}`);
    expect(await resultCell(page, people.staff.nip, 'Predikat')).toBe('Sangat Baik');
    expect(await resultCell(page, people.staff.nip, 'Hasil kerja')).toBe('Di Atas Ekspektasi');
    expect(await resultCell(page, people.staff.nip, 'Keputusan')).toContain('Penghargaan');
    expect(await resultCell(page, people.colleague.nip, 'Predikat')).toBe('Baik');
    expect(await resultCell(page, people.supervisor.nip, 'Predikat')).toBe('Belum dinilai');
    expect(await resultCell(page, people.supervisor.nip, 'Keputusan')).toBe('Belum dinilai');
    await screenshots(page, 'hasil-unit');

    // The results CSV, fetched with the admin's token and saved by the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh hasil (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`hasil-dinkes-${period.periodId}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^"nip";"nama";"jabatan";"unit";"hasil_kerja";"perilaku";"predikat";/);
    expect(lines).toHaveLength(5);
    const staffLine = lines.find((line) => line.startsWith(`"${people.staff.nip}";`));
    expect(staffLine).toMatch(new RegExp(`^"${people.staff.nip}";"${people.staff.name}";"${people.staff.jabatan}";"dinkes";"Di Atas Ekspektasi";"Di Atas Ekspektasi";"Sangat Baik";`));
    expect(lines.find((line) => line.startsWith(`"${people.colleague.nip}";`))).toContain('"Baik"');
    expect(await page.locator('.download-list + .form-alert').innerText()).toBe('');

    // The organisation predikat: refused without a choice, then saved and read back.
    expect(await page.getByRole('button', { name: 'Unduh input TPP (CSV)' }).count()).toBe(1);
    const choice = page.getByRole('combobox', { name: /^Predikat Kinerja Organisasi/ });
    await choice.selectOption('');
    await page.getByRole('button', { name: 'Simpan predikat' }).click();
    await expect.poll(() => page.locator('#org-predikat-orgPredikat-error').innerText()).toBe('Pilih Predikat Kinerja Organisasi.');
    await choice.selectOption({ label: 'Baik' });
    await page.getByRole('button', { name: 'Simpan predikat' }).click();
    await expect.poll(() => page.locator('.org-predikat-form').locator('xpath=..').locator('.notice.success').innerText()).toContain('Predikat Kinerja Organisasi Dinas Kesehatan disimpan: Baik.');
    const reread = await form.api<{ unit: { orgPredikat: string | null }; curve: { fits: boolean | null } }>(`/api/units/dinkes/report?period=${period.periodId}`, 'admin');
    expect(reread.body.unit.orgPredikat).toBe('BAIK');
    expect(reread.body.curve.fits).toBe(false);
    expect(await factOf(page, 'unit-report-facts', 'Predikat Kinerja Organisasi')).toBe('Baik');
    expect(await page.locator('.curve-verdict').innerText()).toBe('Kurva distribusi untuk unit berpredikat Baik: sebaran predikat belum memenuhi kurva; lihat peringatan.');
    expect(await page.locator('.curve-rules li').allInnerTexts()).toEqual([
      `Terpenuhi: Baik paling banyak 70 % (unit ini 25${NBSP}%)`,
      `Tidak terpenuhi: Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 pegawai (unit ini 0${NBSP}%)`,
    ]);
    expect(await choice.inputValue()).toBe('BAIK');
    await screenshots(page, 'hasil-unit-predikat-organisasi');
  });

  it("refuses the head of another unit in the server's words, and shows the head their own unit", async () => {
    const page = await form.openPage();
    await form.signIn(page, otherHead.nip);
    await openScreen(page, 'Hasil unit kerja', 'Hasil unit kerja');
    expect(await page.locator('#unit-results-unit').count()).toBe(0);
    expect(await page.locator('.picker-fixed').innerText()).toContain('Dinas Pendidikan');

    await visit(page, `#/hasil-unit/dinkes/${period.periodId}`, '.unit-results-body .notice.error');
    const refusal = page.locator('.unit-results-body .notice.error');
    expect(await refusal.innerText()).toBe('Hasil unit ini tidak dapat ditampilkan. Anda hanya dapat melihat unit yang Anda pimpin.');
    expect(await refusal.getByRole('button').count()).toBe(0);
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(await page.locator('.unit-results-body table').count()).toBe(0);
    expect((await form.api(`/api/units/dinkes/report?period=${period.periodId}`, 'otherHead')).status).toBe(403);
    await screenshots(page, 'hasil-unit-ditolak');

    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await expect.poll(() => page.url()).toContain(`#/hasil-unit/disdik/${period.periodId}`);
    await expect.poll(() => page.locator('#unit-report-title').innerText()).toBe(`Dinas Pendidikan · ${period.name}`);
    expect(await resultCell(page, otherHead.nip, 'Predikat')).toBe('Belum dinilai');
    // Payroll's file and the organisation predikat are not the head's to take or set.
    expect(await page.getByRole('button', { name: 'Unduh hasil (CSV)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Unduh input TPP (CSV)' }).count()).toBe(0);
    expect(await page.locator('.org-predikat-form').count()).toBe(0);
  });

  it('has no serious or critical axe-core violations', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, auditor.nip);
    await visit(page, `#/hasil-unit/dinkes/${period.periodId}`, 'table.unit-results-table');
    await page.locator('#unit-results-unit:not([aria-busy])').waitFor();
    expect(await page.getByRole('button', { name: 'Unduh input TPP (CSV)' }).count()).toBe(1);
    expect(await page.locator('.org-predikat-form').count()).toBe(0);
    await form.audit(page, 'hasil unit (auditor)');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await form.signIn(page, people.admin.nip);
    await visit(page, `#/hasil-unit/dinkes/${period.periodId}`, 'form.org-predikat-form');
    await form.audit(page, 'hasil unit (BKPSDM, predikat organisasi)');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await form.signIn(page, otherHead.nip);
    await visit(page, `#/hasil-unit/dinkes/${period.periodId}`, '.unit-results-body .notice.error');
    await form.audit(page, 'hasil unit ditolak (pimpinan unit lain)');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
