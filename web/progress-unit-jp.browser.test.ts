import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { witaDateOf } from '../shared/domain/time.ts';
import { FormInBrowser, openScreen, screenshots, visit } from '../test/browser.ts';
import { people, seedApprovedSkp, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * Two read-only views in a real Chromium over a fresh table: the employee's capaian so far against the approved SKP
 * (SKP saya, from GET /api/reports/progress) after reporting on an indicator, and a unit's JP per employee against the
 * 20 JP a year (Pelatihan, from GET /api/units/{unitId}/trainings) for BKPSDM and the head of the unit.
 */
const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));

let form: FormInBrowser;
let periodId: string;
let periodName: string;

beforeAll(async () => {
  await seedOrg();
  ({ periodId, name: periodName } = await seedMonthPeriod());
  // Annual targets: 12 and 4 dokumen a year are counts (a month's share: 1 and 1/3); the coverage is a level, averaged.
  await seedApprovedSkp(people.staff.nip, year, [
    { indicatorId: 'surveilans', target: 12 },
    { indicatorId: 'rujukan', target: 4, kind: 'TAMBAHAN' },
    { indicatorId: 'imunisasi', target: 95, aspek: 'KUALITAS', satuan: '%' },
  ]);
  form = await FormInBrowser.start({
    tokens: { staff: people.staff.nip, colleague: people.colleague.nip },
    demoIdentities: [people.staff.nip, people.colleague.nip, people.head.nip, people.admin.nip],
  });
  // Recorded competency development: the staff member passed the 20 JP, the colleague is on the way.
  for (const [as, hours, title] of [['staff', 24, 'Pelatihan analisis data surveilans'], ['colleague', 12.5, 'Bimtek aplikasi kepegawaian']] as const) {
    const saved = await form.post(`/api/trainings`, as, { title, kind: 'BIMTEK', startsOn: today, endsOn: today, hours });
    expect(saved.status).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  await form?.stop();
});

/** How far a table sticks out of its scroll box on a 360 px phone (0: the stacked rows fit, a NIP is not cut off). */
async function tableOverflowAt360(page: Page, box: string): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 780 });
  const overflow = await page.locator(box).evaluate((element) => element.scrollWidth - element.clientWidth);
  if (before) await page.setViewportSize(before);
  return overflow;
}

