import { completeCognitoSignIn, cognitoSignOutUrl, isCognitoCallback } from './auth/cognito.ts';
import { signInMethod } from './auth/sign-in-method.ts';
import { renderSignIn, type Notice } from './auth/sign-in-screen.ts';
import { createApi, NetworkError, SessionEnded } from './core/api.ts';
import { focusHeading, h } from './core/dom.ts';
import { clearSession, hasExpiredSession, loadSession, saveSession, type Session } from './core/session.ts';
import type { Me } from './core/types.ts';
import { renderAccount, renderNav, renderProfile, resetShell, shellSlots } from './layout/app-shell.ts';
import { SCREENS } from './screens/index.ts';
import type { Screen } from './screens/screen.ts';

/**
 * The form's entry point: signed out → the sign-in screen; signed in → `GET /api/me`, the header,
 * and the screen named by the address (`#/laporan`). Any 401 ends the session and says so.
 */
const APP_NAME = 'e-Kinerja Kendari';
const main = document.getElementById('main') as HTMLElement;
const slots = shellSlots();

let session: Session | undefined;
let me: Me | undefined;
let current: { screen: Screen; cleanup: (() => void) | void } | undefined;

const api = createApi(
  () => session?.token,
  () => {
    if (session) endSession({ tone: 'error', text: 'Sesi Anda telah berakhir atau tidak sah. Silakan masuk kembali.' });
  },
);

function leaveScreen(): void {
  current?.cleanup?.();
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
  renderProfile(slots.profile, me);
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

/** Shows the screen the address names, or the first one this person may use. Other hashes (the skip link) are left alone. */
function route(): void {
  if (!session || !me) return;
  const profile = me;
  const available = SCREENS.filter((screen) => screen.isAvailable(profile));
  const requested = location.hash.startsWith('#/') ? location.hash.slice(1) : undefined;
  if (current && (requested === undefined || requested === current.screen.path)) return;
  const screen = available.find((candidate) => candidate.path === requested) ?? available[0];
  if (!screen) return;
  if (location.hash !== `#${screen.path}`) history.replaceState(null, '', `#${screen.path}`);
  leaveScreen();
  renderNav(slots.nav, available, screen.path);
  document.title = `${screen.title} · ${APP_NAME}`;
  current = { screen, cleanup: screen.mount(main, { api, me: profile, session }) };
  focusHeading(main);
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
