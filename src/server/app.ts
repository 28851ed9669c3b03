import { queryCostPlugin } from './query-cost-plugin';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import http from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { buildContext, type RequestContext } from '../auth/context';
import type { TokenKey } from '../auth/signing-key';
import { UserDirectory } from '../auth/user-directory';
import type { AppConfig } from '../config';
import { DomainError } from '../errors';
import { logger } from '../logger';
import { buildAppSchema } from '../schema/build-schema';
import { accessLog, noteErrorCodes } from './access-log';
import { explorerRoute } from './explorer/explorer-route';
import { createErrorFormatter } from './format-error';
import { Metrics } from './metrics';
import { metricsRoute } from './metrics-route';
import { operationOutcomePlugin, trackOutcome } from './operation-outcome';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** For tests that go through Apollo without HTTP. */
  contextFor: (authorization?: string, requestId?: string) => Promise<RequestContext>;
}

/**
 * Express 5 in front of Apollo Server 5: body size cap, CORS allowlist, health probes and
 * JSON errors for anything rejected before GraphQL sees it. Holds no per-user state.
 */
export async function createApp(
  db: DataSource,
  config: AppConfig,
  key: TokenKey,
  options: {
    now?: () => Date;
    /** Where the access log goes: the app's logger unless a test reads the lines. */
    log?: Logger;
  } = {},
): Promise<App> {
  const users = new UserDirectory(db, config.userCacheTtlMs);
  const contextFor = (authorization?: string, requestId?: string) =>
    buildContext({ db, config, key, users, now: options.now }, authorization, requestId);
  const metrics = new Metrics(db);

  const expressApp = express();
  const httpServer = http.createServer(expressApp);
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    // The cost limit is the project's own (query-cost-plugin.ts): it counts list sizes given
    // by variables and defaults too, which the armor's does not.
    costLimit: { enabled: false },
    // Token counting is done by graphql's own parser (parseOptions.maxTokens below): the
    // armor plugin would turn syntax errors into HTTP 500 under Apollo 5.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.suggestions },
  });
  const protection = armor.protect();
  const schema = buildAppSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts handles SIGTERM itself (drain, close the database, exit); Apollo's own handler
    // would stop the server first and leave main's shutdown waiting forever.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      queryCostPlugin<RequestContext>(schema, config.limits.maxCost),
      operationOutcomePlugin<RequestContext>(),
      // Apollo's own landing page loads from a CDN; the explorer is served locally (explorer/).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    formatError: createErrorFormatter({
      production: config.production,
      logUnexpected: (error) => logger.error({ err: error }, 'unexpected error in a resolver'),
    }),
  });
  await apollo.start();

  expressApp.disable('x-powered-by');
  expressApp.use(accessLog(options.log ?? logger, metrics));
  expressApp.get('/metrics', metricsRoute(metrics, config.metrics));
  if (config.explorer) expressApp.use(explorerRoute());
  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  expressApp.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: config.bodyLimit }),
    // Sign-in runs here rather than in Apollo's context function: Apollo answers a failed
    // context with HTTP 500, whereas a bad token must reach jsonErrors below (HTTP 401).
    async (req, res, next) => {
      res.locals.context = await contextFor(req.headers.authorization, res.locals.requestId);
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => trackOutcome(res.locals.context as RequestContext),
    }),
  );
  expressApp.use(jsonErrors);
  return { httpServer, apollo, contextFor };
}

/**
 * Errors raised before Apollo (malformed JSON, an oversized body) or while building the
 * context (a bad token) answer as GraphQL errors with the right status, never a 500 page.
 */
const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof DomainError) {
    noteErrorCodes(res, [error.code]);
    // RFC 6750: a refused bearer token is answered with a challenge.
    if (error.code === 'UNAUTHENTICATED')
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    res.status(error.code === 'UNAUTHENTICATED' ? 401 : 400).json({
      errors: [{ message: error.message, extensions: { code: error.code } }],
    });
    return;
  }
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  const code =
    status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  if (status >= 500) logger.error({ err: error }, 'unexpected error before GraphQL');
  noteErrorCodes(res, [code]);
  const message =
    status === 413
      ? 'Request body too large'
      : status < 500
        ? `Malformed request: ${error.type === 'entity.parse.failed' ? 'body is not valid JSON' : error.message}`
        : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
