import { createHash } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formContentSecurityPolicy } from '../infra/constructs/security-headers.ts';
import { FormInBrowser } from '../test/browser.ts';
import { people, seedMonthPeriod, seedOrg } from '../test/org-fixture.ts';

/**
 * The AWS sign-in path (authorization code + PKCE against Cognito's hosted UI) in a real Chromium. Cognito cannot
 * run here, so its two endpoints are stood in for by request interception: /oauth2/authorize redirects back with a
 * code, /oauth2/token checks the PKCE verifier against the challenge (RFC 7636, S256) before it hands out an ID
 * token minted by the local runtime. The form is served as CloudFront serves it: with /config.json, without the
 * local demo routes, under the deployed CSP (minus upgrade-insecure-requests, as the test runs over http).
 */
const COGNITO = 'kendari-uji.auth.ap-southeast-3.amazoncognito.com';
const CLIENT_ID = 'ekinerja-form-uji';

let form: FormInBrowser;
const issuedCodes = new Map<string, { challenge: string; redirectUri: string }>();
const tokenRequests: Record<string, string>[] = [];

function base64Url(bytes: Buffer): string {
  return bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function hostedUi(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname === '/oauth2/authorize') {
    const query = url.searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ response_type: 'code', client_id: CLIENT_ID, redirect_uri: `${form.url}/`, code_challenge_method: 'S256' });
    expect(query.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const code = `kode-${issuedCodes.size + 1}`;
    issuedCodes.set(code, { challenge: query.get('code_challenge')!, redirectUri: query.get('redirect_uri')! });
    // The hosted UI's sign-in page sends the browser back after the person signs in. (A navigation that starts
    // as a redirect from a fulfilled route is not routed again by Playwright, so the page goes back by script.)
    const back = `${query.get('redirect_uri')}?code=${code}&state=${encodeURIComponent(query.get('state') ?? '')}`;
    return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>Masuk</title><script>location.replace(${JSON.stringify(back)})</script>` });
  }
  if (url.pathname === '/oauth2/token') {
    const request = Object.fromEntries(new URLSearchParams(route.request().postData() ?? ''));
    tokenRequests.push(request);
    const issued = issuedCodes.get(request.code ?? '');
    const verified = issued && request.grant_type === 'authorization_code' && request.client_id === CLIENT_ID && request.redirect_uri === issued.redirectUri && base64Url(createHash('sha256').update(request.code_verifier ?? '').digest()) === issued.challenge;
    const cors = { 'access-control-allow-origin': form.url, 'content-type': 'application/json' };
    if (!verified) return route.fulfill({ status: 400, headers: cors, body: JSON.stringify({ error: 'invalid_grant' }) });
    issuedCodes.delete(request.code!);
    const minted = await fetch(`${form.url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: people.staff.nip }) });
    const { token } = (await minted.json()) as { token: string };
    return route.fulfill({ status: 200, headers: cors, body: JSON.stringify({ id_token: token, access_token: 'tidak-dipakai', expires_in: 3600, token_type: 'Bearer' }) });
  }
  return route.fulfill({ status: 404, body: 'not found' });
}

async function deployedPage(): Promise<Page> {
  const context = await form.browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  await context.route(`https://${COGNITO}/**`, hostedUi);
  await context.route(`${form.url}/config.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ cognitoDomain: COGNITO, clientId: CLIENT_ID, redirectUri: `${form.url}/` }) }));
  // API Gateway has no demo routes: the form must fall back to Cognito.
  await context.route(`${form.url}/api/dev/**`, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"Not Found"}' }));
  // The page itself, also when Cognito sends the browser back to it with ?code=…&state=….
  await context.route((url) => url.origin === form.url && url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const csp = formContentSecurityPolicy(COGNITO).replace(/; upgrade-insecure-requests$/, '');
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  return context.newPage();
}

beforeAll(async () => {
  await seedOrg();
  await seedMonthPeriod();
  form = await FormInBrowser.start();
});

afterAll(async () => {
  await form?.stop();
});

describe('signing in through Cognito (authorization code with PKCE)', () => {
  it('signs in, keeps the code and the token out of the address bar, and uses the ID token with the API', async () => {
    const page = await deployedPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(form.url);
    await page.getByRole('button', { name: 'Masuk dengan akun BKPSDM' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan kegiatan harian' }).waitFor();

    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(page.url()).toBe(`${form.url}/#/laporan`);
    const storage = await page.evaluate(() => ({ pending: sessionStorage.getItem('ekinerja.pkce'), local: JSON.stringify(localStorage) }));
    expect(storage.pending).toBeNull();
    expect(storage.local).not.toMatch(/eyJ/);
    // The signed-in person is the one the ID token names, and the API accepted it.
    await expect.poll(() => page.locator('body').innerText()).toContain(people.staff.name);
    expect(cspViolations).toEqual([]);
  });

  it('refuses a callback whose state it did not start, and exchanges nothing', async () => {
    const page = await deployedPage();
    const before = tokenRequests.length;
    await page.goto(`${form.url}/?code=kode-palsu&state=bukan-milik-saya`);
    await expect.poll(() => page.locator('body').innerText()).toContain('Permintaan masuk tidak dikenali');
    expect(tokenRequests).toHaveLength(before);
    expect(page.url()).not.toContain('kode-palsu');
  });
});
