import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { claimsFor, httpEvent } from '../events/http.ts';
import type { Role } from '../shared/domain/roles.ts';
import { splitRouteKey } from '../shared/manifest.ts';

type Handler = ((event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>) & {
  route: string;
};

export interface CallOptions {
  as?: { nip: string; roles?: Role[] };
  /** Serialised as JSON with content-type application/json. */
  body?: unknown;
  /** Sent as is, for malformed-input tests. */
  rawBody?: string;
  query?: Record<string, string>;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** The invocation's time budget; middy answers 500 when it runs out. Default 10 s, the HTTP functions' timeout. */
  timeoutMs?: number;
}

export const lambdaContext = {
  awsRequestId: 'test-request',
  functionName: 'test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-southeast-3:123456789012:function:test',
  memoryLimitInMB: '256',
  logGroupName: '/aws/lambda/test',
  logStreamName: 'test',
  callbackWaitsForEmptyEventLoop: false,
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;

/** Invokes a handler with an API Gateway v2 event built from the sample in events/, as Lambda would. */
export async function call(handler: Handler, options: CallOptions = {}) {
  const { method, path: template } = splitRouteKey(handler.route);
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? name));
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const response = await handler(
    httpEvent({
      method,
      path,
      routeKey: handler.route,
      pathParameters: options.params,
      query: options.query,
      headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      claims: options.as ? claimsFor(options.as.nip, options.as.roles) : undefined,
    }),
    options.timeoutMs === undefined ? lambdaContext : { ...lambdaContext, getRemainingTimeInMillis: () => options.timeoutMs! },
  );
  const text = response.body ?? '';
  const isJson = String(response.headers?.['content-type'] ?? '').includes('json');
  return { status: response.statusCode ?? 0, headers: response.headers ?? {}, body: text && isJson ? (JSON.parse(text) as any) : undefined, text };
}
