import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import http from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { buildContext, type RequestContext } from '../auth/context';
import type { TokenKey } from '../auth/signing-key';
import { UserDirectory } from '../auth/user-directory';
import type { AppConfig } from '../config';
import { isDatabaseUnavailable } from '../db/unavailable';
import { logger } from '../logger';
import { buildAppSchema } from '../schema/build-schema';
import { compiledExecution } from './compiled-execution';
import { Drain } from './drain';
import { createErrorFormatter } from './format-error';
import { noBadTextLiterals } from './input-hygiene';
import { createJsonErrorHandler } from './json-errors';
import { graphqlSteps, type GraphqlEndpointDeps } from './graphql-endpoint';
import { runHandlers } from './http/handlers';
import { noSubscriptions } from './no-subscriptions';
import { queryCostPlugin } from './query-cost-plugin';
import { RateLimits } from './rate-limit';
import { statusPlugin } from './status-plugin';
import { throttledLog } from './throttled-log';
import { accessLog } from './access-log';
import { explorerRoute } from './explorer/explorer-route';
import { Metrics } from './metrics';
import { metricsRoute } from './metrics-route';
import { operationOutcomePlugin } from './operation-outcome';
// Calendar feeds, exports, the board report and the dashboard (issue 16)
import { deskRoutes } from './desk/desk-routes';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** For tests that go through Apollo without HTTP. */
  contextFor: (
    authorization?: string,
    signal?: AbortSignal,
    requestId?: string,
  ) => Promise<RequestContext>;
  /** Stops taking requests, answers those in flight, then stops Apollo. */
  close: () => Promise<void>;
}

/**
 * Express 5 in front of Apollo Server 5: drain and deadline, body size cap, CORS allowlist,
 * health probes, rate limits, and JSON errors for anything rejected before GraphQL sees it.
 * A POST to /graphql runs the same steps without Express (server/http/handlers.ts).
 * Holds no per-user state.
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
  const users = new UserDirectory(db, config.userCacheTtlMs, key.issuers.size > 0);
  const contextFor = (authorization?: string, signal?: AbortSignal, requestId?: string) =>
    buildContext({ db, config, key, users, now: options.now }, authorization, signal, requestId);
  const metrics = new Metrics(db);
  const reportUnavailable = throttledLog(10_000, (error, suppressed) =>
    logger.error({ err: error, suppressed }, 'the database is unavailable'),
  );
  const reportUnexpected = (error: unknown) =>
    isDatabaseUnavailable(error)
      ? reportUnavailable(error)
      : logger.error({ err: error }, 'unexpected error');

  const expressApp = express();
  const drain = new Drain();
  const limits = new RateLimits(db, config.rateLimits);
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
    ...(config.compiledExecution ? { gateway: compiledExecution(schema) } : { schema }),
    introspection: config.introspection,
    csrfPrevention: true,
    // Nothing is stored by hash: a persisted-query request is refused as a bad request.
    persistedQueries: false,
    // main.ts handles SIGTERM itself (drain, close the database, stop PostgreSQL, exit).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [...protection.validationRules, noBadTextLiterals, noSubscriptions],
    plugins: [
      ...protection.plugins,
      queryCostPlugin<RequestContext>(schema, config.limits.maxCost),
      statusPlugin(config.retryAfterSeconds),
      operationOutcomePlugin<RequestContext>(),
      // Apollo's own landing page loads from a CDN; the explorer is served locally (explorer/).
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set or read here, and the plugin hooks every field it resolves.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: createErrorFormatter({
      production: config.production,
      logUnexpected: reportUnexpected,
    }),
  });
  await apollo.start();

  expressApp.disable('x-powered-by');
  // The per-source sign-in limit needs the client's address, not the proxy's.
  if (config.trustProxy) expressApp.set('trust proxy', proxySetting(config.trustProxy));
  expressApp.use(accessLog(options.log ?? logger, metrics));
  expressApp.get('/metrics', metricsRoute(metrics, config.metrics));
  if (config.explorer) expressApp.use(explorerRoute());
  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.use(drain.middleware);
  expressApp.get('/readyz', async (_req, res) => {
    const ready = await withTimeout(db.query('SELECT 1'), config.readinessTimeoutMs);
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'database unreachable' });
  });
  const graphql = graphqlSteps({
    apollo,
    config,
    limits,
    contextFor,
    trustProxy: expressApp.get('trust proxy fn') as GraphqlEndpointDeps['trustProxy'],
  });
  expressApp.use('/graphql', ...graphql);
  // Calendar feeds, exports, the board report and the dashboard (issue 16)
  expressApp.use(
    deskRoutes({ db, contextFor, limits, now: () => (options.now ? options.now() : new Date()) }),
  );
  const jsonErrors = createJsonErrorHandler({
    retryAfterSeconds: config.retryAfterSeconds,
    reportUnexpected,
  });
  expressApp.use(jsonErrors);
  // A GraphQL POST, nearly every request, runs the same steps as Express would run it
  // (access log, drain, then /graphql's), without Express (server/http/handlers.ts).
  const serveGraphqlPost = runHandlers(
    [accessLog(options.log ?? logger, metrics), drain.middleware, ...graphql],
    jsonErrors,
  );
  const httpServer = http.createServer((req, res) =>
    isGraphqlPost(req) ? serveGraphqlPost(req, res) : expressApp(req, res),
  );

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await drain.drain(httpServer, config.shutdownGraceMs);
      await apollo.stop();
    })());
  return { httpServer, apollo, contextFor, close };
}

async function withTimeout(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** TRUST_PROXY: a hop count ("1"), or addresses and names Express understands ("loopback"). */
/** POST /graphql exactly (any other spelling Express matches goes through Express). */
function isGraphqlPost(req: http.IncomingMessage): boolean {
  return req.method === 'POST' && (req.url === '/graphql' || !!req.url?.startsWith('/graphql?'));
}

function proxySetting(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}
