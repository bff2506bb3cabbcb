import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, witaDateOf } from '../shared/domain/time.ts';
import { ARTIFACTS, axeFailuresOf, FormInBrowser, screenshots } from '../test/browser.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * The built form, served by the local runtime over a fresh table, driven by a real Chromium:
 * sign-in, reporting, refusals, double submits, offline drafts, session end, accessibility, layout, weight.
 * The server sends a strict CSP with the page, so any inline script/style or eval would show up here.
 */
const today = witaDateOf(new Date());

let form: FormInBrowser;
let context: BrowserContext;
let page: Page;
let periodId: string;

/** What is really stored for the staff member in the open period, read through the API. */
const storedReports = () => form.storedReports('staff', periodId);

async function signInAsStaff(target: Page): Promise<void> {
  await form.signIn(target, people.staff.nip);
  await target.locator('.report-list[aria-labelledby] > li').first().waitFor();
}

async function fillReport(target: Page, activity: string): Promise<void> {
  await target.fill('#report-activity', activity);
}

const submit = (target: Page) => target.locator('form.report-form button[type="submit"]');

beforeAll(async () => {
  await seedOrg();
  periodId = (await seedMonthPeriod()).periodId;
  // A report may name only an indicator of the reporter's approved SKP; with one, the form offers its indicators.
  await seedApprovedSkp(people.staff.nip, Number(today.slice(0, 4)), [{ indicatorId: 'iki-1', target: 10 }]);
  form = await FormInBrowser.start({ tokens: { staff: people.staff.nip }, demoIdentities: [people.staff.nip, people.supervisor.nip, people.admin.nip] });
  // One context for the whole file: the offline test switches its network off and on.
  context = await form.newContext();
  page = form.watch(await context.newPage());
});

afterAll(async () => {
  await form?.stop();
});

