import type { Page } from 'playwright-core';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimReminderOnce, settleReminder } from '../shared/data/reminder-repository.ts';
import { putReportInOpenPeriod } from '../shared/data/report-repository.ts';
import { BERAKHLAK_KEYS } from '../shared/domain/berakhlak.ts';
import type { Period } from '../shared/domain/period.ts';
import { addDays, witaDateOf, witaInstant } from '../shared/domain/time.ts';
import { mondayOf } from '../shared/domain/working-days.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * The adoption dashboard in a real Chromium over a fresh table. Dinas Kesehatan, two weeks ago: the head is on leave
 * (excluded), the staff member reports on Tuesday, the colleague, the supervisor and the head are nudged on Monday
 * at 07:30 and only the colleague reports within 3 days (Wednesday); the supervisor also gets a digest on Friday.
 * The staff member's SKP is approved and assessed. The head reads it for their own unit, BKPSDM picks the unit from the
 * list; every figure is in a table, in Indonesian format; axe-core, screenshots, no CSP breaks.
 */
const NBSP = '\u00a0';
const monday = addDays(mondayOf(witaDateOf(new Date())), -14);
const thursday = addDays(monday, 3);
const year = Number(monday.slice(0, 4));

let form: FormInBrowser;
let period: Period;

async function reportAt(nip: string, day: string, hour: number): Promise<void> {
  const createdAt = witaInstant(day, hour).toISOString();
  const periodId = day.slice(0, 7);
  const outcome = await putReportInOpenPeriod({ reportId: ulid(Date.parse(createdAt)), nip, periodId, date: day, activity: 'Rekap data imunisasi', status: 'DIAJUKAN', createdAt });
  expect(outcome.outcome).toBe('WRITTEN');
}

/** A reminder recorded as the schedules record a sent one: claimed for the day, then counted in the unit's week. */
async function reminderSent(nip: string, kind: string, day: string, hour: number, minute = 0): Promise<void> {
  const sentAt = witaInstant(day, hour, minute);
  expect(await claimReminderOnce(nip, kind, day, sentAt)).toBe(true);
  await settleReminder(nip, kind, day, { status: 'SENT', messageId: `uji-${kind}-${nip}`, tally: { unitId: 'dinkes', weekOf: monday, sentAt: sentAt.toISOString() } });
}

