import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The explorer in a real browser (Debian's Chromium, headless): it loads, takes a bearer token
 * in its headers, runs a typed query and shows the result — with every request that leaves
 * this machine blocked and counted, so that working offline and sending no telemetry are
 * checked, not assumed. CI installs Chromium (.ci/run); elsewhere a missing one fails here.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let t: TestApp;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The explorer test needs Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  t = await startTestApp();
  base = await t.listen();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/** Replaces the text of a CodeMirror editor by typing, as a person would. */
async function typeInto(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`${editor} .CodeMirror >> visible=true`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

describe('the explorer in Chromium', () => {
  it('runs a query typed into it with a bearer token, and reaches nothing beyond this server', async () => {
    const page = await browser.newPage();
    const leaving: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      leaving.push(url);
      return route.abort('blockedbyclient');
    });
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    const sent: Array<{ headers: Record<string, string>; body: string | null }> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${base}/graphql`) {
        sent.push({ headers: request.headers(), body: request.postData() });
      }
    });

    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-container').waitFor();

    const token = await t.tokenFor('FENGFAN', 'COMPLIANCE');
    await page.locator('button[data-name="headers"]').click();
    await typeInto(page, '.graphiql-editor-tool', `{"Authorization": "Bearer ${token}"}`);
    await typeInto(page, '.graphiql-query-editor', 'query Mine { me { email partyCode } }');
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.graphiql-response');
    await result.getByText('compliance@fengfan.demo').waitFor();
    expect(await result.innerText()).toContain('FENGFAN');

    const run = sent.find((request) => request.body?.includes('Mine'));
    expect(run?.headers.authorization).toBe(`Bearer ${token}`);
    // A JSON body: what Apollo's CSRF prevention lets through.
    expect(run?.headers['content-type']).toMatch(/^application\/json/);
    expect(leaving).toEqual([]);
    expect(policyViolations).toEqual([]);
    await page.close();
  });
});
