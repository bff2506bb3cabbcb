import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClosingPeriod } from '../shared/data/close-repository.ts';
import { db, tableName } from '../shared/data/client.ts';
import { auditPk, periodKey } from '../shared/data/keys.ts';
import { BERAKHLAK_KEYS } from '../shared/domain/berakhlak.ts';
import type { Period } from '../shared/domain/period.ts';
import { addDays, formatWitaDate, witaDateOf, witaInstant } from '../shared/domain/time.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { people, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * Reopening a closed period from "Periode", and the public piagam verification page, in a real Chromium over a fresh
 * table. The staff member is assessed Sangat Baik and the month is closed through the admin's close route, so real
 * piagams are issued by the notify consumer. The verification page shows one as genuine (opened from "Hasil saya",
 * by its address, and typed by hand), says an unknown code is not registered; the admin reopens the month (an empty
 * reason and a past date refused, nothing changed), the award is corrected and the month closed again, and the same
 * code then verifies as revoked. axe-core, screenshots at 360 and 1280 px, no CSP breaks or foreign requests.
 */
const today = witaDateOf(new Date());
const reopenUntil = addDays(today, 10);
const REASON = 'Koreksi penilaian Dinas Kesehatan atas surat Kepala Dinas nomor 800/123.';

let form: FormInBrowser;
let period: Period;
let code: string;

type Listed = { items: { certificates: { kind: string; certificateId: string; issuedOn: string }[] }[] };
type PeriodList = { items: { periodId: string; status: string; closesAt: string }[] };

async function assess(rating: 'DI_ATAS' | 'SESUAI', version = 0): Promise<void> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
  const path = `/api/team/${people.staff.nip}/assessments/${period.periodId}`;
  const body = { hasilKerja: { rating, reason: 'Sesuai bukti dukung.' }, perilaku: { rating, values }, feedback: 'Umpan balik periode ini.', version };
  const saved = await form.api<{ version: number }>(path, 'supervisor', { method: 'PUT', body: JSON.stringify(body) });
  expect(saved.status).toBe(200);
  expect((await form.post(`${path}/finalize`, 'supervisor', { version: saved.body.version })).status).toBe(200);
}

/** Waits for `check` to hold (expect.poll is for tests only, and the first close runs in beforeAll). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The admin's close route, then the bus until every unit is scored, PeriodClosed is out and the notices are made. */
async function closeAndSettle(): Promise<void> {
  expect((await form.api(`/api/admin/periods/${period.periodId}/close`, 'admin', { method: 'POST' })).status).toBe(200);
  await form.system.bus.idle();
  await until('PeriodClosed is published', async () => (await getClosingPeriod(period.periodId))?.closedEvent === 'PUBLISHED');
  await form.system.bus.idle();
}

const periodNow = async () => (await form.api<PeriodList>(`/api/periods?year=${period.year}`, 'admin')).body.items.find((p) => p.periodId === period.periodId)!;

async function auditReasons(): Promise<{ action: string; actorNip: string; reason?: string }[]> {
  const { Items } = await db().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': auditPk(periodKey(period.periodId)) } }));
  return (Items ?? []).map(({ action, actorNip, reason }) => ({ action, actorNip, reason }));
}

async function openVerification(query = ''): Promise<Page> {
  const page = await form.openPage();
  await page.goto(`${form.url}/verifikasi.html${query}`);
  await page.getByRole('heading', { level: 1, name: 'Verifikasi piagam' }).waitFor();
  return page;
}

const verdict = (page: Page) => page.locator('#hasil');
const factOf = (page: Page, term: string) => verdict(page).locator('dl.facts div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd').innerText();

beforeAll(async () => {
  await seedOrg();
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  form = await FormInBrowser.start({
    tokens: { staff: people.staff.nip, supervisor: people.supervisor.nip, admin: people.admin.nip },
    demoIdentities: [people.staff.nip, people.admin.nip],
  });
  await assess('DI_ATAS');
  await closeAndSettle();
  const certificatesOfStaff = async () => (await form.api<Listed>(`/api/results?period=${period.periodId}`, 'staff')).body.items[0]?.certificates ?? [];
  await until('the piagams are issued', async () => (await certificatesOfStaff()).some((c) => c.kind === 'PENGHARGAAN'));
  code = (await certificatesOfStaff()).find((c) => c.kind === 'PENGHARGAAN')!.certificateId;
}, 120_000);

