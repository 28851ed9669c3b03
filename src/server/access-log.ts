import type { Logger } from 'pino';
import type { Handler, HttpResponse } from './http/handlers';
import type { Metrics } from './metrics';
import { outcomeOf } from './operation-outcome';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

/** Probes and scrapes arrive every few seconds: logged at debug so they do not bury traffic. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Gives every request its id (echoed in X-Request-Id, kept in res.locals.requestId for the
 * request context) and, when the response is done, writes one log line and records the
 * GraphQL metrics. The line carries who asked and what happened — never the Authorization
 * header, the query string (a GET may carry variables there), the query or its variables.
 */
export function accessLog(log: Logger, metrics: Metrics): Handler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER.toLowerCase()]);
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = (req.originalUrl ?? req.url ?? '/').split('?')[0];
      const context = res.locals.context as
        { user?: { id: string; party: string } | null } | undefined;
      const outcome = outcomeOf(context);
      const errorCodes = outcome?.errorCodes ?? errorCodesNoted(res);
      const operation = outcome?.operationType
        ? (outcome.operationName ?? 'anonymous')
        : operationNameAsked(req.body);
      const line = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1e4) / 10,
        operation,
        operationType: outcome?.operationType ?? undefined,
        userId: context?.user?.id,
        party: context?.user?.party,
        errorCodes: errorCodes.length ? errorCodes : undefined,
        // The client went away before the response was complete.
        aborted: res.writableFinished ? undefined : true,
      };
      const level = res.statusCode >= 500 ? 'error' : QUIET_PATHS.has(path) ? 'debug' : 'info';
      log[level](line, 'request');
      if (path === '/graphql' && !res.locals.explorerPage) {
        metrics.observe({
          operation: outcome?.operationType ? (outcome.operationName ?? 'anonymous') : null,
          outcome: errorCodes.length || res.statusCode >= 400 ? 'error' : 'ok',
          seconds,
          errorCodes,
        });
      }
    });
    next();
  };
}

/** For errors answered before GraphQL runs (a bad token, a malformed body): see app.ts. */
export function noteErrorCodes(res: HttpResponse, codes: string[]): void {
  res.locals.errorCodes = codes;
}

function errorCodesNoted(res: HttpResponse): string[] {
  return Array.isArray(res.locals.errorCodes) ? (res.locals.errorCodes as string[]) : [];
}

/** The operation name a refused request asked for, when it is a valid GraphQL name. */
function operationNameAsked(body: unknown): string | undefined {
  const name = (body as { operationName?: unknown } | undefined)?.operationName;
  return typeof name === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : undefined;
}
