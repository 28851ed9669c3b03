import type http from 'node:http';
import { sendJson, type Handler } from './http/handlers';

/**
 * Graceful shutdown that answers everyone: once draining, new requests get 503 with
 * `Connection: close` (a load balancer retries them elsewhere) while requests already read
 * are served to the end; then the server closes.
 */
export class Drain {
  private draining = false;
  private readonly inFlight = new Set<http.ServerResponse>();
  private idle: (() => void) | null = null;

  get isDraining(): boolean {
    return this.draining;
  }

  readonly middleware: Handler = (_req, res, next) => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      sendJson(res, 503, {
        errors: [
          {
            message: 'The server is shutting down; retry the request',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
      return;
    }
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.inFlight.size === 0) this.idle?.();
    });
    next();
  };

  /**
   * Answers new requests 503 (the listener stays open, so that a load balancer's probe of
   * /readyz sees 503 rather than a refused connection) until those in flight are answered or
   * graceMs passes; then closes the server.
   */
  async drain(server: http.Server, graceMs: number): Promise<void> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.closeIdleConnections();
    if (this.inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const closed = server.listening
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    server.closeAllConnections();
    await closed;
  }
}
