import type { RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Metrics } from './metrics';

/**
 * Who may scrape /metrics. Metrics tell an outsider the operations clients run, their error
 * rates and how loaded the database is, so they are never public: with METRICS_TOKEN set,
 * a scraper sends it as a bearer token; without one, only a client on this machine (loopback)
 * is served, and in production nobody is (a proxy on the same host would make loopback public).
 */
export function metricsRoute(
  metrics: Metrics,
  access: { token: string | undefined; production: boolean },
): RequestHandler {
  return async (req, res) => {
    const allowed = access.token
      ? bearerMatches(req.headers.authorization, access.token)
      : !access.production && isLoopback(req.socket.remoteAddress);
    if (!allowed) {
      if (access.token) res.set('WWW-Authenticate', 'Bearer realm="metrics"');
      res
        .status(access.token ? 401 : 404)
        .type('text/plain')
        .send('Not available\n');
      return;
    }
    res.type(metrics.contentType).send(await metrics.exposition());
  };
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address ?? '');
}
