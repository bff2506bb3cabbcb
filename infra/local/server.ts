import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { httpEvent } from '../../events/http.ts';
import { getEmployee, getEmployees } from '../../shared/data/employee-repository.ts';
import { ROUTES } from '../../shared/manifest.ts';
import type { LocalEventBus } from './event-bus.ts';
import { invoke } from './invoke.ts';
import type { LocalTokens } from './jwt.ts';
import { matchRoute } from './routes.ts';

/** API Gateway's HTTP API payload limit. The handlers enforce their own, smaller one. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;
const TEXT_TYPES = /^(text\/|application\/(json|.*\+json|x-www-form-urlencoded|csv|xml))/i;
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

export interface LocalServerOptions {
  readonly tokens: LocalTokens;
  readonly bus: LocalEventBus;
  readonly webDir: string;
  /** NIPs offered on the local sign-in screen. */
  readonly demoIdentities: () => readonly string[];
}

/**
 * What API Gateway, the JWT authorizer, EventBridge's PutEvents and CloudFront do in AWS, on one port:
 * `/api/*` becomes an HTTP API v2 event for the manifest's handler, with verified claims where the
 * authorizer puts them; `/_local/eventbridge` takes the SDK's PutEvents; everything else is the built form.
 */
export function createLocalServer(options: LocalServerOptions): Server {
  return createServer((request, response) => {
    route(request, response, options).catch((error: unknown) => {
      console.error('local server error', error);
      if (!response.headersSent) send(response, 500, { message: 'Internal Server Error' });
      else response.end();
    });
  });
}

async function route(request: IncomingMessage, response: ServerResponse, options: LocalServerOptions): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (url.pathname.replace(/\/$/, '') === '/_local/eventbridge' && method === 'POST') return putEvents(request, response, options.bus);
  if (url.pathname === '/api/dev/token' && method === 'POST') return devToken(request, response, options.tokens);
  if (url.pathname === '/api/dev/identities' && method === 'GET') return devIdentities(response, options.demoIdentities());
  if (url.pathname.startsWith('/api/')) return api(request, response, url, options);
  return serveStatic(response, options.webDir, url.pathname);
}

async function api(request: IncomingMessage, response: ServerResponse, url: URL, options: LocalServerOptions): Promise<void> {
  const method = request.method ?? 'GET';
  const matched = matchRoute(method, url.pathname);
  if (!matched) return send(response, 404, { message: 'Not Found' });

  const isPublic = ROUTES[matched.key].access === 'public';
  const claims = isPublic ? undefined : await options.tokens.verify(request.headers.authorization);
  if (!isPublic && !claims) return send(response, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });

  const raw = await readBody(request);
  if (raw === 'too-large') return send(response, 413, { message: 'Request Entity Too Large' });
  const contentType = request.headers['content-type'] ?? '';
  const isText = raw.length === 0 || TEXT_TYPES.test(contentType);
  const headers = Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(',') : value]])),
  );

  const result = (await invoke(
    ROUTES[matched.key].handler,
    httpEvent({
      method,
      path: url.pathname,
      routeKey: matched.key,
      pathParameters: matched.pathParameters,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: raw.length === 0 ? undefined : isText ? raw.toString('utf8') : raw.toString('base64'),
      isBase64Encoded: !isText,
      claims,
    }),
  )) as APIGatewayProxyStructuredResultV2;

  const body = result.body ?? '';
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

async function devToken(request: IncomingMessage, response: ServerResponse, tokens: LocalTokens): Promise<void> {
  const raw = await readBody(request);
  let nip: unknown;
  try {
    nip = raw === 'too-large' ? undefined : (JSON.parse(raw.toString('utf8')) as { nip?: unknown }).nip;
  } catch {
    nip = undefined;
  }
  if (typeof nip !== 'string' || !/^\d{18}$/.test(nip)) {
    return send(response, 400, { error: { code: 'BAD_REQUEST', message: 'Kirim {"nip": "<18 digit>"} dari pegawai contoh.' } });
  }
  const employee = await getEmployee(nip);
  if (!employee) return send(response, 404, { error: { code: 'NOT_FOUND', message: `Pegawai dengan NIP ${nip} tidak ada di data contoh.` } });
  return send(response, 200, { ...(await tokens.issue(employee)), nip: employee.nip, name: employee.name, roles: employee.roles });
}

async function devIdentities(response: ServerResponse, nips: readonly string[]): Promise<void> {
  const found = await getEmployees(nips);
  const identities = nips.flatMap((nip) => {
    const person = found.get(nip);
    return person ? [{ nip: person.nip, name: person.name, jabatan: person.jabatan, unitId: person.unitId, roles: person.roles }] : [];
  });
  return send(response, 200, { items: identities });
}

/** The SDK's PutEvents (AWS JSON 1.1) against the local bus. */
async function putEvents(request: IncomingMessage, response: ServerResponse, bus: LocalEventBus): Promise<void> {
  const raw = await readBody(request);
  const payload = JSON.parse(raw === 'too-large' ? '{}' : raw.toString('utf8')) as {
    Entries?: { Source?: string; DetailType?: string; Detail?: string }[];
  };
  const entries = (payload.Entries ?? []).map((entry) => ({
    source: entry.Source ?? '',
    detailType: entry.DetailType ?? '',
    detail: JSON.parse(entry.Detail ?? '{}') as unknown,
  }));
  const ids = bus.publish(entries);
  response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
  response.end(JSON.stringify({ FailedEntryCount: 0, Entries: ids.map((EventId) => ({ EventId })) }));
}

function serveStatic(response: ServerResponse, webDir: string, pathname: string): void {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '') || 'index.html';
  const file = resolve(webDir, relative);
  if (!file.startsWith(resolve(webDir)) || !existsSync(file) || !statSync(file).isFile()) {
    return send(response, 404, { message: 'Not Found' });
  }
  response.writeHead(200, {
    'content-type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  });
  createReadStream(join(file)).pipe(response);
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= GATEWAY_MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => resolvePromise(size > GATEWAY_MAX_BODY ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
