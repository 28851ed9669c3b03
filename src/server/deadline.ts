import { sendJson, type Handler } from './http/handlers';

/**
 * A deadline per request: past it the client gets 503 and the request's AbortSignal fires,
 * as it does when the client disconnects, so that a mutation still running rolls back
 * instead of committing for nobody (services/transaction.ts checks the signal).
 */
export function requestDeadline(timeoutMs: number, retryAfterSeconds: number): Handler {
  return (_req, res, next) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    const timer = setTimeout(() => {
      controller.abort();
      if (res.headersSent) return;
      res.setHeader('Retry-After', String(retryAfterSeconds));
      res.setHeader('Connection', 'close');
      sendJson(res, 503, {
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
