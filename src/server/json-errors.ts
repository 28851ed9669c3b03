import { isDatabaseUnavailable } from '../db/unavailable';
import { DomainError, RateLimitedError } from '../errors';
import { noteErrorCodes } from './access-log';
import { sendJson, type ErrorHandler } from './http/handlers';

const STATUS: Record<DomainError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

/**
 * Errors raised before Apollo (malformed JSON, an oversized body, bad text in the variables)
 * or while signing in (a bad token, a rate limit, the database down) answer as GraphQL
 * errors with the right status, never a 500 page.
 */
export function createJsonErrorHandler(options: {
  retryAfterSeconds: number;
  reportUnexpected: (error: unknown) => void;
}): ErrorHandler {
  return (error, _req, res, next) => {
    // Already answered (the deadline passed first): let Express end the connection.
    if (res.headersSent) return next(error);
    if (error instanceof DomainError) {
      // RFC 6750: a refused bearer token is answered with a challenge.
      if (error.code === 'UNAUTHENTICATED')
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      if (error instanceof RateLimitedError)
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      if (error.code === 'SERVICE_UNAVAILABLE')
        res.setHeader('Retry-After', String(options.retryAfterSeconds));
      noteErrorCodes(res, [error.code]);
      sendJson(res, STATUS[error.code], {
        errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
      });
      return;
    }
    if (isDatabaseUnavailable(error)) {
      options.reportUnexpected(error);
      res.setHeader('Retry-After', String(options.retryAfterSeconds));
      noteErrorCodes(res, ['SERVICE_UNAVAILABLE']);
      sendJson(res, 503, {
        errors: [
          {
            message: 'The service is temporarily unavailable; retry shortly',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
      return;
    }
    // body-parser's errors (http-errors) carry their status, type and message.
    const http = (error ?? {}) as { status?: unknown; type?: unknown; message?: unknown };
    const status = typeof http.status === 'number' && http.status < 500 ? http.status : 500;
    const code =
      status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) options.reportUnexpected(error);
    const message =
      status === 413
        ? 'Request body too large'
        : status < 500
          ? `Malformed request: ${http.type === 'entity.parse.failed' ? 'body is not valid JSON' : String(http.message)}`
          : 'Internal server error';
    noteErrorCodes(res, [code]);
    sendJson(res, status, { errors: [{ message, extensions: { code } }] });
  };
}
