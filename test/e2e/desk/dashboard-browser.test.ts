import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PartyCode } from '../../../src/domain/parties';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { startTestApp, type TestApp } from '../../support/test-app';
import { createJvLicence, recordBreachNotice, recordInvoice, runEndUserCheck } from './seed';

/**
 * The dashboard in Debian's Chromium, headless (launched as the explorer's test does), signed
 * in as the JV's and Fengfan's COMPLIANCE officers in turn. Today is pinned to 2026-03-20.
 * Worked by hand:
 * - Valence's invoice of 2025-12-01 was due 2025-12-31 and is unpaid: MISSED (TIC 6.3); its
 *   invoice of 2026-03-10 is due 2026-04-09, inside the next 90 days. Both the JV's to Valence.
 * - Valence's breach notice to the JV, by courier on 2026-03-02 (California), deemed received
 *   on 2026-03-16 (14 days, TIC 13.3): its cure runs (TIC 11.2), and the JV's cure is due by the
 *   earlier reading, 60 days after the notice's date: 2026-05-01, also within 90 days.
 * - A BIS licence covering the JV ends on 2026-05-31, 72 days away: expiring within 90.
 * - Fengfan's own check of "Shugang Technology" waits for its reviewer (a possible Entity List
 *   match); the JV has run none.
 * Fengfan is owed nothing and sent or received nothing here: it sees only its review.
 * - The alert scan on that day raises one alert for the JV: the 30-day reminder of the invoice
 *   due 2026-04-09, 20 days away (the 7- and 1-day ones have not come due; the cure ends in 42
 *   days; the December miss is older than the 7-day look-back; the licence ends in 72 days,
 *   beyond 30). It is queued once to the JV ADMIN's webhook, not yet attempted.
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
const ARTIFACTS = path.join(__dirname, '../../../test-artifacts/dashboard');
const TODAY = '2026-03-20';
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');

let t: TestApp;
let base: string;
let browser: Browser;

async function ok(response: Promise<{ errors?: unknown }>): Promise<void> {
  expect((await response).errors).toBeUndefined();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The dashboard test needs Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await startTestApp({}, { today: TODAY });
  base = await t.listen();
  const [tic] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  await recordInvoice(t, tic.id, { occurredOn: '2025-12-01', reference: 'INV-D-1' });
  await recordInvoice(t, tic.id, { occurredOn: '2026-03-10', reference: 'INV-D-2' });
  await recordBreachNotice(t, tic.id, {
    sentAt: '2026-03-02T09:00:00-08:00',
    subject: 'Material breach: invoice INV-D-1 unpaid',
  });
  await createJvLicence(t, { number: 'D246810', validFrom: '2025-06-01', validTo: '2026-05-31' });
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  await runEndUserCheck(
    t,
    { party: 'FENGFAN', role: 'COMPLIANCE' },
    {
      endUser: 'Shugang Technology',
      description: 'Battery cells',
      releaseKind: 'EXPORT',
      endUse: 'Electric buses',
    },
  );
  await ok(
    t.gql(
      `mutation W($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`,
      {
        input: {
          url: 'http://127.0.0.1:9/compliance-alerts',
          eventKinds: ['OBLIGATION_DUE', 'OBLIGATION_MISSED'],
        },
      },
      { party: 'JV', role: 'ADMIN' },
    ),
  );
  await ok(t.gql(`mutation { runAlertScan { alertsRaised } }`, {}, { party: 'JV', role: 'ADMIN' }));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** The little of the browser's DOM the page functions below use (the tests compile without DOM types). */
interface Dom {
  document: { activeElement: { id: string } | null; querySelector(selector: string): unknown };
  getComputedStyle(element: unknown): { color: string; backgroundColor: string };
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/**
 * A page that may reach this server only: what tried to leave, and any Content-Security-Policy
 * violation, is returned for assertions.
 */
async function openPage(): Promise<{ page: Page; leaving: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  const leaving: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) leaving.push(message.text());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    leaving.push(url);
    return route.abort('blockedbyclient');
  });
  return { page, leaving };
}

