/**
 * The form's only way to the API: same origin, JSON, bearer token. Three outcomes besides success,
 * each handled once by the caller: `ApiError` (the server refused; carries its message and per-field
 * details), `NetworkError` (fetch itself failed: offline, timeout), and a 401, which ends the session.
 */
export interface FieldMessage {
  /** A form field name, with the `body.`/`query.` prefix removed: `date`, `activity`, `unit`… */
  readonly field: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldMessage[] = [],
    /** The refusal's `details` as sent, for shapes other than field messages (a CSV upload's `[{line, column, message}]`). */
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A refusal's messages for the fields a form has, by name (the first for each); none for any other error. */
export function refusedFields<K extends string>(error: unknown, names: readonly K[]): Partial<Record<K, string>> {
  const messages: Partial<Record<K, string>> = {};
  if (!(error instanceof ApiError)) return messages;
  for (const { field, message } of error.fields) if ((names as readonly string[]).includes(field)) messages[field as K] ??= message;
  return messages;
}

export class NetworkError extends Error {
  constructor() {
    super('Tidak dapat terhubung ke server. Periksa koneksi internet Anda.');
    this.name = 'NetworkError';
  }
}

/** Thrown after `onUnauthorized` has run, so callers can simply stop. */
export class SessionEnded extends Error {
  constructor() {
    super('Sesi berakhir.');
    this.name = 'SessionEnded';
  }
}

const TIMEOUT_MS = 30_000;
const FALLBACK_MESSAGE = 'Permintaan tidak dapat diproses. Silakan coba lagi; jika berulang, hubungi admin BKPSDM.';

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** A file's text sent as it is (the employee CSV), not as JSON. */
  upload<T>(path: string, text: string, mediaType: 'text/csv'): Promise<T>;
  /** A file the API sends (a CSV export), with its Content-Disposition header; refusals arrive as `ApiError` like any other. */
  getFile(path: string): Promise<FetchedFile>;
}

export interface FetchedFile {
  readonly blob: Blob;
  readonly disposition: string | undefined;
}

export function createApi(token: () => string | undefined, onUnauthorized: () => void): ApiClient {
  /** The response once it is a success: a network failure, a 401 and a refusal are thrown as described above. */
  async function send(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}, raw?: string): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
        credentials: 'same-origin',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new NetworkError();
    }
    if (response.status === 401) {
      onUnauthorized();
      throw new SessionEnded();
    }
    if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
    return response;
  }
  async function request<T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}, raw?: string): Promise<T> {
    const response = await send(method, path, body, extraHeaders, raw);
    return (await response.json().catch(() => undefined)) as T;
  }
  async function getFile(path: string): Promise<FetchedFile> {
    const response = await send('GET', path, undefined, { accept: 'text/csv, application/json' });
    try {
      return { blob: await response.blob(), disposition: response.headers.get('content-disposition') ?? undefined };
    } catch {
      throw new NetworkError();
    }
  }
  return {
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, body, headers),
    put: (path, body) => request('PUT', path, body),
    delete: (path) => request('DELETE', path),
    upload: (path, text, mediaType) => request('POST', path, undefined, { 'content-type': `${mediaType}; charset=utf-8` }, text),
    getFile,
  };
}

/**
 * Reads both error shapes the API produces: `{error:{code,message,details}}` from the handlers
 * (details as `[{field:'body.date',message}]` from validation, or `{field:'date'}` from a domain rule)
 * and `{message}` from the gateway itself.
 */
export function toApiError(status: number, payload: unknown): ApiError {
  const envelope = isRecord(payload) && isRecord(payload.error) ? payload.error : undefined;
  const message = stringOr(envelope?.message, isRecord(payload) ? stringOr(payload.message, FALLBACK_MESSAGE) : FALLBACK_MESSAGE);
  const code = stringOr(envelope?.code, `HTTP_${status}`);
  return new ApiError(status, code, envelope ? message : FALLBACK_MESSAGE, fieldMessages(envelope?.details, message), envelope?.details);
}

function fieldMessages(details: unknown, message: string): FieldMessage[] {
  if (Array.isArray(details)) {
    return details.flatMap((detail) =>
      isRecord(detail) && typeof detail.field === 'string' && typeof detail.message === 'string'
        ? [{ field: fieldName(detail.field), message: detail.message }]
        : [],
    );
  }
  if (isRecord(details) && typeof details.field === 'string') return [{ field: fieldName(details.field), message }];
  return [];
}

function fieldName(path: string): string {
  return path.replace(/^(body|query|path)\./, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}
