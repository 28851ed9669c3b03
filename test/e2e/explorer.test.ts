import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The explorer over plain HTTP: a browser opening /graphql gets the page and its files from
 * this server, with a policy that lets it reach nothing else; API clients still get the API;
 * GRAPHQL_EXPLORER=false turns it off, and Apollo's CDN landing page is never served.
 */
let on: TestApp;
let off: TestApp;
let onBase: string;
let offBase: string;

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

beforeAll(async () => {
  on = await startTestApp();
  onBase = await on.listen();
  off = await startTestApp({ GRAPHQL_EXPLORER: 'false' });
  offBase = await off.listen();
});

afterAll(async () => {
  await on?.close();
  await off?.close();
});

describe('the in-browser explorer', () => {
  it('answers a browser opening /graphql with the page, which loads only from this server', async () => {
    const response = await fetch(`${onBase}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    // An empty inline icon (data:,) spares the browser asking for /favicon.ico.
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((source) => source !== 'data:,');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source).toMatch(/^\/graphql\/explorer\//);
      const asset = await fetch(`${onBase}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it('leaves API clients to the API: a JSON GET, a POST, and a browser GET with a query', async () => {
    const token = `Bearer ${await on.tokenFor('VALENCE', 'LEGAL')}`;
    const post = await fetch(`${onBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT, authorization: token },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await post.json()).toMatchObject({ data: { me: { email: 'legal@valence.demo' } } });

    const plain = await fetch(`${onBase}/graphql`, { headers: { accept: 'application/json' } });
    expect(plain.headers.get('content-type')).not.toMatch(/html/);

    const query = encodeURIComponent('{ __typename }');
    const get = await fetch(`${onBase}/graphql?query=${query}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true', authorization: token },
    });
    expect(get.headers.get('content-type')).not.toMatch(/html/);
  });

  it('is off with GRAPHQL_EXPLORER=false, and Apollo serves no landing page of its own', async () => {
    const response = await fetch(`${offBase}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
    const body = await response.text();
    expect(body).not.toMatch(/<html|apollographql|cdn\./i);
    expect((await fetch(`${offBase}/graphql/explorer/graphiql.js`)).status).not.toBe(200);
  });

  it('serves no other file from node_modules', async () => {
    for (const name of ['package.json', 'constructor', '..%2Fpackage.json', 'graphiql.min.js']) {
      const response = await fetch(`${onBase}/graphql/explorer/${name}`);
      expect(response.status).not.toBe(200);
    }
  });
});