/** The text of each body row of a section's table (or its message when it has none). */
async function rows(page: Page, section: string): Promise<string[]> {
  const body = page.locator(`#section-${section} .body`);
  const cells = body.locator('tbody tr');
  if ((await cells.count()) === 0) return [];
  return (await cells.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('the dashboard in Chromium', () => {
  it("shows the JV's officer the JV's deadlines, missed duties, running clocks and expiring licences", async () => {
    const { page, leaving } = await openPage();
    await page.goto(`${base}/dashboard`);
    // By keyboard: from the language selector, Tab reaches the token field by its label.
    await page.getByLabel('Language').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.id),
    ).toBe('token');
    await page.keyboard.type(await t.tokenFor('JV', 'COMPLIANCE'));
    await page.keyboard.press('Enter');
    await page.locator('body[data-loaded="true"]').waitFor();

    expect(await page.locator('#who').innerText()).toContain('compliance@jv.demo (JV, COMPLIANCE)');
    const deadlines = await rows(page, 'deadlines');
    expect(deadlines).toHaveLength(2);
    expect(deadlines[0]).toMatch(/^2026-04-09 TIC 6\.3 .* JV OPEN$/);
    expect(deadlines[1]).toMatch(/^2026-05-01 TIC 11\.2 .* JV OPEN$/);
    const missed = await rows(page, 'missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatch(/^2025-12-31 TIC 6\.3 .* JV MISSED$/);
    expect(await rows(page, 'notices')).toEqual([
      'BREACH Material breach: invoice INV-D-1 unpaid VALENCE CURE_RUNNING 2026-05-01',
    ]);
    expect(await rows(page, 'reviews')).toEqual([]);
    expect(await rows(page, 'licences')).toEqual(['D246810 2026-05-31 CN']);
    const alerts = await rows(page, 'alerts');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(
      /^2026-03-20 TIC 6\.3 TIC \S+ is due on 2026-04-09, in 20 day\(s\) \(TIC 6\.3\) 2026-04-09$/,
    );
    // Webhook deliveries are the ADMIN's (TIC 8.2).
    expect(await page.locator('#section-deliveries .body').innerText()).toBe(
      'Your role may not see this section.',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'jv-compliance-en.png'), fullPage: true });

    // Simplified Chinese labels, switched in place.
    await page.getByLabel('Language').selectOption('zh-CN');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#heading-deadlines').innerText()).toBe('未来90天的截止日期');
    expect(await page.getByLabel('访问令牌').count()).toBe(1);
    expect(await rows(page, 'licences')).toEqual(['D246810 2026-05-31 CN']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'jv-compliance-zh.png'), fullPage: true });
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('shows Fengfan its own review queue and none of the JV’s rows', async () => {
    const { page, leaving } = await openPage();
    const token = await t.tokenFor('FENGFAN', 'COMPLIANCE');
    await page.goto(`${base}/dashboard?lang=en#token=${token}`);
    await page.locator('body[data-loaded="true"]').waitFor();
    // The token passed in the address's fragment is wiped from it.
    expect(page.url()).toBe(`${base}/dashboard?lang=en`);
    expect(await page.locator('#who').innerText()).toContain('(FENGFAN, COMPLIANCE)');
    for (const section of ['deadlines', 'missed', 'notices', 'licences', 'alerts']) {
      expect({ section, rows: await rows(page, section) }).toEqual({ section, rows: [] });
    }
    const reviews = await rows(page, 'reviews');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatch(/ CN FENGFAN NEEDS_REVIEW$/);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'fengfan-compliance-en.png'),
      fullPage: true,
    });
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('tells a role what it may not see, without hiding the rest', async () => {
    const { page } = await openPage();
    const viewer: { party: PartyCode; role: 'VIEWER' } = { party: 'JV', role: 'VIEWER' };
    await page.goto(`${base}/dashboard#token=${await t.tokenFor(viewer.party, viewer.role)}`);
    await page.locator('body[data-loaded="true"]').waitFor();
    // VIEWER reads deadlines (TIC 11.2) but not notices or export control (TIC 8.1(i), 12.2).
    expect(await rows(page, 'deadlines')).toHaveLength(2);
    for (const section of ['notices', 'reviews', 'licences', 'alerts', 'deliveries']) {
      expect(await page.locator(`#section-${section} .body`).innerText()).toBe(
        'Your role may not see this section.',
      );
    }
    await page.close();
  });

  it("shows the JV's ADMIN the alert queued to its webhook", async () => {
    const { page, leaving } = await openPage();
    await page.goto(`${base}/dashboard?lang=en#token=${await t.tokenFor('JV', 'ADMIN')}`);
    await page.locator('body[data-loaded="true"]').waitFor();
    expect(await rows(page, 'alerts')).toHaveLength(1);
    const deliveries = await rows(page, 'deliveries');
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} PENDING 0$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'jv-admin-en.png'), fullPage: true });
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('says so when a token is refused, and shows no section', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/dashboard`);
    await page.getByLabel('Access token').fill('not-a-token');
    await page.getByRole('button', { name: 'Show my dashboard' }).click();
    await page.locator('body[data-loaded="true"]').waitFor();
    expect(await page.locator('#who').innerText()).toBe(
      'Sign-in failed: check the token, or sign in again.',
    );
    expect(await page.locator('table').count()).toBe(0);
    await page.close();
  });

  it('reads with enough contrast: text and buttons at least 4.5:1 (WCAG AA)', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/dashboard`);
    const ratios = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as Dom;
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (selector: string, backgroundOf: string) => {
        const fg = luminance(getComputedStyle(document.querySelector(selector)).color);
        const bg = luminance(
          getComputedStyle(document.querySelector(backgroundOf)).backgroundColor,
        );
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      };
      return {
        body: ratio('h1', 'body'),
        help: ratio('#token-help', 'body'),
        button: ratio('button', 'button'),
      };
    });
    for (const value of Object.values(ratios)) expect(value).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
