import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { Forbidden, Unauthenticated } from '../domain/errors.ts';
import { ROLES, type Actor, type Role } from '../domain/roles.ts';
import type { Access } from '../manifest.ts';

type Claims = Record<string, string | number | boolean | string[]>;

/**
 * Reads the caller from where API Gateway's JWT authorizer puts the verified claims
 * (`requestContext.authorizer.jwt.claims`). The local runtime puts them in the same place.
 * The NIP comes from the Cognito custom attribute `custom:nip` on the ID token.
 */
export function actorFrom(event: APIGatewayProxyEventV2WithJWTAuthorizer): Actor | undefined {
  const claims = (event.requestContext.authorizer?.jwt?.claims ?? undefined) as Claims | undefined;
  if (!claims) return undefined;
  const nip = claims['custom:nip'];
  const sub = claims.sub;
  if (typeof nip !== 'string' || typeof sub !== 'string' || nip.length === 0) return undefined;
  return { nip, sub, roles: groupsOf(claims['cognito:groups']) };
}

/** API Gateway flattens array claims to a string like `[admin pimpinan]`; accept that and real arrays. */
function groupsOf(raw: Claims[string] | undefined): Role[] {
  const names = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return ROLES.filter((role) => names.includes(role));
}

/** Role-level gate from the manifest. Ownership (whose data this is) is checked by the use case, against data of record. */
export function authorize(access: Access, actor: Actor | undefined): Actor | undefined {
  if (access === 'public') return actor;
  if (!actor) throw new Unauthenticated();
  if (access === 'pegawai') return actor;
  if (!access.some((role) => actor.roles.includes(role))) {
    throw new Forbidden(`Fitur ini hanya untuk peran: ${access.join(', ')}.`);
  }
  return actor;
}
