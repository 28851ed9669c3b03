/**
 * Every new field for every party × role: the expected grants are written out here (never
 * read from the policy), each denial is FORBIDDEN and cites its article.
 */
import { randomUUID } from 'node:crypto';
import { matrixCases, everyParty, type Grants } from '../../support/permission-matrix';
import { startTestApp, type TestApp } from '../../support/test-app';

type Field =
  | 'alerts'
  | 'webhooks'
  | 'webhookDeliveries'
  | 'registerWebhook'
  | 'rotateWebhookSecret'
  | 'deactivateWebhook'
  | 'runAlertScan';

const ALLOWED: Record<Field, Grants> = {
  alerts: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
  webhooks: everyParty(['ADMIN']),
  webhookDeliveries: everyParty(['ADMIN']),
  registerWebhook: everyParty(['ADMIN']),
  rotateWebhookSecret: everyParty(['ADMIN']),
  deactivateWebhook: everyParty(['ADMIN']),
  runAlertScan: everyParty(['ADMIN']),
};

const CITES: Record<Field, string> = {
  alerts: 'TIC 8.1(i)',
  webhooks: 'TIC 8.2',
  webhookDeliveries: 'TIC 8.2',
  registerWebhook: 'TIC 8.2',
  rotateWebhookSecret: 'TIC 8.2',
  deactivateWebhook: 'TIC 8.2',
  runAlertScan: 'TIC 11.2',
};

const OPERATIONS: Record<Field, string> = {
  alerts: `{ alerts(first: 5) { totalCount nodes { id kind title article link } } }`,
  webhooks: `{ webhooks(first: 5) { totalCount nodes { id url } } }`,
  webhookDeliveries: `{ webhookDeliveries(first: 5) { totalCount nodes { id status attemptLog { attempt } } } }`,
  registerWebhook: `mutation { registerWebhook(input: { url: "https://hooks.example.com/in", eventKinds: [OBLIGATION_DUE] }) { secret webhook { id } } }`,
  rotateWebhookSecret: `mutation { rotateWebhookSecret(id: "${randomUUID()}") { secret } }`,
  deactivateWebhook: `mutation { deactivateWebhook(id: "${randomUUID()}") { id } }`,
  runAlertScan: `mutation { runAlertScan { asOf alertsRaised } }`,
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-06-30' });
});
afterAll(() => t.close());

const FIELDS = Object.keys(ALLOWED) as Field[];

it.each(matrixCases(FIELDS, ALLOWED))(
  '$field as $party $role → $verdict',
  async ({ field, party, role, verdict }) => {
    const response = await t.gql(OPERATIONS[field], {}, { party, role });
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    if (verdict === 'FORBIDDEN') {
      expect(codes).toEqual(['FORBIDDEN']);
      expect(response.errors![0].extensions?.article).toEqual(
        expect.stringContaining(CITES[field]),
      );
    } else if (field === 'rotateWebhookSecret' || field === 'deactivateWebhook') {
      // Allowed through the policy; no webhook has that id (or none the party may see).
      expect(codes).toEqual(['NOT_FOUND']);
    } else {
      expect(response.errors).toBeUndefined();
    }
  },
);

it('asks a constant number of SQL statements for deliveries and their attempt logs', async () => {
  const registered = await t.gql<{ registerWebhook: { webhook: { id: string } } }>(
    `mutation { registerWebhook(input: { url: "https://hooks.example.com/n1", eventKinds: [LICENSE_EXPIRING] }) { webhook { id } } }`,
    {},
    { party: 'JV', role: 'ADMIN' },
  );
  const webhookId = registered.data!.registerWebhook.webhook.id;
  const count = async () => {
    t.queries.reset();
    const response = await t.gql(
      `{ webhookDeliveries(first: 50) { nodes { id attemptLog { attempt responseStatus } } } }`,
      {},
      { party: 'JV', role: 'ADMIN' },
    );
    expect(response.errors).toBeUndefined();
    return t.queries.count;
  };
  const addDeliveries = async (n: number) => {
    for (let i = 0; i < n; i += 1) {
      const [{ id: alertId }] = await t.db.query(
        `INSERT INTO alert (recipient_party, kind, record_type, record_id, occasion, title, article, link, raised_on)
         VALUES ('JV', 'LICENSE_EXPIRING', 'ExportLicense', gen_random_uuid(), 'x', 't', 'TIC 4.1', 'l', '2026-06-30')
         RETURNING id`,
      );
      const [{ id: deliveryId }] = await t.db.query(
        `INSERT INTO webhook_delivery (webhook_id, alert_id, party, next_attempt_at, attempts)
         VALUES ($1, $2, 'JV', now(), 2) RETURNING id`,
        [webhookId, alertId],
      );
      await t.db.query(
        `INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, response_status, duration_ms)
         VALUES ($1, 1, now(), 500, 3), ($1, 2, now(), 200, 3)`,
        [deliveryId],
      );
    }
  };
  await addDeliveries(2);
  const few = await count();
  await addDeliveries(10);
  expect(await count()).toBe(few);
});
