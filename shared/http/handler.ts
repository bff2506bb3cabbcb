import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { id as indonesian } from 'zod/locales';
import type { Actor } from '../domain/roles.ts';
import { logger } from '../logger.ts';
import { ROUTES, type RouteKey } from '../manifest.ts';
import { actorFrom, authorize } from './auth.ts';
import { HttpError, jsonResponse, toErrorResponse } from './errors.ts';

z.config(indonesian());

export const MAX_BODY_BYTES = 64 * 1024;

type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
type Schema = z.core.$ZodType;
type Infer<S> = S extends Schema ? z.output<S> : undefined;
type ActorOf<K extends RouteKey> = (typeof ROUTES)[K]['access'] extends 'public' ? Actor | undefined : Actor;

export interface HandlerSpec<K extends RouteKey, B, Q, P, H = undefined> {
  readonly route: K;
  /** Headers the handler reads (names lower-case); others are ignored, as proxies add many. */
  readonly headers?: H;
  readonly body?: B;
  /** For non-JSON uploads (CSV): the accepted media type and size limit; the text arrives as `text`. */
  readonly upload?: { readonly mediaType: 'text/csv'; readonly maxBytes: number };
  readonly query?: Q;
  readonly params?: P;
}

export interface HttpRequest<K extends RouteKey, B, Q, P, H = undefined> {
  readonly actor: ActorOf<K>;
  readonly headers: Infer<H>;
  readonly body: Infer<B>;
  readonly query: Infer<Q>;
  readonly params: Infer<P>;
  /** The uploaded text, when the spec has `upload`. */
  readonly text: string;
  /** The request time; use cases take it as an argument instead of reading the clock. */
  readonly now: Date;
}

export interface Reply {
  readonly status: 200 | 201 | 202 | 204;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** A non-JSON answer (a CSV export): sent as is, with the media type given. */
  readonly file?: { readonly mediaType: string; readonly filename: string; readonly text: string };
}

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, headers });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const file = (mediaType: string, filename: string, text: string): Reply => ({ status: 200, file: { mediaType, filename, text } });

/**
 * The one way to write an HTTP handler: the manifest's access rule, then the JSON envelope
 * (415, 413, 400 for malformed JSON), then zod validation of body, query and path (400 with
 * per-field details), then the use case. Errors become responses in one place; a 500 says nothing internal.
 */
export function httpHandler<
  K extends RouteKey,
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  H extends Schema | undefined = undefined,
>(spec: HandlerSpec<K, B, Q, P, H>, run: (request: HttpRequest<K, B, Q, P, H>) => Promise<Reply>) {
  const access = ROUTES[spec.route].access;
  const handler = middy<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context>()
    .before((request) => {
      logger.addContext(request.context);
      logger.appendKeys({ route: spec.route });
    })
    .onError((request) => {
      const { status, body, unexpected } = toErrorResponse(request.error);
      if (unexpected) logger.error('Unhandled error', request.error as Error);
      else logger.info('Request refused', { status, code: body.error.code });
      request.response = jsonResponse(status, body);
    })
    .handler(async (event) => {
      const actor = authorize(access, actorFrom(event)) as ActorOf<K>;
      const body = spec.body ? parse(spec.body, readJsonBody(event), 'body') : undefined;
      const text = spec.upload ? readUpload(event, spec.upload.mediaType, spec.upload.maxBytes) : '';
      const query = spec.query ? parse(spec.query, event.queryStringParameters ?? {}, 'query') : undefined;
      const params = spec.params ? parse(spec.params, event.pathParameters ?? {}, 'path') : undefined;
      const headers = spec.headers ? parse(spec.headers, event.headers ?? {}, 'header') : undefined;
      const reply = await run({ actor, body, query, params, headers, text, now: new Date() } as HttpRequest<K, B, Q, P, H>);
      if (reply.file) {
        return {
          statusCode: reply.status,
          headers: {
            'content-type': reply.file.mediaType,
            'content-disposition': `attachment; filename="${reply.file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
            'cache-control': 'no-store',
            'x-content-type-options': 'nosniff',
          },
          body: reply.file.text,
        };
      }
      return jsonResponse(reply.status, reply.body, reply.headers);
    });
  // The route and schemas travel with the handler, for the manifest check and the OpenAPI document.
  return Object.assign(handler, { route: spec.route, schemas: { body: spec.body, query: spec.query, params: spec.params, upload: spec.upload } });
}

function readText(event: HttpEvent, mediaType: string, maxBytes: number, hint: string): string {
  const raw = event.body ?? '';
  const bytes = Buffer.byteLength(raw, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes > maxBytes) {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Data yang dikirim terlalu besar (${bytes} byte); batasnya ${maxBytes} byte.`);
  }
  const contentType = event.headers?.['content-type'] ?? '';
  if (!new RegExp(`^${mediaType.replace('/', '\\/')}\\s*(;|$)`, 'i').test(contentType)) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Kirim data sebagai ${hint} (Content-Type: ${mediaType}).`);
  }
  return event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

function readUpload(event: HttpEvent, mediaType: string, maxBytes: number): string {
  const text = readText(event, mediaType, maxBytes, 'berkas CSV');
  if (text.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'Berkas yang dikirim kosong.');
  return text;
}

function readJsonBody(event: HttpEvent): unknown {
  const text = readText(event, 'application/json', MAX_BODY_BYTES, 'JSON');
  if (text.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'Data JSON wajib diisi.');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'Data yang dikirim bukan JSON yang sah.');
  }
}

function parse<S extends Schema>(schema: S, input: unknown, where: 'body' | 'query' | 'path' | 'header'): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({ field: [where, ...issue.path].join('.'), message: issue.message }));
  const first = details[0]!;
  throw new HttpError(400, 'VALIDATION_FAILED', `Data tidak valid pada ${first.field}: ${first.message}`, details);
}
