import type { Session } from '../core/session.ts';
import { challengeFor, randomToken } from './pkce.ts';

/**
 * The AWS sign-in: Cognito's hosted UI with the authorization-code flow and PKCE (public client, no secret).
 * The deployed site serves `/config.json` = `{cognitoDomain, clientId, redirectUri}`; without it this path is off.
 * The API's authorizer reads `custom:nip` from the ID token, so the ID token is the bearer token.
 * Tested in web/cognito.browser.test.ts against a stand-in for the hosted UI's two endpoints (no Cognito runs locally).
 */
export interface CognitoConfig {
  /** e.g. `ekinerja.auth.ap-southeast-3.amazoncognito.com` (with or without https://). */
  readonly cognitoDomain: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes?: readonly string[];
}

const PENDING_KEY = 'ekinerja.pkce';

export async function loadCognitoConfig(): Promise<CognitoConfig | undefined> {
  try {
    const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const config = (await response.json()) as Partial<CognitoConfig>;
    if (!config.cognitoDomain || !config.clientId || !config.redirectUri) return undefined;
    return config as CognitoConfig;
  } catch {
    return undefined;
  }
}

function origin(config: CognitoConfig): string {
  return `https://${config.cognitoDomain.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;
}

/** Sends the browser to the hosted UI; the verifier and state wait in sessionStorage for the return. */
export async function startCognitoSignIn(config: CognitoConfig): Promise<void> {
  const verifier = randomToken(48);
  const state = randomToken(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL('/oauth2/authorize', origin(config));
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: (config.scopes ?? ['openid', 'email', 'profile']).join(' '),
    state,
    code_challenge_method: 'S256',
    code_challenge: await challengeFor(verifier),
  }).toString();
  window.location.assign(url.toString());
}

/** True when the page was opened by the hosted UI's redirect (`?code=…&state=…` or `?error=…`). */
export function isCognitoCallback(location: Location): boolean {
  const query = new URLSearchParams(location.search);
  return query.has('state') && (query.has('code') || query.has('error'));
}

/**
 * Exchanges the code for tokens, then removes `code` and `state` from the address bar so they are
 * neither bookmarked nor sent anywhere again.
 */
export async function completeCognitoSignIn(config: CognitoConfig, location: Location): Promise<Session> {
  const query = new URLSearchParams(location.search);
  history.replaceState(null, '', location.pathname + location.hash);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (query.has('error')) throw new Error('Proses masuk dibatalkan atau ditolak. Silakan coba lagi.');
  if (!pending || pending.state !== query.get('state')) throw new Error('Permintaan masuk tidak dikenali. Silakan masuk kembali.');

  const response = await fetch(new URL('/oauth2/token', origin(config)), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: query.get('code') ?? '',
      redirect_uri: config.redirectUri,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error('Gagal menyelesaikan proses masuk. Silakan coba lagi.');
  const tokens = (await response.json()) as { id_token?: string; expires_in?: number };
  if (!tokens.id_token) throw new Error('Gagal menyelesaikan proses masuk. Silakan coba lagi.');
  const claims = readClaims(tokens.id_token);
  return {
    token: tokens.id_token,
    expiresAt: new Date(Date.now() + (tokens.expires_in ?? 3600) * 1000).toISOString(),
    nip: String(claims['custom:nip'] ?? ''),
    name: String(claims.name ?? claims.email ?? ''),
    mode: 'cognito',
  };
}

/** The hosted UI's logout, which ends the Cognito session too and comes back to the form. */
export function cognitoSignOutUrl(config: CognitoConfig): string {
  const url = new URL('/logout', origin(config));
  url.search = new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri }).toString();
  return url.toString();
}

/** For display only: the API verifies the token; the form never trusts these claims for access. */
function readClaims(jwt: string): Record<string, unknown> {
  try {
    const payload = jwt.split('.')[1] ?? '';
    const json = decodeURIComponent(
      Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}
