import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import express from 'express';
import proxyaddr from 'proxy-addr';
import type { RequestContext } from '../auth/context';
import type { AppConfig } from '../config';
import { BadInputError, UnauthenticatedError } from '../errors';
import type { Handler, HttpRequest } from './http/handlers';
import { requestDeadline } from './deadline';
import { findBadText } from './input-hygiene';
import { trackOutcome } from './operation-outcome';
import type { RateLimits } from './rate-limit';

export interface GraphqlEndpointDeps {
  apollo: ApolloServer<RequestContext>;
  config: AppConfig;
  limits: RateLimits;
  contextFor: (
    authorization?: string,
    signal?: AbortSignal,
    requestId?: string,
  ) => Promise<RequestContext>;
  /** Whom to believe about the client's address (Express's compiled `trust proxy`). */
  trustProxy: (address: string, hop: number) => boolean;
}

/**
 * The steps of /graphql after the access log and the drain: deadline, CORS, the body (size
 * cap, JSON), bad text in the variables, sign-in and rate limits, then Apollo. The same
 * steps serve a POST without Express and anything else through it (server/app.ts).
 */
export function graphqlSteps(deps: GraphqlEndpointDeps): Handler[] {
  const { config } = deps;
  return [
    requestDeadline(config.requestTimeoutMs, config.retryAfterSeconds),
    cors<cors.CorsRequest>({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: config.bodyLimit }),
    refuseBadText,
    signIn(deps),
    apolloStep(deps.apollo),
  ];
}

/** Variables are checked here; string literals by a validation rule (noBadTextLiterals). */
const refuseBadText: Handler = (req, _res, next) => {
  const body = req.body as { variables?: unknown } | undefined;
  const bad = findBadText(body?.variables ?? null, '');
  if (bad) throw new BadInputError(bad.field || 'variables', bad.reason);
  next();
};

/**
 * Sign-in runs here rather than in Apollo's context function: Apollo answers a failed
 * context with HTTP 500, whereas a bad token must reach the JSON errors (HTTP 401).
 */
function signIn(deps: GraphqlEndpointDeps): Handler {
  return async (req, res, next) => {
    const source = clientAddress(req, deps.trustProxy);
    const authorization = req.headers.authorization;
    if (authorization) await deps.limits.assertMaySignIn(source);
    let context: RequestContext;
    try {
      context = await deps.contextFor(
        authorization,
        res.locals.signal as AbortSignal,
        res.locals.requestId as string | undefined,
      );
    } catch (error) {
      if (error instanceof UnauthenticatedError) await deps.limits.signInFailed(source);
      throw error;
    }
    if (context.user) await deps.limits.consume(context.user, res);
    res.locals.context = context;
    next();
  };
}

/** The client's address as Express gives it (`req.ip`), behind the proxies trusted. */
function clientAddress(req: HttpRequest, trust: GraphqlEndpointDeps['trustProxy']): string {
  return proxyaddr(req, trust) ?? req.socket.remoteAddress ?? 'unknown';
}

/** Apollo answers the request with the context signed in above. */
function apolloStep(apollo: ApolloServer<RequestContext>): Handler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: req.body,
      },
      context: async () => trackOutcome(res.locals.context as RequestContext),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
