import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putUnit } from '../shared/data/unit-repository.ts';
import { definePeriod } from '../shared/domain/period.ts';
import { witaDateOf } from '../shared/domain/time.ts';
import { ARTIFACTS, FormInBrowser } from '../test/browser.ts';
import { seedClosedPeriod, type UnitOutcome } from '../test/closed-period-fixture.ts';
import { people, seedOrg } from '../test/org-fixture.ts';

/**
 * The public transparency page, built and served by the local runtime, in a real Chromium with no sign-in:
 * last year's closed months (the current year has none, so the page falls back to it), the distribution
 * per OPD with small cells hidden, the trend for the city and for one OPD, the address keeping the choice,
 * a phone's width, axe-core, and nothing fetched from elsewhere.
 */
const year = Number(witaDateOf(new Date()).slice(0, 4)) - 1;
const month = (index: number) => definePeriod('BULANAN', year, index, 5);
/** A loaded machine may take seconds over the first requests (each route's handler loads on first use). */
const LOAD_MS = 20_000;

let form: FormInBrowser;
let page: Page;

/** A watched page on a device far from Kendari (dates must still be WITA), `width` px wide. */
const openPage = (width = 1280) => form.openPage({ viewport: { width, height: 900 } });

const heading = (target: Page) => target.locator('#sebaran h2').innerText();
const bars = (target: Page) => target.locator('#sebaran .bar-row');
const trendBars = (target: Page) => target.locator('#tren svg.trend-chart rect.seg');

beforeAll(async () => {
  await seedOrg();
  await Promise.all([
    putUnit({ unitId: 'dishub', name: 'Dinas Perhubungan', orgPredikat: 'BAIK' }),
    putUnit({ unitId: 'disparekraf', name: 'Dinas Pariwisata dan Ekonomi Kreatif' }),
  ]);
  const closedAt = (m: number) => new Date(Date.UTC(year, m, 6, 3, 0));
  // Dinas Kesehatan has 3 Sangat Kurang in every month and is too small to publish in February; BKPSDM (3 people) never is.
  const outcomes = (m: number): Record<string, UnitOutcome> => ({
    dinkes: m === 2 ? { counts: { BAIK: 3 } } : { counts: { SANGAT_BAIK: 8 + m, BAIK: 24, BUTUH_PERBAIKAN: 6, SANGAT_KURANG: 3 }, reported: 30 },
    disdik: { counts: { SANGAT_BAIK: 180 + m * 10, BAIK: 900, BUTUH_PERBAIKAN: 120, KURANG: 40, BELUM_DINILAI: 10 }, reported: 1100 },
    bkpsdm: { counts: { BAIK: 2, KURANG: 1 } },
    dishub: { counts: { SANGAT_BAIK: 6, BAIK: 20, BUTUH_PERBAIKAN: 7, KURANG: 2 } },
    disparekraf: { counts: { SANGAT_BAIK: 5, BAIK: 14, BELUM_DINILAI: 6 } },
  });
  for (const m of [1, 2, 3, 4]) await seedClosedPeriod(month(m), outcomes(m), closedAt(m));
  await seedClosedPeriod(definePeriod('TRIWULAN', year, 1, 5), outcomes(3), closedAt(3));
  form = await FormInBrowser.start();
  page = await openPage();
});

afterAll(async () => {
  await form?.stop();
});