describe('capaian so far and the unit JP in the form', () => {
  it('the employee reports on an SKP indicator (by the API and in the form) and sees the realisation and capaian in SKP saya', async () => {
    const sent = await form.post('/api/reports', 'staff', { date: today, activity: 'Menyusun laporan surveilans mingguan', indicatorId: 'surveilans', realization: 3, unit: 'dokumen' });
    expect(sent.status).toBe(201);

    const page = await form.openPage();
    await form.signIn(page, people.staff.nip);
    // The approved SKP's indicators are offered once it has loaded.
    await page.locator('#report-indicatorId option[value="surveilans"]').waitFor({ state: 'attached' });
    await page.fill('#report-activity', 'Verifikasi data kasus dari puskesmas');
    await page.selectOption('#report-indicatorId', 'surveilans');
    await page.fill('#report-realization', '2,5');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect.poll(async () => (await form.api<{ items: unknown[] }>(`/api/reports?period=${periodId}`, 'staff')).body.items.length).toBe(2);
    for (const realization of [90, 92]) {
      const coverage = await form.post('/api/reports', 'staff', { date: today, activity: 'Rekap cakupan imunisasi dasar lengkap', indicatorId: 'imunisasi', realization, unit: '%' });
      expect(coverage.status).toBe(201);
    }

    await openScreen(page, 'SKP saya', 'SKP saya');
    const card = page.locator('section.own-progress');
    expect(await card.locator('h2').innerText()).toBe(`Capaian sejauh ini · ${periodName}`);
    const reported = card.locator('tr[data-indicator="surveilans"]');
    await reported.waitFor();
    // 3 + 2,5 dokumen against the month's 1 (12 a year): 550 %, the bar full.
    expect(await reported.locator('td[data-label="Target periode ini"]').innerText()).toBe('1 dokumen (12 setahun)');
    expect(await reported.locator('td[data-label="Realisasi sejauh ini"]').innerText()).toBe('5,5 dokumen');
    expect(await reported.locator('.capaian-text').innerText()).toBe('550\u00a0%');
    expect(await reported.locator('progress').getAttribute('value')).toBe('100');
    const untouched = card.locator('tr[data-indicator="rujukan"]');
    expect(await untouched.locator('td[data-label="Target periode ini"]').innerText()).toBe('0,33 dokumen (4 setahun)');
    expect(await untouched.locator('td[data-label="Realisasi sejauh ini"]').innerText()).toBe('0 dokumen');
    expect(await untouched.locator('.capaian-text').innerText()).toBe('Belum ada laporan');
    expect(await untouched.locator('th').innerText()).toContain('Tambahan · kode rujukan');
    // 90 % and 92 % average 91 %, against the annual 95 %: 95,79 %.
    const level = card.locator('tr[data-indicator="imunisasi"]');
    expect(await level.locator('td[data-label="Target periode ini"]').innerText()).toBe('95 %');
    expect(await level.locator('td[data-label="Realisasi sejauh ini"]').innerText()).toBe('rata-rata 91 %');
    expect(await level.locator('.capaian-text').innerText()).toBe('95,79\u00a0%');
    expect(await card.locator('.progress-summary').innerText()).toBe('3 indikator · 2 sudah ada realisasi · 1 mencapai target (100\u00a0% atau lebih)');
    await screenshots(page, 'skp-capaian');
    expect(await tableOverflowAt360(page, 'section.own-progress .table-scroll')).toBe(0);

    // Another year's plan is not the open period's: no running capaian beside it.
    await visit(page, `#/skp/${year - 1}`, '#skp-status-title');
    expect(await page.locator('section.own-progress').count()).toBe(0);
  });

  it('an employee without an approved SKP is told why there is no capaian yet', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.colleague.nip);
    await openScreen(page, 'SKP saya', 'SKP saya');
    await expect.poll(() => page.locator('section.own-progress .notice').innerText()).toMatch(new RegExp(`^Belum ada SKP ${year} yang disetujui atasan\\.`));
    expect(await page.locator('section.own-progress table').count()).toBe(0);
  });

  it('BKPSDM picks Dinas Kesehatan and sees its JP per employee, furthest from 20 JP first; a plain employee sees no unit section', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.admin.nip);
    await openScreen(page, 'Pelatihan', 'Pengembangan kompetensi');
    const section = page.locator('section.unit-jp');
    expect(await section.locator('h2').innerText()).toBe(`JP pegawai unit kerja ${year}`);
    // The admin's own unit first: BKPSDM, where nobody recorded anything.
    await expect.poll(() => section.locator('.unit-jp-summary').innerText()).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia · 0 dari 1 pegawai mencapai 20 JP (0\u00a0%)');
    await section.locator('#unit-jp-unit option[value="dinkes"]').waitFor({ state: 'attached' });
    await section.getByLabel('Unit kerja', { exact: true }).selectOption({ label: 'Dinas Kesehatan' });
    await section.getByRole('button', { name: 'Tampilkan' }).click();
    await expect.poll(() => page.locator('section.unit-jp .unit-jp-summary').innerText()).toBe('Dinas Kesehatan · 1 dari 4 pegawai mencapai 20 JP (25\u00a0%)');
    expect(page.url()).toContain(`#/pelatihan/${year}/dinkes`);

    const rows = page.locator('section.unit-jp tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-nip')))).toEqual([people.head.nip, people.supervisor.nip, people.colleague.nip, people.staff.nip]);
    const cells = (nip: string) => page.locator(`section.unit-jp tr[data-nip="${nip}"] > *`).allInnerTexts();
    expect(await cells(people.colleague.nip)).toEqual([`${people.colleague.name}\n${people.colleague.jabatan}`, people.colleague.nip, '12,5 JP', 'Belum tercapai (kurang 7,5 JP)']);
    expect(await cells(people.staff.nip)).toEqual([`${people.staff.name}\n${people.staff.jabatan}`, people.staff.nip, '24 JP', 'Tercapai']);
    expect(await cells(people.head.nip)).toEqual([`${people.head.name}\n${people.head.jabatan}`, people.head.nip, '0 JP', 'Belum tercapai (kurang 20 JP)']);
    await screenshots(page, 'pelatihan-jp-unit');
    expect(await tableOverflowAt360(page, 'section.unit-jp .table-scroll')).toBe(0);

    // Last year, same unit: nothing was recorded then.
    await page.selectOption('#training-year', String(year - 1));
    await expect.poll(() => page.locator('section.unit-jp h2').innerText()).toBe(`JP pegawai unit kerja ${year - 1}`);
    expect(page.url()).toContain(`#/pelatihan/${year - 1}/dinkes`);
    await expect.poll(() => page.locator('section.unit-jp .unit-jp-summary').innerText()).toBe('Dinas Kesehatan · 0 dari 4 pegawai mencapai 20 JP (0\u00a0%)');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await form.signIn(page, people.staff.nip);
    await openScreen(page, 'Pelatihan', 'Pengembangan kompetensi');
    await page.locator('.progress-text').waitFor();
    expect(await page.locator('section.unit-jp').count()).toBe(0);
  });

  it('the head of Dinas Kesehatan sees their own unit, with no unit to pick', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.head.nip);
    await openScreen(page, 'Pelatihan', 'Pengembangan kompetensi');
    const section = page.locator('section.unit-jp');
    await expect.poll(() => section.locator('.unit-jp-summary').innerText()).toBe('Dinas Kesehatan · 1 dari 4 pegawai mencapai 20 JP (25\u00a0%)');
    expect(await section.locator('select').count()).toBe(0);
    expect(await section.locator('.picker-fixed').innerText()).toContain('Dinas Kesehatan');
  });

  it('has no serious or critical axe-core violations on these screens', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, people.staff.nip);
    await openScreen(page, 'SKP saya', 'SKP saya');
    await page.locator('section.own-progress tbody tr').first().waitFor();
    await form.audit(page, 'skp saya dengan capaian');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.admin.nip);
    await visit(page, `#/pelatihan/${year}/dinkes`, 'section.unit-jp tbody tr');
    await form.audit(page, 'pelatihan dengan jp unit');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
