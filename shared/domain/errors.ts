/**
 * The few failures the domain knows about. They carry a message a person can act on
 * (Indonesian, shown in the form) and are mapped to HTTP in exactly one place: shared/http/errors.ts.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'BAD_INPUT' | 'PERIOD_CLOSED' | 'UNAUTHENTICATED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(message: string, details?: unknown) {
    super('NOT_FOUND', message, details);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'Anda tidak berwenang melakukan tindakan ini.', details?: unknown) {
    super('FORBIDDEN', message, details);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details?: unknown) {
    super('CONFLICT', message, details);
  }
}

/** Well-formed input that breaks a business rule (a date in the future, an unknown indicator). */
export class Invalid extends DomainError {
  constructor(message: string, details?: unknown) {
    super('INVALID', message, details);
  }
}

/** Input that is incomplete for the rule it triggers, e.g. an overridden rating without its reason (400). */
export class BadInput extends DomainError {
  constructor(message: string, details?: unknown) {
    super('BAD_INPUT', message, details);
  }
}

/** The period is not open for this change: closed, closing, or there is none. */
export class PeriodClosed extends DomainError {
  constructor(message: string, details?: unknown) {
    super('PERIOD_CLOSED', message, details);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Silakan masuk terlebih dahulu: token tidak ada atau tidak sah.') {
    super('UNAUTHENTICATED', message);
  }
}
