/**
 * The one family of errors a service may throw. Each maps to exactly one GraphQL
 * `extensions.code` in `server/format-error.ts`; nothing else reaches a client.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, client-safe detail placed in `extensions`. */
  readonly details: Record<string, unknown> = {};
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(reason = 'A valid bearer token is required') {
    super(reason);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message: string, article: string) {
    super(`${message} (${article})`);
    this.details.article = article;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} not found`);
    this.details.entity = entity;
  }
}

export class BadInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.details.field = field;
    this.details.reason = reason;
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, article?: string, field?: string) {
    super(article ? `${message} (${article})` : message);
    if (article) this.details.article = article;
    // The input field whose value collides with what exists, when one does.
    if (field) this.details.field = field;
  }
}

/** Retryable: the database or an identity provider is unreachable, or the deadline passed. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(reason = 'The service is temporarily unavailable; retry shortly') {
    super(reason);
  }
}

/** Too many requests from one user, party or source; `retryAfterSeconds` says when to retry. */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}
