import { Router, type Request } from 'express';
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

/**
 * The in-browser explorer at GET /graphql (when a browser asks) and its files under
 * /graphql/explorer/. Mounted before the API: anything else falls through to Apollo.
 */
export function explorerRoute(): Router {
  const router = Router();
  router.get('/graphql', (req, res, next) => {
    if (!browserAsksForPage(req)) {
      next();
      return;
    }
    res.locals.explorerPage = true;
    res.set('Content-Security-Policy', EXPLORER_CSP);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(explorerPage());
  });
  router.get(`${EXPLORER_ASSETS_PATH}/explorer.js`, (_req, res) => {
    res.type('js').send(EXPLORER_SCRIPT);
  });
  router.get(`${EXPLORER_ASSETS_PATH}/explorer.css`, (_req, res) => {
    res.type('css').send(EXPLORER_CSS);
  });
  router.get(`${EXPLORER_ASSETS_PATH}/:file`, (req, res, next) => {
    const asset = VENDOR_FILES.get(req.params.file);
    if (!asset) {
      next();
      return;
    }
    res.type(asset.type).sendFile(asset.file, { maxAge: '1h' });
  });
  return router;
}