afterAll(async () => {
  await form?.stop();
});

describe('the piagam verification page', () => {
  it("opens from the employee's 'Periksa keaslian' link and says the piagam is genuine, for whom and which period", async () => {
    const page = await form.openPage();
    await form.signIn(page, people.staff.nip);
    await openScreen(page, 'Hasil saya', 'Hasil saya');
    const link = page.getByRole('link', { name: `Periksa keaslian Piagam Penghargaan Predikat Kinerja Sangat Baik, kode ${code}` });
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Verifikasi piagam' }).waitFor();
    expect(page.url()).toBe(`${form.url}/verifikasi.html?kode=${code}`);

    await page.getByRole('heading', { level: 2, name: 'Piagam asli dan masih berlaku' }).waitFor();
    expect(await verdict(page).locator('.notice.success').innerText()).toContain(`Piagam dengan kode ${code} asli`);
    expect(await factOf(page, 'Diberikan kepada')).toBe(people.staff.name);
    expect(await factOf(page, 'Periode penilaian')).toBe(period.name);
    expect(await factOf(page, 'Unit kerja')).toBe('Dinas Kesehatan');
    expect(await factOf(page, 'Piagam')).toBe('Piagam Penghargaan Predikat Kinerja Sangat Baik');
    // The day it was issued in WITA, on a device in Los Angeles.
    const issuedOn = (await form.api<Listed>(`/api/results?period=${period.periodId}`, 'staff')).body.items[0]!.certificates.find((c) => c.certificateId === code)!.issuedOn;
    expect(await factOf(page, 'Tanggal terbit (WITA)')).toBe(formatWitaDate(issuedOn));
    expect(await factOf(page, 'Kode verifikasi')).toBe(code);
    // Public facts only: no NIP anywhere on the page.
    expect(await page.content()).not.toContain(people.staff.nip);
    await screenshots(page, 'verifikasi-piagam');
    await page.context().close();
  });

  it('checks a code typed by hand, in lower case, and says so for an unknown or malformed code', async () => {
    const page = await openVerification();
    expect(await verdict(page).isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Periksa' }).click();
    expect(await page.locator('#kode-error').innerText()).toBe('Tulis kode verifikasi yang tercetak pada piagam.');
    expect(await page.locator('#kode').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('textbox', { name: 'Kode verifikasi' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Piagam asli dan masih berlaku' }).waitFor();
    expect(await factOf(page, 'Diberikan kepada')).toBe(people.staff.name);
    expect(await page.locator('#kode').getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('textbox', { name: 'Kode verifikasi' }).fill('ABC');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => page.locator('#kode-error').innerText()).toBe('Kode verifikasi piagam terdiri dari 16 huruf dan angka.');
    expect(await verdict(page).isHidden()).toBe(true);

    const unknown = code === '0000000000000000' ? '1111111111111111' : '0000000000000000';
    await page.getByRole('textbox', { name: 'Kode verifikasi' }).fill(unknown);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kode tidak terdaftar' }).waitFor();
    const text = await verdict(page).innerText();
    expect(text).toContain(`Kode ${unknown} tidak terdaftar di e-Kinerja.`);
    expect(text).toContain('Piagam dengan kode verifikasi ini tidak ditemukan.');
    expect(text).not.toContain(people.staff.name);
    expect(page.url()).toBe(`${form.url}/verifikasi.html?kode=${unknown}`);
    await screenshots(page, 'verifikasi-tidak-terdaftar');

    // Back walks through the codes asked, by their addresses: the malformed one, then the genuine one.
    await page.goBack();
    await expect.poll(() => page.locator('#kode-error').innerText()).toBe('Kode verifikasi piagam terdiri dari 16 huruf dan angka.');
    expect(await page.getByRole('textbox', { name: 'Kode verifikasi' }).inputValue()).toBe('ABC');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Piagam asli dan masih berlaku' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Kode verifikasi' }).inputValue()).toBe(code.toLowerCase());
    await page.context().close();
  });

  it('has no serious or critical axe-core violations on a genuine piagam', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await page.goto(`${form.url}/verifikasi.html?kode=${code}`);
    await page.getByRole('heading', { level: 2, name: 'Piagam asli dan masih berlaku' }).waitFor();
    await form.audit(page, 'verifikasi: asli');
    expect(form.axeFailures).toEqual([]);
    await page.context().close();
  });
});

