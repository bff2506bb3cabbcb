import type { Role } from '../core/types.ts';
import type { Session } from '../core/session.ts';

/**
 * The local runtime's demo sign-in. `GET /api/dev/identities` and `POST /api/dev/token` exist only
 * there (API Gateway has no such routes), so a 200 from the first is how the form knows it runs locally.
 */
export interface DemoIdentity {
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly unitId: string;
  readonly roles: readonly Role[];
}

/** The demo people, or undefined when this is not the local runtime. */
export async function loadDemoIdentities(): Promise<DemoIdentity[] | undefined> {
  try {
    const response = await fetch('/api/dev/identities', { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { items?: DemoIdentity[] };
    return Array.isArray(body.items) ? body.items : undefined;
  } catch {
    return undefined;
  }
}

export async function signInAsDemo(nip: string): Promise<Session> {
  const response = await fetch('/api/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ nip }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    expiresAt?: string;
    name?: string;
    error?: { message?: string };
  };
  if (!response.ok || !body.token || !body.expiresAt) {
    throw new Error(body.error?.message ?? 'Gagal masuk dengan identitas contoh. Silakan coba lagi.');
  }
  return { token: body.token, expiresAt: body.expiresAt, nip, name: body.name ?? nip, mode: 'dev' };
}
