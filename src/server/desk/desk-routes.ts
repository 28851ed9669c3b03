import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { signedIn, type RequestContext, type SignedInContext } from '../../auth/context';
import { assertAllowed, assertMayExport, HTTP_ROUTES } from '../../auth/http-permission';
import { raise } from '../../auth/refusal-error';
import { UnauthenticatedError } from '../../errors';
import { exportRequest } from '../../rules/desk/export-request';
import { lastEndedQuarter, quarterPeriod } from '../../rules/desk/report-period';
import { renderBoardReport } from '../../services/desk/board-report-pdf';
import { boardReport } from '../../services/desk/board-report.service';
import { feedOwner } from '../../services/desk/calendar-feed.service';
import { calendarFor } from '../../services/desk/calendar.service';
import { datasetQuery } from '../../services/desk/export-datasets';
import { streamExport } from '../../services/desk/export-stream';
import { createLoaders } from '../../services/loaders';
import type { RateLimits } from '../rate-limit';
import {
  DASHBOARD_ASSETS_PATH,
  DASHBOARD_CSP,
  DASHBOARD_CSS,
  DASHBOARD_SCRIPT,
  dashboardPage,
} from './dashboard-page';

export interface DeskDeps {
  db: DataSource;
  contextFor: (
    authorization?: string,
    signal?: AbortSignal,
    requestId?: string,
  ) => Promise<RequestContext>;
  limits: RateLimits;
  /** The instant "now" (a test pins it). */
  now: () => Date;
}

/** Signs in with the bearer token exactly as /graphql does: same limits, same refusals. */
async function signIn(deps: DeskDeps, req: Request, res: Response): Promise<RequestContext> {
  const source = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const authorization = req.headers.authorization;
  if (authorization) await deps.limits.assertMaySignIn(source);
  try {
    const ctx = await deps.contextFor(
      authorization,
      undefined,
      res.locals.requestId as string | undefined,
    );
    if (ctx.user) await deps.limits.consume(ctx.user, res);
    return ctx;
  } catch (error) {
    if (error instanceof UnauthenticatedError) await deps.limits.signInFailed(source);
    throw error;
  }
}

const notFound = (res: Response) => res.status(404).type('text').send('Not found\n');

/**
 * The compliance desk's HTTP routes beside /graphql: the calendar feeds (by secret URL), the
 * exports and the board report (by bearer token, under the policy's `exportRecords` and
 * `readBoardReport`), and the dashboard page with its two files.
 */
export function deskRoutes(deps: DeskDeps): Router {
  const router = express.Router();

  router.get('/calendar/:file', async (req, res) => {
    const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(req.params.file);
    const user = match ? await feedOwner(deps.db, match[1]) : null;
    if (!user) {
      notFound(res);
      return;
    }
    await deps.limits.consume(user, res);
    // The feed's owner, as if signed in: the same context, visibility and clock as the API's.
    const base = await deps.contextFor(undefined, undefined, res.locals.requestId as string);
    const ctx: SignedInContext = { ...base, user, loaders: createLoaders(deps.db, user) };
    const body = await calendarFor(ctx, deps.now());
    res.set('Cache-Control', 'private, no-store');
    res.set('Referrer-Policy', 'no-referrer');
    res.type('text/calendar; charset=utf-8').send(body);
  });

  router.get(HTTP_ROUTES.exports.path, async (req, res) => {
    const ctx = await signIn(deps, req, res);
    assertAllowed(ctx.user, 'exports');
    const asked = exportRequest({ file: req.params.file, from: req.query.from, to: req.query.to });
    if (!asked.ok) raise(asked.refusal);
    const { dataset, format, period } = asked.value;
    assertMayExport(ctx.user, dataset);
    const signed = signedIn(ctx);
    const query = await datasetQuery(signed, dataset, period);
    res.set('Cache-Control', 'no-store');
    res.set(
      'Content-Disposition',
      `attachment; filename="${signed.user.party.toLowerCase()}-${dataset}-${period.from}-${period.to}.${format}"`,
    );
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    await streamExport(signed.db, query, format, res);
  });

  router.get(HTTP_ROUTES.boardReport.path, async (req, res) => {
    const ctx = await signIn(deps, req, res);
    assertAllowed(ctx.user, 'boardReport');
    const signed = signedIn(ctx);
    // A quarter given twice (an array) is refused by the rule like any other bad one.
    const quarter =
      req.query.quarter === undefined
        ? lastEndedQuarter({ today: signed.today })
        : String(req.query.quarter);
    const period = quarterPeriod({ quarter });
    if (!period.ok) raise(period.refusal);
    const report = await boardReport(signed, period.value);
    res.set('Cache-Control', 'no-store');
    res.set(
      'Content-Disposition',
      `inline; filename="board-report-${signed.user.party.toLowerCase()}-${quarter}.pdf"`,
    );
    res.type('application/pdf');
    await renderBoardReport(report, res, deps.now());
  });

  router.get('/dashboard', (_req, res) => {
    res.set('Content-Security-Policy', DASHBOARD_CSP);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(dashboardPage());
  });
  router.get(`${DASHBOARD_ASSETS_PATH}/dashboard.js`, (_req, res) => {
    res.type('js').send(DASHBOARD_SCRIPT);
  });
  router.get(`${DASHBOARD_ASSETS_PATH}/dashboard.css`, (_req, res) => {
    res.type('css').send(DASHBOARD_CSS);
  });
  return router;
}