describe('the web form', () => {
  it('weighs under 60 KB gzipped on first load (html + css + svg + the entry script and the chunks it imports up front)', () => {
    const gzipped = (file: string) => gzipSync(readFileSync(join(form.webDir, file)), { level: 9 }).length;
    // The entry's static imports, followed through the chunks; `import("…")` (a screen opened later) is not followed.
    const firstLoadScripts = new Set<string>();
    const follow = (file: string) => {
      if (firstLoadScripts.has(file)) return;
      firstLoadScripts.add(file);
      const code = readFileSync(join(form.webDir, file), 'utf8');
      for (const [, target] of code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?"(\.\.?\/[^"]+\.js)"/g)) follow(join(dirname(file), target!));
    };
    follow('app.page.js');
    const statics = readdirSync(form.webDir).filter((file) => /\.(html|css|svg)$/.test(file));
    const firstLoad = [...statics, ...firstLoadScripts];
    const weight = firstLoad.reduce((sum, file) => sum + gzipped(file), 0);
    const everything = readdirSync(form.webDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|css|js|svg)$/.test(file));
    const total = everything.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(`first-load weight: ${(weight / 1024).toFixed(1)} KB gzipped over ${firstLoad.join(', ')}; all screens: ${(total / 1024).toFixed(1)} KB in ${everything.length} files`);
    expect(statics).toEqual(expect.arrayContaining(['index.html', 'style.css']));
    expect(firstLoadScripts.size).toBeGreaterThan(1);
    expect(weight).toBeLessThan(60 * 1024);
  });

  it('offers the demo identities locally and signs in as the staff member, token only in sessionStorage', async () => {
    await page.goto(form.url);
    const identities = page.locator('.identity-list button');
    await expect.poll(() => identities.count()).toBe(3);
    await expect.poll(() => identities.first().innerText()).toContain('Epidemiolog Kesehatan Ahli Pertama');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: join(ARTIFACTS, 'sign-in-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await signInAsStaff(page);
    const header = await page.locator('#account').innerText();
    expect(header).toContain(people.staff.name);
    const profile = await page.locator('#profile').innerText();
    for (const expected of [people.staff.jabatan, 'Dinas Kesehatan', people.supervisor.name, people.staff.nip]) expect(profile).toContain(expected);
    expect(profile).toMatch(/Periode aktif/i);
    expect(profile).toContain('WITA');

    const storage = await page.evaluate(() => ({ session: sessionStorage.getItem('ekinerja.session'), local: JSON.stringify(localStorage), url: location.href }));
    expect(JSON.parse(storage.session!).token).toMatch(/^ey/);
    expect(storage.local).not.toContain('ey');
    expect(storage.url).not.toMatch(/token|ey[A-Za-z0-9_-]{10}/);
    expect(await page.inputValue('#report-date')).toBe(today);
  });

  it('submits a report, lists it newest first, and it is really stored', async () => {
    const activity = `Rekap cakupan imunisasi Puskesmas Poasia ${Date.now()}`;
    await fillReport(page, activity);
    await page.locator('select#report-indicatorId').waitFor();
    await page.selectOption('#report-indicatorId', 'iki-1');
    await page.fill('#report-realization', '12,5');
    await page.fill('#report-unit', 'dokumen');
    await page.fill('#report-evidenceUrl', 'https://drive.example.id/bukti/1');
    await submit(page).click();

    await expect.poll(() => page.locator('form.report-form .form-status').innerText()).toMatch(/berhasil dikirim/);
    await expect.poll(() => page.locator('.report-list > li').first().innerText()).toContain(activity);
    expect(await page.locator('.report-list > li').first().innerText()).toMatch(/12,5 dokumen/);
    expect(await page.inputValue('#report-activity')).toBe('');

    const stored = (await storedReports()).find((report) => report.activity === activity);
    expect(stored).toMatchObject({ date: today, indicatorId: 'iki-1', realization: 12.5, unit: 'dokumen', status: 'DIAJUKAN' });

    await page.reload();
    await page.locator('.report-list > li.report-item').first().waitFor();
    expect(await page.locator('.report-list > li').first().innerText()).toContain(activity);
  });

  it('checks fields before sending and marks each error at its field', async () => {
    const before = (await storedReports()).length;
    await page.fill('#report-activity', '   ');
    await page.fill('#report-evidenceUrl', 'http://tidak-aman.example.id');
    await submit(page).click();

    await expect.poll(() => page.locator('#report-activity-error').innerText()).toContain('Uraian kegiatan wajib diisi');
    expect(await page.locator('#report-evidenceUrl-error').innerText()).toContain('https://');
    expect(await page.getAttribute('#report-activity', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#report-activity', 'aria-describedby')).toContain('report-activity-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-activity');
    expect((await storedReports()).length).toBe(before);
    await page.fill('#report-evidenceUrl', '');
  });

  it("shows the server's refusal of a future date next to the date field", async () => {
    await page.fill('#report-date', addDays(today, 1));
    await fillReport(page, 'Kegiatan yang belum terjadi');
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/reports') && response.request().method() === 'POST');
    await submit(page).click();
    const response = await refused;
    expect(response.status()).toBe(422);
    const serverMessage = ((await response.json()) as { error: { message: string } }).error.message;

    await expect.poll(() => page.locator('#report-date-error').innerText()).toBe(serverMessage);
    expect(await page.getAttribute('#report-date', 'aria-invalid')).toBe('true');
    expect(await page.locator('form.report-form .form-alert').innerText()).toContain(serverMessage);
    await page.locator('form.report-form').screenshot({ path: join(ARTIFACTS, 'laporan-ditolak.png') });
    await page.fill('#report-date', today);
  });

  it('sends exactly one report when submit is double-clicked', async () => {
    const before = (await storedReports()).length;
    const posts: string[] = [];
    const countPosts = (request: { method(): string; url(): string }) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/reports')) posts.push(request.url());
    };
    page.on('request', countPosts);
    // Hold the request a moment so the second click lands while the first is surely in flight.
    await page.route('**/api/reports', async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await fillReport(page, `Rapat koordinasi surveilans ${Date.now()}`);
    await submit(page).dblclick();
    await expect.poll(() => page.locator('form.report-form .form-status').innerText()).toMatch(/berhasil dikirim/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.unroute('**/api/reports');
    page.off('request', countPosts);

    expect(posts).toHaveLength(1);
    expect((await storedReports()).length).toBe(before + 1);
  });

  it('keeps reports as local drafts when the network fails and sends them when back online', async () => {
    const before = (await storedReports()).length;
    const activity = `Validasi data kasus DBD (draf) ${Date.now()}`;
    const draftsKey = `ekinerja.drafts.${people.staff.nip}`;
    await context.setOffline(true);
    await fillReport(page, activity);
    await submit(page).click();
    await expect.poll(() => page.locator('form.report-form .form-status').innerText()).toMatch(/disimpan sebagai draf/);
    // A second draft the server will refuse once it sees it: the date has not come yet.
    await page.fill('#report-date', addDays(today, 1));
    await fillReport(page, 'Draf bertanggal besok');
    await submit(page).click();
    await expect.poll(() => page.locator('section.drafts h2').innerText()).toBe('Draf belum terkirim (2)');
    expect(await page.locator('section.drafts').innerText()).toContain(activity);
    expect(await page.evaluate((key) => localStorage.getItem(key), draftsKey)).toContain(activity);
    expect((await storedReports()).length).toBe(before);

    await context.setOffline(false);
    await expect.poll(() => page.locator('section.drafts .form-status').innerText(), { timeout: 10_000 }).toMatch(
      /1 draf terkirim\. 1 draf ditolak server/,
    );
    const stored = await storedReports();
    expect(stored.length).toBe(before + 1);
    expect(stored.filter((report) => report.activity === activity)).toHaveLength(1);
    expect(await page.locator('.report-list > li').first().innerText()).toContain(activity);

    const refused = page.locator('section.drafts .draft-item');
    expect(await refused.innerText()).toMatch(/Ditolak server: .*belum terjadi/);
    await refused.getByRole('button', { name: /Hapus/ }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), draftsKey)).toBeNull();
    await page.fill('#report-date', today);
  });

  it('works with the keyboard alone, with a visible focus ring', async () => {
    const activity = `Laporan lewat papan ketik ${Date.now()}`;
    await page.reload();
    await page.locator('.report-list > li.report-item').first().waitFor();
    const tabTo = async (id: string) => {
      for (let i = 0; i < 30; i += 1) {
        if ((await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('type'))) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${id} with Tab`);
    };
    await tabTo('report-activity');
    await page.keyboard.type(activity);
    await tabTo('submit');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.report-list > li').first().innerText()).toContain(activity);
  });

  it('switches the email reminders off and on from the profile band, as the reminder emails say', async () => {
    const choice = page.getByLabel('Kirimi saya pengingat lewat email (laporan mingguan, JP pelatihan)');
    await expect.poll(() => choice.isChecked()).toBe(true);
    await choice.uncheck();
    await expect.poll(() => page.locator('.profile-reminders [role="status"]').innerText()).toContain('dimatikan');
    expect((await form.api<{ profile: { nudgesOptOut?: boolean } }>('/api/me', 'staff')).body.profile.nudgesOptOut).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Kirimi saya pengingat lewat email (laporan mingguan, JP pelatihan)').isChecked()).toBe(false);
    await page.getByLabel('Kirimi saya pengingat lewat email (laporan mingguan, JP pelatihan)').check();
    await expect.poll(() => page.locator('.profile-reminders [role="status"]').innerText()).toContain('aktif');
    expect((await form.api<{ profile: { nudgesOptOut?: boolean } }>('/api/me', 'staff')).body.profile.nudgesOptOut).toBe(false);
  });

  it('fits 360 px and 1280 px screens (screenshots in test-artifacts/)', async () => {
    await screenshots(page, 'laporan');
  });

  it('pages through "Laporan saya" with "Muat lagi", newest first', async () => {
    for (let i = 1; i <= 9; i += 1) {
      const { status } = await form.post('/api/reports', 'staff', { date: today, activity: `Pelayanan posyandu ke-${i}` });
      expect(status).toBe(201);
    }
    const stored = await storedReports();
    expect(stored.length).toBeGreaterThan(10);
    await page.reload();
    const items = page.locator('.report-list > li.report-item');
    await expect.poll(() => items.count()).toBe(10);
    expect(await items.first().innerText()).toContain('Pelayanan posyandu ke-9');
    const more = page.getByRole('button', { name: 'Muat lagi' });
    await more.click();
    await expect.poll(() => items.count()).toBe(stored.length);
    expect(await more.isHidden()).toBe(true);
    const shown = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-report-id')));
    expect(shown).toEqual(stored.map((report) => report.reportId));
  });

  it('returns to sign-in with a message on a 401, and signs out', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('ekinerja.session')!);
      sessionStorage.setItem('ekinerja.session', JSON.stringify({ ...session, token: 'bukan-token-yang-sah' }));
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Masuk ke e-Kinerja' }).waitFor();
    expect(await page.getByRole('alert').first().innerText()).toMatch(/Sesi Anda telah berakhir/);
    expect(await page.evaluate(() => sessionStorage.getItem('ekinerja.session'))).toBeNull();
    expect(await page.locator('#profile').isHidden()).toBe(true);

    await signInAsStaff(page);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Masuk ke e-Kinerja' }).waitFor();
    expect(await page.locator('.notice-slot').innerText()).toMatch(/Anda telah keluar/);
    expect(await page.evaluate(() => sessionStorage.getItem('ekinerja.session'))).toBeNull();
  });

  it('the help page says how each role works, with what landed recently, fits a phone and passes axe', async () => {
    const help = await form.openPage();
    await help.goto(`${form.url}/bantuan.html`);
    expect(await help.locator('main h2').allInnerTexts()).toEqual([
      'Untuk pegawai',
      'Untuk atasan langsung (pejabat penilai)',
      'Untuk pimpinan unit',
      'Untuk admin BKPSDM',
      'Pengingat dan surel otomatis',
    ]);
    const text = await help.locator('main').innerText();
    for (const topic of [
      'Unggah berkas CSV',
      'tanggal,kegiatan,indikator,realisasi,satuan,bukti',
      'Ulangi',
      'Tandai sesuai',
      'paling lambat 14 hari',
      'Dikecualikan',
      'Adopsi',
      'Belum dinilai',
      '5 hari kerja terakhir sebelum penutupan periode',
      'hari kerja pertama setelah periode ditutup',
      'mulai Juli',
    ]) {
      expect(text).toContain(topic);
    }
    await screenshots(help, 'bantuan');
    // Injecting axe is an inline script, which the page's CSP rightly refuses: this page bypasses CSP for axe only.
    const axePage = await form.openPage({ bypassCSP: true });
    await axePage.goto(`${form.url}/bantuan.html`);
    expect(await axeFailuresOf(axePage, 'bantuan')).toEqual([]);
  });

  it('has no serious or critical axe-core violations (sign-in, form with errors, list)', async () => {
    // Injecting axe is an inline script, which the page's CSP rightly refuses: this page bypasses CSP for axe only.
    const axePage = await form.openPage({ bypassCSP: true });
    await axePage.goto(form.url);
    await axePage.locator('.identity-list button').first().waitFor();
    expect(await axeFailuresOf(axePage, 'sign-in')).toEqual([]);
    await signInAsStaff(axePage);
    await axePage.fill('#report-activity', '');
    await axePage.fill('#report-realization', 'dua belas');
    await submit(axePage).click();
    await axePage.locator('#report-activity-error').waitFor();
    expect(await axeFailuresOf(axePage, 'report form with errors')).toEqual([]);
    await axePage.context().close();
  });

  it('made no third-party requests and broke no CSP rule', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
