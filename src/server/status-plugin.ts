import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The HTTP status of a response whose errors say the server cannot answer now: 503 with
 * `Retry-After` when the database is unavailable, 429 when a rate limit was hit, so that
 * clients and load balancers retry instead of reading a 200; 400 for a persisted query;
 * 401 for a request without a token that reached a guarded field, as for a bad token (the
 * sign-in middleware answers that one), so that UNAUTHENTICATED always means HTTP 401.
 */
export function statusPlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map(
            (error) => error.extensions?.code,
          );
          // Apollo answers this one 200 for the APQ protocol; nothing is stored by hash here,
          // so the request is simply bad.
          if (codes.includes('PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
          if (codes.includes('UNAUTHENTICATED')) {
            response.http.status = 401;
            // RFC 6750 3: a request without credentials gets a challenge without an error code.
            response.http.headers.set('www-authenticate', 'Bearer');
          }
          if (codes.includes('SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(retryAfterSeconds));
          }
        },
      };
    },
  };
}
