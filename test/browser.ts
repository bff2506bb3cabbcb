import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalSystem, LocalSystemOptions } from '../infra/local/system.ts';
import type { ActivityReport } from '../shared/domain/report.ts';
import { buildWeb } from '../web/build.ts';
import { startTestSystem } from './local-system.ts';

/** Where screenshots are kept as test artifacts. */
export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/**
 * The built form in a real Chromium, for the browser tests: the form built into a temporary folder and served by the
 * local runtime over this test file's table (seed it first), Debian's Chromium, pages opened as a device far from
 * Kendari would open them (id-ID, a US time zone, so dates must still come out in WITA), every page watched for CSP
 * violations, requests leaving the origin and page errors, and API calls as the people signed in with dev tokens.
 */
export class FormInBrowser {
  readonly cspViolations: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly pageErrors: string[] = [];
  /** Serious and critical axe-core findings of `audit`, as `where: rule (impact) help @ targets`. */
  readonly axeFailures: string[] = [];

  private constructor(
    readonly system: LocalSystem,
    readonly browser: Browser,
    /** The built form, as served: what the first-load weight is measured on. */
    readonly webDir: string,
    private readonly tokens: ReadonlyMap<string, string>,
  ) {}

  /**
   * `tokens` names the people the test calls the API as (`{ staff: nip }` → `api(path, 'staff')`);
   * `demoIdentities` are those the sign-in screen offers.
   */
  static async start(options: { tokens?: Readonly<Record<string, string>>; demoIdentities?: readonly string[]; system?: Partial<LocalSystemOptions> } = {}): Promise<FormInBrowser> {
    const webDir = await buildWeb(mkdtempSync(join(tmpdir(), 'ekinerja-web-')));
    const demo = [...(options.demoIdentities ?? [])];
    const system = await startTestSystem({ webDir, demoIdentities: () => demo, ...options.system });
    try {
      const tokens = new Map<string, string>();
      for (const [as, nip] of Object.entries(options.tokens ?? {})) tokens.set(as, await devToken(system.url, nip));
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      mkdirSync(ARTIFACTS, { recursive: true });
      return new FormInBrowser(system, browser, webDir, tokens);
    } catch (error) {
      // Nothing is left running when the start fails half-way (the test's afterAll has no harness to stop).
      await system.stop();
      rmSync(webDir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    return this.system.url;
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.system.stop();
    rmSync(this.webDir, { recursive: true, force: true });
  }

  token(as: string): string {
    const token = this.tokens.get(as);
    if (!token) throw new Error(`No token for ${as}: name them in FormInBrowser.start({ tokens })`);
    return token;
  }

  /** The API as `as`, JSON both ways. */
  async api<T>(path: string, as: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token(as)}`, 'content-type': 'application/json', ...init.headers },
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Every report `as` has stored in a period, read through the API page by page: what is really there. */
  async storedReports(as: string, periodId: string): Promise<ActivityReport[]> {
    const items: ActivityReport[] = [];
    let cursor = '';
    do {
      const { body } = await this.api<{ items: ActivityReport[]; nextCursor?: string }>(`/api/reports?period=${periodId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, as);
      items.push(...body.items);
      cursor = body.nextCursor ?? '';
    } while (cursor);
    return items;
  }

  post<T>(path: string, as: string, body: unknown): Promise<{ status: number; body: T }> {
    return this.api<T>(path, as, { method: 'POST', body: JSON.stringify(body) });
  }

  /** A browser context as a far-away device: Indonesian locale, a US time zone, desktop width unless told. */
  newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    return this.browser.newContext({ viewport: DESKTOP, locale: 'id-ID', timezoneId: 'America/Los_Angeles', ...options });
  }

  /** A new page in its own context, watched. `bypassCSP` is for the twin page axe-core runs in (injecting axe is an inline script). */
  async openPage(options: BrowserContextOptions = {}): Promise<Page> {
    return this.watch(await (await this.newContext(options)).newPage());
  }

  /** Records the page's CSP violations, requests to other origins and uncaught errors. */
  watch(page: Page): Page {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(this.url)) this.foreignRequests.push(request.url());
    });
    return page;
  }

  /** Signs in with a demo identity and waits for the landing screen, the daily report form. */
  async signIn(page: Page, nip: string): Promise<void> {
    await page.goto(this.url);
    await page.click(`button[data-nip="${nip}"]`);
    await page.getByRole('heading', { level: 1, name: 'Laporan kegiatan harian' }).waitFor();
  }

  /** axe-core on the page as it stands; serious and critical findings are kept in `axeFailures`. */
  async audit(page: Page, where: string): Promise<void> {
    this.axeFailures.push(...(await axeFailuresOf(page, where)));
  }
}

async function devToken(url: string, nip: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip }) });
  return ((await response.json()) as { token: string }).token;
}

/**
 * axe-core's serious and critical violations on the page as it stands. Axe is injected once per full page load (screens
 * change by the address hash, so it stays until the next sign-in); the page must bypass CSP for that.
 */
export async function axeFailuresOf(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${where}: ${violation.id} (${violation.impact}) ${violation.help} @ ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a screen from the main menu and waits for its heading. */
export async function openScreen(page: Page, menu: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: menu, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Goes to an address inside the signed-in app and waits until `ready` is on the page. */
export async function visit(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((target) => (location.hash = target), hash);
  await page.locator(ready).first().waitFor();
}

/** Full-page screenshots at phone and desktop width (`<name>-360.png`, `<name>-1280.png`); also checks nothing sticks out sideways at 360 px. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(50);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 360 px`).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-360.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(50);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
}