beforeAll(async () => {
  await seedOrg();
  // The week may straddle two months: each day's report belongs to its own month's period.
  period = await seedMonthPeriod(monday);
  if (addDays(monday, 6).slice(0, 7) !== monday.slice(0, 7)) await seedMonthPeriod(addDays(monday, 6));
  await recordPeriodRoster(period.periodId, new Date());
  await seedApprovedSkp(people.staff.nip, year, [{ indicatorId: 'iki-1', target: 10 }]);
  form = await FormInBrowser.start({
    tokens: { head: people.head.nip, supervisor: people.supervisor.nip, admin: people.admin.nip },
    demoIdentities: [people.staff.nip, people.head.nip, people.admin.nip],
  });

  expect((await form.api(`/api/units/dinkes/exclusions/${people.head.nip}`, 'head', { method: 'PUT', body: JSON.stringify({ periodId: period.periodId, reason: 'CUTI' }) })).status).toBe(200);
  await reportAt(people.staff.nip, addDays(monday, 1), 9);
  for (const nip of [people.colleague.nip, people.supervisor.nip, people.head.nip]) await reminderSent(nip, 'NUDGE_LAPORAN', monday, 7, 30);
  await reportAt(people.colleague.nip, addDays(monday, 2), 10);
  await reminderSent(people.supervisor.nip, 'DIGEST_ATASAN', addDays(monday, 4), 7);

  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI']));
  const assessment = `/api/team/${people.staff.nip}/assessments/${period.periodId}`;
  const body = { hasilKerja: { rating: 'SESUAI', reason: 'Sesuai bukti.' }, perilaku: { rating: 'SESUAI', values }, feedback: 'Baik.', version: 0 };
  expect((await form.api(assessment, 'supervisor', { method: 'PUT', body: JSON.stringify(body) })).status).toBe(200);
  expect((await form.post(`${assessment}/finalize`, 'supervisor', { version: 1 })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await form?.stop();
});

const cell = (page: Page, row: string, label: string) => page.locator(`tr[data-row="${row}"] [data-label="${label}"]`).innerText();
const factOf = async (page: Page, term: string) =>
  (await page.locator('dl.nudge-effect div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd').innerText()).trim();

async function showWeek(page: Page, day: string): Promise<void> {
  await page.getByLabel('Minggu', { exact: true }).fill(day);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect.poll(() => page.url()).toContain(`/${day}`);
  await page.locator('tr[data-row="reporting"]').waitFor();
}

describe('the adoption dashboard', () => {
  it('is offered to BKPSDM and unit heads, not to everyone', async () => {
    const staff = await form.openPage();
    await form.signIn(staff, people.staff.nip);
    expect(await staff.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allInnerTexts()).not.toContain('Adopsi');
    await staff.close();
  });

  it("shows the head their own unit's week: reporting, SKPs, assessments and reminders with their effect, in a table", async () => {
    const page = await form.openPage();
    await form.signIn(page, people.head.nip);
    await openScreen(page, 'Adopsi', 'Adopsi e-Kinerja');
    // This week first, for their own unit, which they cannot change.
    await expect.poll(() => page.locator('#adoption-title').innerText()).toContain('Dinas Kesehatan · minggu');
    expect(await page.locator('#adoption-unit').count()).toBe(0);
    expect(await page.locator('.picker-fixed').innerText()).toContain('Dinas Kesehatan');

    await showWeek(page, thursday);
    expect(page.url()).toContain(`#/adopsi/dinkes/${thursday}`);
    const week = await form.api<{ week: { startsOn: string; endsOn: string } }>(`/api/units/dinkes/adoption?week=${thursday}`, 'head');
    expect(week.body.week.startsOn).toBe(monday);

    expect(await page.locator('table.adoption-table thead').innerText()).toMatch(/Ukuran\s+Jumlah\s+Dari\s+Persentase/i);
    expect(await cell(page, 'reporting', 'Ukuran')).toMatch(/^Melapor kegiatan minggu ini\s+1 pegawai dikecualikan/);
    expect([await cell(page, 'reporting', 'Jumlah'), await cell(page, 'reporting', 'Dari'), await cell(page, 'reporting', 'Persentase')]).toEqual(['2', '3', `66,7${NBSP}%`]);
    expect(await cell(page, 'skp', 'Ukuran')).toBe(`SKP ${year} disetujui atasan`);
    expect([await cell(page, 'skp', 'Jumlah'), await cell(page, 'skp', 'Dari'), await cell(page, 'skp', 'Persentase')]).toEqual(['1', '4', `25${NBSP}%`]);
    expect(await cell(page, 'assessments', 'Ukuran')).toBe(`Penilaian ${period.name} final`);
    expect([await cell(page, 'assessments', 'Jumlah'), await cell(page, 'assessments', 'Dari'), await cell(page, 'assessments', 'Persentase')]).toEqual(['1', '4', `25${NBSP}%`]);
    expect(await cell(page, 'nudges', 'Ukuran')).toBe('Pengingat laporan yang diikuti laporan dalam 3 hari');
    expect([await cell(page, 'nudges', 'Jumlah'), await cell(page, 'nudges', 'Dari'), await cell(page, 'nudges', 'Persentase')]).toEqual(['1', '3', `33,3${NBSP}%`]);
    // The bars repeat the table for the eye only.
    expect(await page.locator('tr[data-row="reporting"] meter').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('tr[data-row="reporting"] meter').evaluate((meter) => (meter as HTMLMeterElement).value)).toBeCloseTo(0.667);

    expect(await page.locator('#reminders-title').innerText()).toBe('Pengingat terkirim minggu ini (4)');
    expect(await page.locator('table.reminders-table tbody tr').allInnerTexts()).toEqual([
      'Pengingat laporan kegiatan (pegawai)\t3',
      'Ringkasan untuk atasan menjelang penutupan\t1',
    ]);
    expect(await factOf(page, 'Pengingat laporan terkirim')).toBe('3');
    expect(await factOf(page, 'Melapor dalam 3 hari')).toBe('1');
    expect(await factOf(page, 'Masih ditunggu')).toBe('0');
    expect(await factOf(page, 'Tidak melapor dalam 3 hari')).toBe('2');
    expect(await factOf(page, 'Efek pengingat')).toBe(`33,3${NBSP}%`);
    await screenshots(page, 'adopsi');

    // Another unit is refused with the server's own words.
    await visit(page, '#/adopsi/disdik', '.adoption-body .notice.error');
    expect(await page.locator('.adoption-body .notice.error').innerText()).toContain('Anda hanya dapat melihat unit yang Anda pimpin.');
  });

  it('lets BKPSDM pick the unit from the list and step from week to week', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.admin.nip);
    await openScreen(page, 'Adopsi', 'Adopsi e-Kinerja');
    const unit = page.getByLabel('Unit kerja', { exact: true });
    await expect.poll(() => unit.locator('option').allInnerTexts()).toEqual(['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(await unit.inputValue()).toBe('bkpsdm');
    await unit.selectOption({ label: 'Dinas Kesehatan' });
    await showWeek(page, thursday);
    expect(page.url()).toContain(`#/adopsi/dinkes/${thursday}`);
    await expect.poll(() => page.locator('#adoption-title').innerText()).toContain('Dinas Kesehatan');
    expect(await cell(page, 'reporting', 'Persentase')).toBe(`66,7${NBSP}%`);
    expect(await page.getByLabel('Unit kerja', { exact: true }).inputValue()).toBe('dinkes');

    await page.getByRole('link', { name: 'Minggu sebelumnya' }).click();
    await expect.poll(() => page.url()).toContain(`#/adopsi/dinkes/${addDays(monday, -7)}`);
    await expect.poll(() => page.locator('#reminders-title').innerText()).toBe('Pengingat terkirim minggu ini (0)');
    expect(await page.locator('.adoption-body .notice.info').innerText()).toContain('Tidak ada pengingat yang terkirim');
    expect(await cell(page, 'reporting', 'Jumlah')).toBe('0');
    await page.getByRole('link', { name: 'Minggu berikutnya' }).click();
    await expect.poll(() => page.locator('#reminders-title').innerText()).toBe('Pengingat terkirim minggu ini (4)');
    await screenshots(page, 'adopsi-bkpsdm');
  });

  it('has no serious or critical axe-core violations', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, people.head.nip);
    await visit(page, `#/adopsi/dinkes/${thursday}`, 'table.reminders-table');
    await form.audit(page, 'adopsi (pimpinan)');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await form.signIn(page, people.admin.nip);
    await visit(page, `#/adopsi/dinkes/${thursday}`, 'table.reminders-table');
    await page.locator('#adoption-unit:not([aria-busy])').waitFor();
    await form.audit(page, 'adopsi (BKPSDM, pilihan unit)');
    await page.getByLabel('Minggu', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.locator('#adoption-week-error').waitFor();
    expect(await page.locator('#adoption-week-error').innerText()).toBe('Isi tanggal dalam minggu yang ingin dilihat.');
    await form.audit(page, 'adopsi dengan kesalahan');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
