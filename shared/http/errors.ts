import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';

/** Failures of the HTTP envelope itself, before any domain code runs. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const STATUS_BY_DOMAIN_CODE: Record<DomainErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PERIOD_CLOSED: 409,
  INVALID: 422,
  BAD_INPUT: 400,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one place errors become HTTP. Anything unexpected is a 500 that says nothing internal. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof HttpError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.details), unexpected: false };
  }
  if (error instanceof DomainError) {
    return { status: STATUS_BY_DOMAIN_CODE[error.code], body: errorBody(error.code, error.message, error.details), unexpected: false };
  }
  return {
    status: 500,
    body: errorBody('INTERNAL', 'Terjadi kesalahan pada server. Silakan coba lagi; jika berulang, hubungi admin BKPSDM.'),
    unexpected: true,
  };
}

function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}
