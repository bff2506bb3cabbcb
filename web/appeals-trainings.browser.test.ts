import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BERAKHLAK_KEYS } from '../shared/domain/berakhlak.ts';
import { witaDateOf } from '../shared/domain/time.ts';
import { closePeriod } from '../shared/services/close.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { FormInBrowser, openScreen, screenshots } from '../test/browser.ts';
import { people, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * The employee's trainings and keberatan, and the reviewer's decision, in a real Chromium over a fresh table:
 * a training recorded against the 20 JP; after a close, the colleague files a keberatan from "Hasil saya" and adds an
 * explanation; the head of the unit (the assessor's supervisor) decides it from "Keberatan" and the result is re-scored.
 */
const today = witaDateOf(new Date());
const year = Number(today.slice(0, 4));

let form: FormInBrowser;
let periodId: string;
let periodName: string;

beforeAll(async () => {
  await seedOrg();
  ({ periodId, name: periodName } = await seedMonthPeriod());
  await recordPeriodRoster(periodId, new Date());
  form = await FormInBrowser.start({
    tokens: { staff: people.staff.nip, colleague: people.colleague.nip, supervisor: people.supervisor.nip, head: people.head.nip },
    demoIdentities: [people.staff.nip, people.colleague.nip, people.head.nip],
  });
  // The supervisor rates the colleague below expectation, then the period closes: a result worth a keberatan.
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI']));
  const assessment = `/api/team/${people.colleague.nip}/assessments/${periodId}`;
  const saved = await form.api(assessment, 'supervisor', {
    method: 'PUT',
    body: JSON.stringify({ hasilKerja: { rating: 'DI_BAWAH' }, perilaku: { rating: 'SESUAI', values }, feedback: 'Target laporan belum tercapai.', version: 0 }),
  });
  expect(saved.status).toBe(200);
  expect((await form.api(`${assessment}/finalize`, 'supervisor', { method: 'POST', body: JSON.stringify({ version: 1 }) })).status).toBe(200);
  await closePeriod(periodId, new Date());
  await form.system.bus.idle();
}, 120_000);

afterAll(async () => {
  await form?.stop();
});

describe('trainings and keberatan in the form', () => {
  it('the employee records a completed training and sees the JP against the 20 JP a year', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.staff.nip);
    await openScreen(page, 'Pelatihan', 'Pengembangan kompetensi');
    await expect.poll(() => page.locator('.progress-text').innerText()).toBe('0 dari 20 JP · kurang 20 JP');
    expect(await page.locator('.training-list').innerText()).toContain(`Belum ada pengembangan kompetensi yang dicatat untuk ${year}.`);

    await page.getByRole('button', { name: 'Catat' }).click();
    await expect.poll(() => page.locator('#training-title-error').innerText()).toBe('Nama kegiatan wajib diisi.');
    expect(await page.locator('#training-kind-error').innerText()).toBe('Pilih jenis pengembangan kompetensi.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('training-title');

    await page.fill('#training-title', 'Bimtek analisis data surveilans');
    await page.selectOption('#training-kind', 'BIMTEK');
    await page.fill('#training-startsOn', today);
    await page.fill('#training-endsOn', today);
    await page.fill('#training-hours', '12,5');
    await page.fill('#training-evidenceUrl', 'https://lms.example.id/sertifikat/1');
    await screenshots(page, 'pelatihan-isi');
    await page.getByRole('button', { name: 'Catat' }).dblclick();
    await expect.poll(() => page.locator('form .form-status').innerText()).toContain('Tercatat: Bimtek analisis data surveilans (12,5 JP');
    await expect.poll(() => page.locator('.progress-text').innerText()).toBe('12,5 dari 20 JP · kurang 7,5 JP');
    expect(await page.locator('.training-list > li').count()).toBe(1);
    expect(await page.locator('.training-list').innerText()).toContain('Bimbingan teknis');
    const stored = await form.api<{ items: unknown[]; totalJp: number }>(`/api/trainings?year=${year}`, 'staff');
    expect(stored.body).toMatchObject({ totalJp: 12.5 });
    expect(stored.body.items).toHaveLength(1);
    await screenshots(page, 'pelatihan');
  });

  it('the employee files a keberatan from "Hasil saya" after a confirm, then adds an explanation', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.colleague.nip);
    await openScreen(page, 'Hasil saya', 'Hasil saya');
    const card = page.locator(`.result-card[data-period="${periodId}"]`);
    await card.waitFor();
    await card.locator('summary', { hasText: 'Keberatan atas hasil ini' }).click();
    const submit = card.getByRole('button', { name: 'Ajukan keberatan' });
    await submit.waitFor();
    await submit.click();
    await expect.poll(() => card.locator('.field-error').first().innerText()).toBe('Alasan keberatan wajib diisi.');
    await card.getByLabel('Alasan keberatan').fill('Laporan saya lengkap; dua laporan belum diverifikasi saat penilaian.');
    await submit.click();
    const dialog = page.getByRole('dialog', { name: 'Ajukan keberatan?' });
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect((await form.api(`/api/appeals/${people.colleague.nip}_${periodId}`, 'colleague')).status).toBe(404);
    await submit.click();
    await dialog.getByRole('button', { name: 'Ya, ajukan' }).click();
    await expect.poll(() => card.locator('.appeal-standing').innerText()).toMatch(/^Diajukan\s+Keberatan .* diajukan .* WITA; menunggu putusan atasan pejabat penilai\.$/);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('appeal-standing');

    await card.getByLabel('Penjelasan tambahan').fill('Bukti dukung sudah saya unggah ke drive unit.');
    await card.getByRole('button', { name: 'Kirim penjelasan' }).click();
    await expect.poll(() => card.locator('.explanations').innerText()).toContain('Bukti dukung sudah saya unggah');
    expect(await card.locator('.explanations').innerText()).toContain('Pegawai ·');
    const stored = await form.api<{ status: string; reviewerNip: string; explanations: unknown[] }>(`/api/appeals/${people.colleague.nip}_${periodId}`, 'colleague');
    expect(stored.body).toMatchObject({ status: 'DIAJUKAN', reviewerNip: people.head.nip });
    expect(stored.body.explanations).toHaveLength(1);
    await screenshots(page, 'hasil-keberatan');
  });

  it('the head of the unit decides it from "Keberatan": the ratings change and the result is re-scored', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.head.nip);
    await openScreen(page, 'Keberatan', 'Keberatan masuk');
    await expect.poll(() => page.locator('#inbox-title').innerText()).toBe('Menunggu putusan Anda (1)');
    // The employee and the period by name, not only by codes.
    const title = `${people.colleague.name} (NIP ${people.colleague.nip}) · ${periodName}`;
    await page.locator(`.inbox-item[data-appeal="${people.colleague.nip}_${periodId}"]`).getByRole('link', { name: title, exact: true }).click();
    await page.locator('form.decision-form').waitFor();
    expect(await page.locator('#appeal-title').innerText()).toBe(title);
    const decision = page.locator('form.decision-form');
    await decision.getByRole('button', { name: 'Putuskan' }).click();
    await expect.poll(() => decision.locator('.field-error:not([hidden])').allInnerTexts()).toEqual(['Pilih putusan: pertahankan hasil atau ubah rating.', 'Alasan putusan wajib diisi.']);
    await decision.getByLabel('Ubah rating').check();
    await decision.getByRole('radiogroup', { name: /Rating Hasil Kerja yang baru/ }).getByLabel('Sesuai Ekspektasi').check();
    await decision.getByRole('radiogroup', { name: /Rating Perilaku Kerja yang baru/ }).getByLabel('Sesuai Ekspektasi').check();
    await decision.getByLabel('Alasan putusan').fill('Bukti dukung lengkap; capaian sesuai target.');
    await screenshots(page, 'keberatan-putusan');
    await decision.getByRole('button', { name: 'Putuskan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Putuskan keberatan?' });
    expect(await dialog.innerText()).toContain('Hasil Kerja Sesuai Ekspektasi dan Perilaku Kerja Sesuai Ekspektasi');
    await dialog.getByRole('button', { name: 'Ya, putuskan' }).click();
    await expect.poll(() => page.locator('.appeal-standing').innerText()).toMatch(/Diputus .* WITA: hasil diubah menjadi Hasil Kerja Sesuai Ekspektasi dan Perilaku Kerja Sesuai Ekspektasi\./);
    expect(await page.locator('form.decision-form').count()).toBe(0);
    expect(await page.locator('#appeal-title').innerText()).toBe(title);

    const results = await form.api<{ items: { predikat: string; revision: number }[] }>(`/api/results?period=${periodId}`, 'colleague');
    expect(results.body.items[0]).toMatchObject({ predikat: 'BAIK', revision: 2 });
  });

  it('the employee opens the decision from the link in its email, without an inbox of their own', async () => {
    const page = await form.openPage();
    await form.signIn(page, people.colleague.nip);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allInnerTexts()).not.toContain('Keberatan');
    // As the KEBERATAN_DIPUTUS email links it: <form>/#/keberatan/<appealId>.
    await page.goto(`${form.url}/#/keberatan/${people.colleague.nip}_${periodId}`);
    await page.getByRole('heading', { level: 1, name: 'Keberatan' }).waitFor();
    await expect.poll(() => page.locator('#appeal-title').innerText()).toBe(`${people.colleague.name} (NIP ${people.colleague.nip}) · ${periodName}`);
    expect(await page.locator('.appeal-standing').innerText()).toMatch(/Diputus .* WITA: hasil diubah menjadi Hasil Kerja Sesuai Ekspektasi/);
    expect(await page.locator('form.decision-form').count()).toBe(0);
    await page.getByRole('link', { name: 'Hasil saya' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Hasil saya' }).waitFor();
    // The bare inbox address sends them to their own results.
    await page.evaluate(() => (location.hash = '#/keberatan'));
    await expect.poll(() => page.locator('main .notice.info').innerText()).toContain('Keberatan atas hasil penilaian Anda sendiri diajukan dan dipantau di Hasil saya.');
  });

  it('has no serious or critical axe-core violations on these screens', async () => {
    const page = await form.openPage({ bypassCSP: true });
    await form.signIn(page, people.staff.nip);
    await openScreen(page, 'Pelatihan', 'Pengembangan kompetensi');
    await page.locator('.progress-text').waitFor();
    await page.getByRole('button', { name: 'Catat' }).click();
    await page.locator('#training-title-error').waitFor();
    await form.audit(page, 'pelatihan dengan kesalahan');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.colleague.nip);
    await openScreen(page, 'Hasil saya', 'Hasil saya');
    await page.locator('.appeal-panel summary').first().click();
    await page.locator('.appeal-view').first().waitFor();
    await form.audit(page, 'hasil saya dengan keberatan');
    await page.getByRole('button', { name: 'Keluar' }).click();

    await form.signIn(page, people.head.nip);
    await openScreen(page, 'Keberatan', 'Keberatan masuk');
    await page.locator('.inbox-item').first().waitFor();
    await form.audit(page, 'keberatan masuk');
    expect(form.axeFailures).toEqual([]);
  });

  it('made no third-party requests, broke no CSP rule and threw no page errors', () => {
    expect(form.foreignRequests).toEqual([]);
    expect(form.cspViolations).toEqual([]);
    expect(form.pageErrors).toEqual([]);
  });
});
