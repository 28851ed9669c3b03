/**
 * The explorer's page and the script that starts it. Everything it loads comes from this server
 * (see explorer-route.ts), so it works offline; the Content-Security-Policy sent with it lets the
 * browser fetch nothing and talk to nobody else, which also rules out telemetry.
 */
export const EXPLORER_ASSETS_PATH = '/graphql/explorer';

export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL and its editor set styles inline.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerPage(): string {
  const asset = (file: string) => `${EXPLORER_ASSETS_PATH}/${file}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>Compliance API — GraphQL explorer</title>
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
    <link rel="stylesheet" href="${asset('explorer.css')}" />
  </head>
  <body>
    <div id="graphiql">Loading the explorer…</div>
    <script src="${asset('react.js')}"></script>
    <script src="${asset('react-dom.js')}"></script>
    <script src="${asset('graphiql.js')}"></script>
    <script src="${asset('explorer.js')}"></script>
  </body>
</html>
`;
}

export const EXPLORER_CSS = `html, body, #graphiql { height: 100%; margin: 0; }
`;

/** The first text in the query editor: how to sign in, and a query to try. */
const DEFAULT_QUERY = `# Compliance API explorer.
#
# Every operation needs a token: open "Headers" below and enter
#   { "Authorization": "Bearer <token>" }
# (npm run token -- --email legal@valence.demo prints one for a demo user).

{
  me {
    email
    partyCode
    roles
  }
}
`;

/**
 * Starts GraphiQL on /graphql. Its fetcher posts JSON (content-type: application/json), which
 * Apollo's CSRF prevention accepts; headers are not kept in the browser's storage, so a token
 * typed in is gone with the tab.
 */
export const EXPLORER_SCRIPT = `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify('/graphql')} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
})();
`;
