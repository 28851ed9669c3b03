import type { Request, RequestHandler } from 'express';
import path from 'node:path';
import {
  EXPLORER_ASSETS_PATH,
  EXPLORER_CSP,
  EXPLORER_CSS,
  EXPLORER_SCRIPT,
  explorerPage,
} from './explorer-page';

/** A file inside an installed package, found the way Node finds the package itself. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * The browser builds of GraphiQL and React, served from node_modules: GraphiQL 4 is the last
 * line shipped ready for a <script> tag (no bundler), and React 18 the last with such builds.
 */
const VENDOR_FILES = new Map<string, { file: string; type: string }>([
  ['react.js', { file: packageFile('react', 'umd/react.production.min.js'), type: 'js' }],
  [
    'react-dom.js',
    { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'js' },
  ],
  ['graphiql.js', { file: packageFile('graphiql', 'graphiql.min.js'), type: 'js' }],
  ['graphiql.css', { file: packageFile('graphiql', 'graphiql.min.css'), type: 'css' }],
]);

/** A browser opening /graphql (it prefers HTML and sends no query) rather than a client. */
function browserAsksForPage(req: Request): boolean {
  return (
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
      'text/html' && req.query.query === undefined
  );
}

/** Our own files beside the vendor ones: the page's style and the script that starts it. */
const OWN_FILES = new Map<string, { body: string; type: string }>([
  ['explorer.js', { body: EXPLORER_SCRIPT, type: 'js' }],
  ['explorer.css', { body: EXPLORER_CSS, type: 'css' }],
]);

/**
 * The in-browser explorer at GET /graphql (when a browser asks) and its files under
 * /graphql/explorer/. A plain middleware rather than an Express Router: a Router answers an
 * OPTIONS request for a path it knows by itself, which would pre-empt the CORS preflight of
 * /graphql. Anything that is not the explorer's falls through to the API.
 */
export function explorerRoute(): RequestHandler {
  const prefix = `${EXPLORER_ASSETS_PATH}/`;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/graphql') {
      if (!browserAsksForPage(req)) return next();
      res.locals.explorerPage = true;
      res.set('Content-Security-Policy', EXPLORER_CSP);
      res.set('Cache-Control', 'no-store');
      res.type('html').send(explorerPage());
      return;
    }
    if (!req.path.startsWith(prefix)) return next();
    const name = req.path.slice(prefix.length);
    const own = OWN_FILES.get(name);
    if (own) {
      res.type(own.type).send(own.body);
      return;
    }
    const vendor = VENDOR_FILES.get(name);
    if (!vendor) return next();
    res.type(vendor.type).sendFile(vendor.file, { maxAge: '1h' });
  };
}