describe('the public transparency page', () => {
  it('is linked from the form', async () => {
    await page.goto(form.url);
    await page.getByRole('link', { name: 'Transparansi kinerja ASN untuk publik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transparansi kinerja ASN Kota Kendari' }).waitFor();
    expect(page.url()).toBe(`${form.url}/transparansi.html`);
  });

  it("shows the latest closed period without sign-in, falling back to last year, with one bar per published OPD", async () => {
    // The first request cold-starts the routes' handlers in the local runtime, so wait as long as a person would.
    await page.getByRole('heading', { level: 2, name: `Sebaran predikat per OPD · April ${year}` }).waitFor();
    await expect.poll(() => bars(page).count(), { timeout: LOAD_MS }).toBe(4);
    expect(await bars(page).locator('.bar-name').allInnerTexts()).toEqual(['Dinas Kesehatan', 'Dinas Pariwisata dan Ekonomi Kreatif', 'Dinas Pendidikan', 'Dinas Perhubungan']);
    expect(await page.locator('#sebaran').innerText()).toContain('1 OPD tidak ditampilkan karena pegawai yang dinilai kurang dari 5.');
    expect(await page.inputValue('#tahun')).toBe(String(year));
    expect(await page.inputValue('#periode')).toBe(month(4).periodId);
    // Dinas Kesehatan: its 3 Sangat Kurang and whatever protects them are one grey "hidden" piece, never a number.
    const dinkes = bars(page).first().locator('svg.bar');
    expect(await dinkes.getAttribute('role')).toBe('img');
    expect(await dinkes.getAttribute('aria-label')).toMatch(/^Dinas Kesehatan, 45 pegawai dinilai: .*Disembunyikan \(angka kecil\) \d+/);
    expect(await dinkes.locator('rect.seg-hidden').count()).toBe(1);
    expect(await dinkes.locator('rect.seg-sangat-kurang').count()).toBe(0);
    // Indonesian numbers and WITA times on a device in Los Angeles.
    const text = await page.locator('main').innerText();
    expect(text).toContain('1.290 pegawai'); // Dinas Pendidikan's 1,290
    expect(text).toMatch(/Terakhir diperbarui: 6 Mei \d{4}, 11\.00 WITA/);
    expect(text).toContain('Sumber data: e-Kinerja BKPSDM Kota Kendari');
  });

  it('hides every small count in the table and names nobody', async () => {
    const dinkesRow = page.locator('#sebaran tbody tr').filter({ hasText: 'Dinas Kesehatan' });
    expect(await dinkesRow.locator('td[data-label="Sangat Kurang"]').innerText()).toBe('<5');
    const cells = await page.locator('#sebaran tbody td.num').allInnerTexts();
    for (const value of cells) {
      const n = Number(value.replace(/\./g, '').replace(',', '.').replace(/\s*%$/, ''));
      if (!value.endsWith('%') && Number.isFinite(n)) expect(n === 0 || n >= 5, value).toBe(true);
    }
    const html = await page.content();
    for (const person of Object.values(people)) {
      expect(html).not.toContain(person.nip);
      expect(html).not.toContain(person.name);
    }
  });

  it('draws the trend of the monthly periods, oldest first, as a labelled SVG chart', async () => {
    await page.locator('#tren svg.trend-chart').waitFor();
    await expect.poll(() => trendBars(page).count(), { timeout: LOAD_MS }).toBeGreaterThan(8);
    const chart = page.locator('#tren svg.trend-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('text.tick').allTextContents()).toEqual(expect.arrayContaining(['Jan', 'Feb', 'Mar', 'Apr', '0\u00a0%', '100\u00a0%']));
    expect(await chart.locator('text.tick').allTextContents()).not.toContain('TW I');
    expect(await chart.locator('desc').textContent()).toMatch(new RegExp(`^Januari ${year}: Sangat Baik`));
  });

  it('keeps the chosen period and OPD in the address, and shows an OPD where it was too small as not published', async () => {
    await page.selectOption('#periode', month(2).periodId);
    await expect.poll(() => heading(page), { timeout: LOAD_MS }).toBe(`Sebaran predikat per OPD · Februari ${year}`);
    await expect.poll(() => bars(page).count(), { timeout: LOAD_MS }).toBe(3);
    expect(new URL(page.url()).search).toBe(`?periode=${month(2).periodId}`);

    await page.selectOption('#periode', month(3).periodId);
    await expect.poll(() => heading(page), { timeout: LOAD_MS }).toBe(`Sebaran predikat per OPD · Maret ${year}`);
    await page.locator(`#tren[data-periode="${month(3).periodId}"]`).waitFor();
    await page.selectOption('#tren-opd', 'dinkes');
    await page.locator('#tren[data-opd="dinkes"]').waitFor();
    await expect.poll(() => page.locator('#tren figcaption').innerText(), { timeout: LOAD_MS }).toBe(`Tren sebaran predikat ${year}, Dinas Kesehatan`);
    expect(new URL(page.url()).search).toBe(`?periode=${month(3).periodId}&opd=dinkes`);
    await page.locator('#tren details summary').click();
    const rows = page.locator('#tren tbody tr');
    await expect.poll(() => rows.count(), { timeout: LOAD_MS }).toBe(4);
    expect(await rows.nth(1).innerText()).toContain('Tidak ditampilkan');

    // The address alone brings the same view back.
    const shared = await openPage();
    await shared.goto(page.url());
    await expect.poll(() => heading(shared), { timeout: LOAD_MS }).toBe(`Sebaran predikat per OPD · Maret ${year}`);
    await expect.poll(() => shared.inputValue('#tren-opd'), { timeout: LOAD_MS }).toBe('dinkes');
    await shared.context().close();
  });

  it('fits a 360 px phone, the trend redrawn to its width (screenshots in test-artifacts/)', async () => {
    const phone = await openPage(360);
    await phone.goto(`${form.url}/transparansi.html?periode=${month(4).periodId}`);
    await expect.poll(() => trendBars(phone).count(), { timeout: LOAD_MS }).toBeGreaterThan(8);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const width = Number(await phone.locator('#tren svg.trend-chart').getAttribute('width'));
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThanOrEqual(330);
    await phone.screenshot({ path: join(ARTIFACTS, 'transparansi-360.png'), fullPage: true });
    await phone.context().close();
    // The wide tables scroll inside their own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(ARTIFACTS, 'transparansi-1280.png'), fullPage: true });
  });

  it('has no serious or critical axe-core violations', async () => {
    // Injecting axe is an inline script, which the page's CSP rightly refuses: this context bypasses CSP for axe only.
    const axePage = await form.openPage({ bypassCSP: true });
    await axePage.goto(`${form.url}/transparansi.html?periode=${month(4).periodId}&opd=dinkes`);
    await expect.poll(() => trendBars(axePage).count(), { timeout: LOAD_MS }).toBeGreaterThan(3);
    await axePage.locator('#tren details summary').click();
    await form.audit(axePage, 'transparansi (OPD, tabel tren terbuka)');
    expect(form.axeFailures).toEqual([]);
    await axePage.context().close();
  });

  it('made no third-party requests and broke no CSP rule', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
