/**
 * Deliveries: a JV ADMIN registers a webhook on a loopback receiver; the scan raises alerts and
 * the delivery round POSTs them signed (the receiver verifies the HMAC), retries a failure with
 * backoff on a pinned clock, logs every attempt for the party, and writes e-mails to the file
 * outbox. Two app instances scanning and delivering at once deliver each alert once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '../../../ormconfig';
import { deliverEmails, deliverWebhooks } from '../../../src/services/alerts/deliver.service';
import { createMailer } from '../../../src/services/alerts/mailer';
import { runAlertScan } from '../../../src/services/alerts/scan.service';
import { SIGNATURE_HEADER, verifySignature } from '../../../src/rules/alerts/webhook-signature';
import { startTestApp, type TestApp } from '../../support/test-app';
import { withDatabase } from '../../support/test-env';
import { startReceiver } from '../../support/webhook-receiver';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let dataDir: string;
let secret: string;
let webhookId: string;
let tic: string;

const JV_ADMIN = { party: 'JV' as const, role: 'ADMIN' as const };
const at = (iso: string) => new Date(iso);

async function invoice(occurredOn: string, reference: string) {
  const response = await t.gql(
    `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    {
      input: {
        contractId: tic,
        kind: 'INVOICE',
        occurredOn,
        description: `Associated Expenses invoice ${reference}`,
        amount: '10.00',
        currency: 'USD',
        reference,
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'alerts-'));
  t = await startTestApp({ DATA_DIR: dataDir }, { today: '2026-06-30' });
  receiver = await startReceiver();
  [{ id: tic }] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  const registered = await t.gql<{
    registerWebhook: {
      secret: string;
      webhook: { id: string; url: string; eventKinds: string[]; active: boolean };
    };
  }>(
    `mutation($input: RegisterWebhookInput!) {
       registerWebhook(input: $input) { secret webhook { id url eventKinds active } } }`,
    {
      input: {
        url: receiver.url,
        eventKinds: ['OBLIGATION_DUE', 'OBLIGATION_MISSED'],
        idempotencyKey: 'hook-1',
      },
    },
    JV_ADMIN,
  );
  expect(registered.errors).toBeUndefined();
  secret = registered.data!.registerWebhook.secret;
  webhookId = registered.data!.registerWebhook.webhook.id;
  expect(registered.data!.registerWebhook.webhook).toMatchObject({
    url: receiver.url,
    active: true,
  });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('registering', () => {
  it('shows the secret in the answer only, and a retry with the same key changes nothing', async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const again = await t.gql<{ registerWebhook: { secret: string; webhook: { id: string } } }>(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id } } }`,
      {
        input: {
          url: receiver.url,
          eventKinds: ['OBLIGATION_DUE', 'OBLIGATION_MISSED'],
          idempotencyKey: 'hook-1',
        },
      },
      JV_ADMIN,
    );
    expect(again.data!.registerWebhook).toEqual({ secret, webhook: { id: webhookId } });
    const listed = await t.gql<{
      webhooks: { totalCount: number; nodes: Array<Record<string, unknown>> };
    }>(`{ webhooks(first: 10) { totalCount nodes { id url active } } }`, {}, JV_ADMIN);
    expect(listed.data!.webhooks).toEqual({
      totalCount: 1,
      nodes: [{ id: webhookId, url: receiver.url, active: true }],
    });
    const [{ events }] = await t.db.query(
      `SELECT count(*)::int AS events FROM audit_event WHERE operation = 'registerWebhook'`,
    );
    expect(events).toBe(1);
    const [{ after }] = await t.db.query(
      `SELECT after FROM audit_event WHERE operation = 'registerWebhook'`,
    );
    expect(JSON.stringify(after)).not.toContain(secret);
  });

  it('refuses a plain-http URL off loopback and an empty list of kinds, naming the field', async () => {
    const refused = await t.gql(
      `mutation { registerWebhook(input: { url: "http://hooks.example.com/x", eventKinds: [OBLIGATION_DUE] }) { secret } }`,
      {},
      JV_ADMIN,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const empty = await t.gql(
      `mutation { registerWebhook(input: { url: "https://hooks.example.com/x", eventKinds: [] }) { secret } }`,
      {},
      JV_ADMIN,
    );
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventKinds',
    });
  });

  it('refuses the same key with another input as a CONFLICT', async () => {
    const other = await t.gql(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`,
      { input: { url: receiver.url, eventKinds: ['OBLIGATION_DUE'], idempotencyKey: 'hook-1' } },
      JV_ADMIN,
    );
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it("does not let another party's ADMIN see or rotate it", async () => {
    const rotated = await t.gql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      { id: webhookId },
      {
        party: 'VALENCE',
        role: 'ADMIN',
      },
    );
    expect(rotated.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listed = await t.gql<{ webhooks: { totalCount: number } }>(
      `{ webhooks(first: 10) { totalCount } }`,
      {},
      {
        party: 'VALENCE',
        role: 'ADMIN',
      },
    );
    expect(listed.data!.webhooks.totalCount).toBe(0);
  });
});

describe('delivering', () => {
  it('POSTs each new alert signed with the secret, verified by the receiver', async () => {
    // Invoice of 10 March 2025, due 9 April: the 30-day reminder on 10 March.
    await invoice('2025-03-10', 'W-1');
    const report = await runAlertScan(t.appDb, t.config, {
      today: '2025-03-10',
      now: at('2025-03-10T01:00:00Z'),
    });
    expect(report).toMatchObject({ alertsRaised: 2, webhookDeliveriesQueued: 1 });
    const now = at('2025-03-10T01:00:05Z');
    expect(await deliverWebhooks(t.appDb, t.config.alerts, now)).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(
      verifySignature({
        secret,
        header: request.headers[SIGNATURE_HEADER] as string,
        body: request.body,
        nowSeconds: now.getTime() / 1000,
      }),
    ).toEqual({ valid: true });
    expect(
      verifySignature({
        secret: 'whsec_wrong',
        header: request.headers[SIGNATURE_HEADER] as string,
        body: request.body,
        nowSeconds: now.getTime() / 1000,
      }).valid,
    ).toBe(false);
    const payload = JSON.parse(request.body);
    expect(payload.alert).toMatchObject({
      kind: 'OBLIGATION_DUE',
      recipientParty: 'JV',
      article: 'TIC 6.3',
      occasion: 'before-30',
      dueOn: '2025-04-09',
      recordType: 'Obligation',
    });
    expect(request.headers['x-compliance-delivery']).toBe(payload.deliveryId);
    // Nothing is sent twice.
    expect(await deliverWebhooks(t.appDb, t.config.alerts, at('2025-03-10T02:00:00Z'))).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(1);
  });

  it('retries a failure with backoff, then delivers, every attempt logged for the party', async () => {
    receiver.answers.push(503);
    await runAlertScan(t.appDb, t.config, { today: '2025-04-02', now: at('2025-04-02T01:00:00Z') });
    expect(await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-02T01:00:00Z'))).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    // The first retry waits WEBHOOK_RETRY_BASE_SECONDS (30 s): not yet at 29 s, at 30 s it goes.
    expect(await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-02T01:00:29Z'))).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-02T01:00:30Z'))).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(3);

    const listed = await t.gql<{
      webhookDeliveries: {
        totalCount: number;
        nodes: Array<{
          status: string;
          attempts: number;
          lastResponseStatus: number;
          attemptLog: Array<{ attempt: number; responseStatus: number; attemptedAt: string }>;
        }>;
      };
    }>(
      `query($filter: WebhookDeliveryFilterInput) {
         webhookDeliveries(first: 10, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {
           totalCount nodes { status attempts lastResponseStatus attemptLog { attempt responseStatus attemptedAt } } } }`,
      { filter: { webhookId } },
      JV_ADMIN,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.webhookDeliveries.totalCount).toBe(2);
    expect(listed.data!.webhookDeliveries.nodes[0]).toEqual({
      status: 'DELIVERED',
      attempts: 2,
      lastResponseStatus: 200,
      attemptLog: [
        { attempt: 1, responseStatus: 503, attemptedAt: '2025-04-02T01:00:00.000Z' },
        { attempt: 2, responseStatus: 200, attemptedAt: '2025-04-02T01:00:30.000Z' },
      ],
    });
    const valence = await t.gql<{ webhookDeliveries: { totalCount: number } }>(
      `{ webhookDeliveries(first: 10) { totalCount } }`,
      {},
      { party: 'VALENCE', role: 'ADMIN' },
    );
    expect(valence.data!.webhookDeliveries.totalCount).toBe(0);
  });

  it('writes the e-mails to the file outbox, to the recipient party’s LEGAL', async () => {
    const report = await deliverEmails(
      t.appDb,
      t.config.alerts,
      createMailer(t.config.alerts),
      at('2025-04-02T01:01:00Z'),
    );
    // Two alerts for each of the JV and Valence (30 and 7 days), one LEGAL demo user each.
    expect(report).toEqual({ delivered: 4, retrying: 0, failed: 0 });
    const outbox = path.join(dataDir, 'outbox');
    const files = readdirSync(outbox);
    expect(files).toHaveLength(4);
    const messages = files.map((file) => readFileSync(path.join(outbox, file), 'utf8'));
    expect(messages.filter((m) => /^To: legal@jv\.demo$/m.test(m))).toHaveLength(2);
    expect(messages.filter((m) => /^To: legal@valence\.demo$/m.test(m))).toHaveLength(2);
    expect(messages.some((m) => /fengfan/i.test(m.split('\n\n')[0]))).toBe(false);
    expect(messages[0]).toMatch(/Article: TIC 6\.3/);
  });

  it('retries an e-mail the server refused, with the same backoff', async () => {
    await runAlertScan(t.appDb, t.config, { today: '2025-04-08', now: at('2025-04-08T00:00:00Z') });
    let refusals = 1;
    const sent: string[] = [];
    const flaky = {
      async send(mail: { to: string }) {
        if (refusals-- > 0) throw new Error('421 try again later');
        sent.push(mail.to);
      },
    };
    // Two 1-day reminders (JV, Valence): the first refused, the second sent.
    expect(
      await deliverEmails(t.appDb, t.config.alerts, flaky, at('2025-04-08T00:00:00Z')),
    ).toEqual({
      delivered: 1,
      retrying: 1,
      failed: 0,
    });
    expect(
      await deliverEmails(t.appDb, t.config.alerts, flaky, at('2025-04-08T00:00:29Z')),
    ).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(
      await deliverEmails(t.appDb, t.config.alerts, flaky, at('2025-04-08T00:00:30Z')),
    ).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(sent.sort()).toEqual(['legal@jv.demo', 'legal@valence.demo']);
  });

  it('signs with the new secret after a rotation; deactivation cancels what is pending and stops', async () => {
    const rotated = await t.gql<{ rotateWebhookSecret: { secret: string } }>(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      { id: webhookId },
      JV_ADMIN,
    );
    const fresh = rotated.data!.rotateWebhookSecret.secret;
    expect(fresh).not.toBe(secret);
    await runAlertScan(t.appDb, t.config, { today: '2025-04-08', now: at('2025-04-08T01:00:00Z') });
    // The receiver fails this one: it stays PENDING for a retry.
    receiver.answers.push(500);
    expect(await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-08T01:00:00Z'))).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    const last = receiver.received[receiver.received.length - 1];
    const check = (s: string) =>
      verifySignature({
        secret: s,
        header: last.headers[SIGNATURE_HEADER] as string,
        body: last.body,
        nowSeconds: Date.parse('2025-04-08T01:00:00Z') / 1000,
      }).valid;
    expect([check(fresh), check(secret)]).toEqual([true, false]);

    const off = await t.gql<{ deactivateWebhook: { active: boolean } }>(
      `mutation($id: ID!) { deactivateWebhook(id: $id) { active } }`,
      { id: webhookId },
      JV_ADMIN,
    );
    expect(off.data!.deactivateWebhook.active).toBe(false);
    const cancelled = await t.gql<{ webhookDeliveries: { totalCount: number } }>(
      `{ webhookDeliveries(first: 5, filter: { status: CANCELLED }) { totalCount } }`,
      {},
      JV_ADMIN,
    );
    expect(cancelled.data!.webhookDeliveries.totalCount).toBe(1);
    const count = receiver.received.length;
    // Neither the retry nor the next alert is sent.
    await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-09T01:00:00Z'));
    await runAlertScan(t.appDb, t.config, { today: '2025-04-10', now: at('2025-04-10T01:00:00Z') });
    await deliverWebhooks(t.appDb, t.config.alerts, at('2025-04-10T01:00:00Z'));
    expect(receiver.received).toHaveLength(count);
  });
});

describe('two instances', () => {
  it('scanning and delivering at once, deliver every alert exactly once', async () => {
    const other = await t.gql<{ registerWebhook: { webhook: { id: string } } }>(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`,
      { input: { url: receiver.url, eventKinds: ['OBLIGATION_DUE'] } },
      { party: 'VALENCE', role: 'ADMIN' },
    );
    expect(other.errors).toBeUndefined();
    // Five invoices of Monday 4 May 2026, due Wednesday 3 June: five 30-day reminders for
    // Valence on 4 May.
    for (let i = 1; i <= 5; i += 1) await invoice('2026-05-04', `P-${i}`);
    const database = (t.appDb.options as { url: string }).url.split('/').pop()!.split('?')[0];
    const second = createDataSource(withDatabase(process.env.TEST_PG_APP_URL!, database), {
      poolSize: 3,
    });
    await second.initialize();
    try {
      const before = receiver.received.length;
      const now = at('2026-05-04T01:00:00Z');
      const reports = await Promise.all(
        [t.appDb, second].map((db) => runAlertScan(db, t.config, { today: '2026-05-04', now })),
      );
      expect(reports.reduce((sum, r) => sum + r.webhookDeliveriesQueued, 0)).toBe(5);
      const rounds = await Promise.all(
        [t.appDb, second, t.appDb, second].map((db) => deliverWebhooks(db, t.config.alerts, now)),
      );
      expect(rounds.reduce((sum, r) => sum + r.delivered, 0)).toBe(5);
      const delivered = receiver.received.slice(before).map((r) => JSON.parse(r.body).deliveryId);
      expect(delivered).toHaveLength(5);
      expect(new Set(delivered).size).toBe(5);
    } finally {
      await second.destroy();
    }
  });
});
