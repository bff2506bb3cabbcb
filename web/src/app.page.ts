import { completeCognitoSignIn, cognitoSignOutUrl, isCognitoCallback } from './auth/cognito.ts';
import { signInMethod } from './auth/sign-in-method.ts';
import { renderSignIn, type Notice } from './auth/sign-in-screen.ts';
import { createApi, NetworkError, SessionEnded } from './core/api.ts';
import { focusHeading, h } from './core/dom.ts';
import { clearSession, hasExpiredSession, loadSession, saveSession, type Session } from './core/session.ts';
import type { Me } from './core/types.ts';
import { renderAccount, renderNav, renderProfile, resetShell, shellSlots } from './layout/app-shell.ts';
import { SCREENS } from './screens/index.ts';
import type { Cleanup, Screen } from './screens/screen.ts';

/**
 * The form's entry point: signed out → the sign-in screen; signed in → `GET /api/me`, the header,
 * and the screen named by the address (`#/laporan`). Any 401 ends the session and says so.
 */
const APP_NAME = 'e-Kinerja Kendari';
const main = document.getElementById('main') as HTMLElement;
const slots = shellSlots();

let session: Session | undefined;
let me: Me | undefined;
/** The screen shown, the address it was opened at, and its cleanup once its (possibly lazy) mount is done. */
let current: { screen: Screen; address: string; cleanup?: Cleanup; left: boolean } | undefined;

const api = createApi(
  () => session?.token,
  () => {
    if (session) endSession({ tone: 'error', text: 'Sesi Anda telah berakhir atau tidak sah. Silakan masuk kembali.' });
  },
);

function leaveScreen(): void {
  if (current) {
    current.left = true;
    current.cleanup?.();
  }
  current = undefined;
}

function endSession(notice?: Notice): void {
  leaveScreen();
  clearSession();
  session = undefined;
  me = undefined;
  resetShell(slots);
  document.title = `Masuk · ${APP_NAME}`;
  void renderSignIn(main, { notice, onSignedIn });
}

function onSignedIn(signedIn: Session): void {
  saveSession(signedIn);
  session = signedIn;
  void startApp();
}

async function startApp(): Promise<void> {
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Memuat data pegawai…'));
  try {
    me = await api.get<Me>('/api/me');
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showStartError(error instanceof NetworkError || error instanceof Error ? error.message : '');
    return;
  }
  renderAccount(slots.account, me, () => void signOut());
  renderProfile(slots.profile, me, async (nudges) => {
    await api.put('/api/me/preferences', { nudges });
  });
  route();
}

function showStartError(reason: string): void {
  const card = h(
    'section',
    { class: 'card', 'aria-labelledby': 'start-error-title' },
    h('h1', { id: 'start-error-title' }, 'Data pegawai tidak dapat dimuat'),
    h('p', { class: 'notice error', role: 'alert' }, reason),
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'button', class: 'button primary', onclick: () => void startApp() }, 'Coba lagi'),
      h('button', { type: 'button', class: 'button secondary', onclick: () => void signOut() }, 'Keluar'),
    ),
  );
  main.replaceChildren(card);
  focusHeading(card);
}

/**
 * Shows the screen the address names (`#/tim/2026-11/…` is the `/tim` screen with route `['2026-11', …]`),
 * or the first one this person may use. Other hashes (the skip link) are left alone.
 */
function route(): void {
  if (!session || !me) return;
  const profile = me;
  const signedIn = session;
  const available = SCREENS.filter((screen) => screen.isAvailable(profile));
  const requested = location.hash.startsWith('#/') ? decodeURI(location.hash.slice(1)).replace(/\/+$/, '') : undefined;
  if (current && (requested === undefined || requested === current.address)) return;
  const matched = requested === undefined ? undefined : available.find((c) => requested === c.path || requested.startsWith(`${c.path}/`));
  const screen = matched ?? available[0];
  if (!screen) return;
  const address = matched && requested ? requested : screen.path;
  if (decodeURI(location.hash) !== `#${address}`) history.replaceState(null, '', `#${address}`);
  leaveScreen();
  renderNav(slots.nav, available.filter((item) => item.isListed?.(profile) ?? true), screen.path);
  document.title = `${screen.title} · ${APP_NAME}`;
  // Each visit renders into its own host: a slow lazy screen finishing after the person moved on writes into a detached node.
  const host = document.createElement('div');
  host.className = 'screen';
  main.replaceChildren(host);
  const visit: NonNullable<typeof current> = { screen, address, left: false };
  current = visit;
  const routeParts = address.slice(screen.path.length).split('/').filter(Boolean);
  const settle = (cleanup: Cleanup) => {
    if (visit.left) cleanup?.();
    else {
      visit.cleanup = cleanup;
      focusHeading(host);
    }
  };
  const mounted = screen.mount(host, { api, me: profile, session: signedIn, route: routeParts });
  if (mounted instanceof Promise) {
    focusHeading(host);
    void mounted.then(settle);
  } else settle(mounted);
}

async function signOut(): Promise<void> {
  const wasCognito = session?.mode === 'cognito';
  endSession({ tone: 'info', text: 'Anda telah keluar dari e-Kinerja.' });
  if (!wasCognito) return;
  const method = await signInMethod();
  if (method.kind === 'cognito') location.assign(cognitoSignOutUrl(method.config));
}

async function boot(): Promise<void> {
  window.addEventListener('hashchange', route);
  if (isCognitoCallback(location)) {
    const method = await signInMethod();
    if (method.kind === 'cognito') {
      try {
        onSignedIn(await completeCognitoSignIn(method.config, location));
      } catch (error) {
        endSession({ tone: 'error', text: error instanceof Error ? error.message : 'Gagal masuk.' });
      }
      return;
    }
  }
  session = loadSession();
  if (session) void startApp();
  else endSession(hasExpiredSession() ? { tone: 'info', text: 'Sesi Anda telah berakhir. Silakan masuk kembali.' } : undefined);
}

void boot();
