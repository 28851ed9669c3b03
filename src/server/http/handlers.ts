import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request as the steps of an endpoint read it: Node's own, with what an earlier step
 * added. Express's request is one too, so the same steps run under Express and without it.
 */
export interface HttpRequest extends IncomingMessage {
  /** The parsed body (body-parser). */
  body?: unknown;
  /** The path asked, before any mount point was taken off it (Express). */
  originalUrl?: string;
}

/** The response, with the values the steps of one request hand on (Express's `res.locals`). */
export interface HttpResponse extends ServerResponse {
  locals: Record<string, unknown>;
}

export type Next = (error?: unknown) => void;

/** One step: answers, or calls `next()` for the following one, or `next(error)`. */
export type Handler = (req: HttpRequest, res: HttpResponse, next: Next) => void | Promise<void>;

/** Answers an error raised by a step; `next(error)` when it cannot (the answer has begun). */
export type ErrorHandler = (
  error: unknown,
  req: HttpRequest,
  res: HttpResponse,
  next: Next,
) => void;

/** A JSON answer, as Express's `res.status(status).json(body)` writes it. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * The steps run in order on Node's own request and response, as Express runs a route's
 * handlers: a step that throws or whose promise rejects goes to `onError`, and an error
 * that cannot be answered any more ends the connection, as Express's final handler does.
 * Express's own work (router, prototypes swapped onto every request and response, its
 * `send`) is about a fifth of a small read's CPU; the endpoint that serves nearly every
 * request is run here instead (server/app.ts), every other route by Express.
 */
export function runHandlers(
  handlers: readonly Handler[],
  onError: ErrorHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (request, response) => {
    const req = request as HttpRequest;
    const res = response as HttpResponse;
    res.locals ??= {};
    const fail = (error: unknown) => {
      let answered = true;
      onError(error, req, res, () => (answered = false));
      if (!answered) req.socket.destroy();
    };
    const step = (index: number) => (error?: unknown) => {
      if (error) return fail(error);
      const handler = handlers[index];
      if (!handler) return fail(new Error('no step answered the request'));
      try {
        const running = handler(req, res, once(step(index + 1)));
        if (running) running.catch(fail);
      } catch (thrown) {
        fail(thrown);
      }
    };
    step(0)();
  };
}

/** A `next` that moves on once: a step calling it twice must not run the rest twice. */
function once(next: Next): Next {
  let called = false;
  return (error) => {
    if (called) return;
    called = true;
    next(error);
  };
}
