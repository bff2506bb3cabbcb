import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import sample from './samples/http-api-jwt.json' with { type: 'json' };

export interface HttpEventInput {
  method: string;
  /** The path as requested, e.g. `/api/team/1965.../reports`. */
  path: string;
  /** The manifest's route key, e.g. `GET /api/team/{nip}/reports`. */
  routeKey: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
  /** Verified JWT claims, or undefined for an anonymous request. */
  claims?: Record<string, string>;
  requestId?: string;
  now?: Date;
}

/**
 * An API Gateway HTTP API (payload 2.0) event shaped like the sample in `samples/`,
 * with claims where the JWT authorizer puts them. Used by the local runtime and by handler tests,
 * so both drive handlers with the same shape Lambda receives.
 */
export function httpEvent(input: HttpEventInput): APIGatewayProxyEventV2WithJWTAuthorizer {
  const now = input.now ?? new Date();
  const query = input.query ?? {};
  const rawQueryString = new URLSearchParams(query).toString();
  const headers: Record<string, string> = { ...sample.headers };
  if (input.body === undefined) delete headers['content-type'];
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  const { authorizer: _sampleAuthorizer, ...sampleContext } = sample.requestContext;
  const { body: _sampleBody, ...sampleEvent } = sample;
  const event = {
    ...sampleEvent,
    routeKey: input.routeKey,
    rawPath: input.path,
    rawQueryString,
    headers,
    queryStringParameters: rawQueryString ? query : undefined,
    pathParameters: input.pathParameters && Object.keys(input.pathParameters).length > 0 ? input.pathParameters : undefined,
    requestContext: {
      ...sampleContext,
      ...(input.claims ? { authorizer: { jwt: { claims: input.claims, scopes: null } } } : {}),
      http: { ...sample.requestContext.http, method: input.method, path: input.path },
      requestId: input.requestId ?? `local-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      routeKey: input.routeKey,
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(input.body === undefined ? {} : { body: input.body }),
    isBase64Encoded: input.isBase64Encoded ?? false,
  };
  return event as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** Claims as the Cognito ID token carries them, flattened the way API Gateway flattens arrays. */
export function claimsFor(nip: string, groups: readonly string[] = []): Record<string, string> {
  return {
    sub: `local-${nip}`,
    'custom:nip': nip,
    'cognito:groups': `[${groups.join(' ')}]`,
    token_use: 'id',
  };
}
