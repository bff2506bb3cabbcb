/**
 * The signed-in session lives in sessionStorage: it ends with the tab, is never put in a URL,
 * and is not shared with other tabs or people who open the browser later.
 */
export type SignInMode = 'dev' | 'cognito';

export interface Session {
  readonly token: string;
  /** ISO instant. */
  readonly expiresAt: string;
  readonly nip: string;
  readonly name: string;
  readonly mode: SignInMode;
}

const KEY = 'ekinerja.session';

export function loadSession(now = Date.now()): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || Date.parse(session.expiresAt) <= now) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

/** True when a session was stored but has run out (so sign-in can say why). */
export function hasExpiredSession(now = Date.now()): boolean {
  return sessionStorage.getItem(KEY) !== null && loadSession(now) === undefined;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
