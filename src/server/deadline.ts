import type { RequestHandler } from 'express';

/**
 * A deadline per request: past it the client gets 503 and the request's AbortSignal fires,
 * as it does when the client disconnects, so that a mutation still running rolls back
 * instead of committing for nobody (services/transaction.ts checks the signal).
 */
export function requestDeadline(timeoutMs: number, retryAfterSeconds: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    const timer = setTimeout(() => {
      controller.abort();
      if (res.headersSent) return;
      res.set('Retry-After', String(retryAfterSeconds)).set('Connection', 'close');
      res.status(503).json({
        errors: [
          {
            message: 'The request took too long; retry shortly',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    }, timeoutMs);
    timer.unref();
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort();
    });
    next();
  };
}
