import { jwtVerify, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Employee } from '../../shared/domain/people.ts';

const ISSUER = 'e-kinerja-local';
const AUDIENCE = 'e-kinerja-web-local';
const TOKEN_HOURS = 8;

/**
 * Stands in for Cognito + the API Gateway JWT authorizer on one machine: signs ID-token-like JWTs
 * for seeded people and verifies them, returning the claims flattened exactly as API Gateway does
 * (every value a string, arrays as `[a b]`).
 */
export class LocalTokens {
  private constructor(private readonly secret: Uint8Array) {}

  /** With `secretFile`, the key survives restarts so a signed-in browser stays signed in. */
  static create(secretFile?: string): LocalTokens {
    if (!secretFile) return new LocalTokens(randomBytes(32));
    if (!existsSync(secretFile)) {
      mkdirSync(dirname(secretFile), { recursive: true });
      writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
    }
    return new LocalTokens(Buffer.from(readFileSync(secretFile, 'utf8').trim(), 'hex'));
  }

  async issue(employee: Employee, now = new Date()): Promise<{ token: string; expiresAt: string }> {
    const expiresAt = new Date(now.getTime() + TOKEN_HOURS * 3600_000);
    const token = await new SignJWT({ 'custom:nip': employee.nip, 'cognito:groups': [...employee.roles], token_use: 'id', name: employee.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(`local-${employee.nip}`)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** The authorizer's view of an `Authorization` header: flattened claims, or undefined when missing or invalid. */
  async verify(authorization: string | undefined): Promise<Record<string, string> | undefined> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return undefined;
    try {
      const { payload } = await jwtVerify(match[1]!, this.secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      return Object.fromEntries(
        Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
      );
    } catch {
      return undefined;
    }
  }
}