describe('reopening a closed period', () => {
  let page: Page;
  const reopenRequests: string[] = [];

  it('refuses an empty reason next to the field and sends nothing', async () => {
    page = await form.openPage();
    page.on('request', (request) => {
      if (request.url().endsWith('/reopen')) reopenRequests.push(request.method());
    });
    await form.signIn(page, people.admin.nip);
    await openScreen(page, 'Periode', 'Periode penilaian');
    const row = page.locator(`tr[data-period="${period.periodId}"]`);
    await expect.poll(() => row.innerText()).toContain('Ditutup');
    await row.getByRole('button', { name: `Buka kembali ${period.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Buka kembali ${period.name}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => page.locator('#reopen-period-reason-error').innerText()).toBe('Tulis alasan membuka kembali periode ini.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reopen-period-reason');
    expect(await page.locator('#reopen-period-reason').getAttribute('aria-invalid')).toBe('true');
    await page.fill('#reopen-period-reason', '   ');
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    expect(await page.locator('#reopen-period-reason-error').innerText()).toBe('Tulis alasan membuka kembali periode ini.');
    await screenshots(page, 'buka-kembali-alasan-kosong');
    expect(reopenRequests).toEqual([]);
    expect((await periodNow()).status).toBe('CLOSED');
    expect(await auditReasons()).toEqual([]);
  });

  it("shows the server's refusal of a past closing date, beside the field, and changes nothing", async () => {
    const dialog = page.getByRole('dialog', { name: `Buka kembali ${period.name}?` });
    await page.fill('#reopen-period-reason', REASON);
    await page.fill('#reopen-period-closesAt', '2020-01-01T10:00');
    expect(await page.locator('#reopen-period-closesAt-echo').innerText()).toBe('1 Jan 2020, 10.00 WITA');
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => dialog.locator('.form-alert').innerText()).toContain('Periode tidak dibuka kembali. Batas penutupan kembali harus setelah saat ini');
    expect(await page.locator('#reopen-period-closesAt-error').innerText()).toBe('Batas penutupan kembali harus setelah saat ini.');
    expect(await page.locator('#reopen-period-reason-error').isHidden()).toBe(true);
    expect(reopenRequests).toEqual(['POST']);
    expect((await periodNow()).status).toBe('CLOSED');
    expect(await auditReasons()).toEqual([]);
  });

  it('reopens with a reason and a new closing time in WITA; the list and the API show it OPEN, audited with the reason', async () => {
    const dialog = page.getByRole('dialog', { name: `Buka kembali ${period.name}?` });
    await page.fill('#reopen-period-closesAt', `${reopenUntil}T16:00`);
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator(`tr[data-period="${period.periodId}"]`);
    await expect.poll(() => row.locator('td[data-label="Status"]').innerText()).toBe('Terbuka');
    expect(await row.getByRole('button', { name: `Tutup periode ${period.name}` }).count()).toBe(1);
    expect(await row.getByRole('button', { name: /^Buka kembali/ }).count()).toBe(0);
    expect(await page.locator('.form-status .notice.success').first().innerText()).toMatch(new RegExp(`^Periode ${period.name} dibuka kembali sampai \\d{1,2} \\S+ \\d{4}, 16\\.00 WITA\\.`));

    const until = witaInstant(reopenUntil, 16).toISOString();
    expect(await periodNow()).toMatchObject({ status: 'OPEN', closesAt: until });
    expect(await auditReasons()).toEqual([{ action: 'PERIOD_REOPENED', actorNip: people.admin.nip, reason: REASON }]);
    expect(reopenRequests).toEqual(['POST', 'POST']);
    await screenshots(page, 'periode-dibuka-kembali');
  });

  it("reopens the staff member's final assessment from the unit's results: a reason is required, and the assessment is a draft again", async () => {
    // axe runs as an injected script, so it needs a page that lets one in; the dialog is checked there first.
    const auditPage = await form.openPage({ bypassCSP: true });
    await form.signIn(auditPage, people.admin.nip);
    await visit(auditPage, `#/hasil-unit/dinkes/${period.periodId}`, '.unit-results-table');
    await auditPage.getByRole('button', { name: `Buka kembali penilaian ${people.staff.name}` }).click();
    await auditPage.getByRole('dialog', { name: `Buka kembali penilaian ${people.staff.name}?` }).waitFor();
    await form.audit(auditPage, 'hasil unit: dialog buka kembali penilaian');
    await auditPage.context().close();

    await visit(page, `#/hasil-unit/dinkes/${period.periodId}`, '.unit-results-table');
    const row = page.locator(`.unit-results-table tr[data-nip="${people.staff.nip}"]`);
    await row.getByRole('button', { name: `Buka kembali penilaian ${people.staff.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Buka kembali penilaian ${people.staff.name}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => page.locator('#reopen-assessment-reason-error').innerText()).toBe('Tulis alasan membuka kembali penilaian ini.');
    const assessmentPath = `/api/team/${people.staff.nip}/assessments/${period.periodId}`;
    expect((await form.api<{ assessment: { status: string } }>(assessmentPath, 'supervisor')).body.assessment.status).toBe('FINAL');

    await page.fill('#reopen-assessment-reason', 'Koreksi atas laporan susulan.');
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain(`Penilaian ${people.staff.name} dibuka kembali sebagai draf`);
    const reopened = await form.api<{ assessment: { status: string; version: number } }>(assessmentPath, 'supervisor');
    expect(reopened.body.assessment).toMatchObject({ status: 'DRAFT', version: 3 });
    await screenshots(page, 'hasil-unit-penilaian-dibuka-kembali');
  });

  it('after the award is corrected and the period closed again, the same code verifies as revoked', async () => {
    await assess('SESUAI', 3);
    await closeAndSettle();

    const verification = await openVerification(`?kode=${code}`);
    await verification.getByRole('heading', { level: 2, name: 'Piagam asli, tetapi sudah dicabut' }).waitFor();
    const text = await verdict(verification).locator('.notice.error').innerText();
    expect(text).toContain(`Piagam dengan kode ${code} pernah diterbitkan melalui e-Kinerja, tetapi sudah dicabut dan tidak berlaku lagi.`);
    expect(text).toContain('karena hasil penilaian kinerja berubah setelah periode dibuka kembali oleh BKPSDM untuk koreksi');
    expect(await factOf(verification, 'Diberikan kepada')).toBe(people.staff.name);
    expect(await factOf(verification, 'Tanggal dicabut (WITA)')).toBe(formatWitaDate(today));
    await screenshots(verification, 'verifikasi-piagam-dicabut');
    await verification.context().close();
  });

  it('has no serious or critical axe-core violations in the reopen dialog, empty and refused', async () => {
    const admin = await form.openPage({ bypassCSP: true });
    await form.signIn(admin, people.admin.nip);
    await openScreen(admin, 'Periode', 'Periode penilaian');
    const row = admin.locator(`tr[data-period="${period.periodId}"]`);
    await row.getByRole('button', { name: `Buka kembali ${period.name}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Buka kembali ${period.name}?` });
    await dialog.waitFor();
    await form.audit(admin, 'periode: dialog buka kembali');
    await dialog.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await admin.locator('#reopen-period-reason-error:not([hidden])').waitFor();
    await form.audit(admin, 'periode: dialog buka kembali, alasan kosong');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await periodNow()).status).toBe('CLOSED');
    expect(form.axeFailures).toEqual([]);
    await admin.context().close();
  });

  it('has no serious or critical axe-core violations on the verification page', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await page.goto(`${form.url}/verifikasi.html?kode=${code}`);
    await page.getByRole('heading', { level: 2, name: 'Piagam asli, tetapi sudah dicabut' }).waitFor();
    await form.audit(page, 'verifikasi: dicabut');
    await page.getByRole('textbox', { name: 'Kode verifikasi' }).fill('ABC');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.locator('#kode-error:not([hidden])').waitFor();
    await form.audit(page, 'verifikasi: kode salah');
    await page.getByRole('textbox', { name: 'Kode verifikasi' }).fill('0000000000000000');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kode tidak terdaftar' }).waitFor();
    await form.audit(page, 'verifikasi: tidak terdaftar');
    expect(form.axeFailures).toEqual([]);
    await page.context().close();
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
