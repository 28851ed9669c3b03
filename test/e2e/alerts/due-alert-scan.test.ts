/**
 * The due-alert scan, driven directly with a date (no sleeps): reminders 30, 7 and 1 days
 * before a TIC 6.3 payment falls due, the day it becomes MISSED, a licence about to expire,
 * the end of a cure period — each raised once, for the parties that may see the record only.
 */
import type { PartyCode } from '../../../src/domain/parties';
import { runAlertScan } from '../../../src/services/alerts/scan.service';
import { startTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let tic: string;
let invoiceObligation: string;
let licence: string;
let breachNotice: string;

const scan = (today: string) =>
  runAlertScan(t.appDb, t.config, { today, now: new Date(`${today}T01:00:00Z`) });

async function alertsFor(recordId: string) {
  return t.db.query<
    Array<{
      recipient_party: PartyCode;
      kind: string;
      occasion: string;
      raised_on: string;
      article: string;
      link: string;
    }>
  >(
    `SELECT recipient_party, kind, occasion, raised_on::text, article, link FROM alert
      WHERE record_id = $1 ORDER BY raised_on, recipient_party`,
    [recordId],
  );
}

beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-06-30' });
  [{ id: tic }] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  // Valence invoices the Associated Expenses on Monday 10 March 2025: the JV pays within 30
  // days, by Wednesday 9 April 2025, a working day (TIC 6.2-6.3). The JV owes it, Valence is
  // owed it; Fengfan is neither and may not see it.
  const invoice = await t.gql<{ recordEvent: { id: string } }>(
    `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    {
      input: {
        contractId: tic,
        kind: 'INVOICE',
        occurredOn: '2025-03-10',
        description: 'Associated Expenses invoice A-1',
        amount: '100.00',
        currency: 'USD',
        reference: 'A-1',
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(invoice.errors).toBeUndefined();
  [{ id: invoiceObligation }] = await t.db.query(`SELECT id FROM obligation WHERE event_id = $1`, [
    invoice.data!.recordEvent.id,
  ]);
  const [{ due_on }] = await t.db.query(`SELECT due_on::text FROM obligation WHERE id = $1`, [
    invoiceObligation,
  ]);
  expect(due_on).toBe('2025-04-09');

  // A licence covering the JV, valid through Saturday 31 May 2025 (TIC 4.1).
  const created = await t.gql<{ createExportLicense: { id: string } }>(
    `mutation($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
    {
      input: {
        number: 'D700001',
        agency: 'BIS',
        eccns: ['3E001'],
        destinations: ['CN'],
        consignees: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
        endUsers: [],
        coveredParties: ['JV'],
        validFrom: '2024-06-01',
        validTo: '2025-05-31',
        conditions: 'None',
      },
    },
    { party: 'VALENCE', role: 'COMPLIANCE' },
  );
  expect(created.errors).toBeUndefined();
  licence = created.data!.createExportLicense.id;

  // Valence's breach notice to the JV under the TIC, by courier.
  const notice = await t.gql<{ recordNotice: { id: string } }>(
    `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
    {
      input: {
        contractId: tic,
        kind: 'BREACH',
        breachedArticle: 'TIC 7.1',
        recipients: ['JV'],
        method: 'COURIER',
        sentAt: '2025-03-03T10:00:00+08:00',
        confirmationReceived: false,
        subject: 'Late delivery',
        languages: ['en'],
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(notice.errors).toBeUndefined();
  breachNotice = notice.data!.recordNotice.id;
});
afterAll(() => t.close());

describe('reminders before a due date and the day it is missed', () => {
  it('raises the 30-day reminder on 10 March for the JV and Valence, not Fengfan', async () => {
    await scan('2025-03-10');
    expect(await alertsFor(invoiceObligation)).toEqual([
      expect.objectContaining({
        recipient_party: 'JV',
        kind: 'OBLIGATION_DUE',
        occasion: 'before-30',
        article: 'TIC 6.3',
      }),
      expect.objectContaining({
        recipient_party: 'VALENCE',
        kind: 'OBLIGATION_DUE',
        occasion: 'before-30',
      }),
    ]);
    expect((await alertsFor(invoiceObligation))[0].link).toBe(
      `/graphql#Obligation/${invoiceObligation}`,
    );
  });

  it('raises nothing new the next day, nor on a second scan of the same day', async () => {
    await scan('2025-03-10');
    await scan('2025-03-11');
    expect(await alertsFor(invoiceObligation)).toHaveLength(2);
  });

  it('raises the 7-day reminder on 2 April and the 1-day reminder on 8 April', async () => {
    await scan('2025-04-01');
    expect(await alertsFor(invoiceObligation)).toHaveLength(2);
    await scan('2025-04-02');
    await scan('2025-04-08');
    await scan('2025-04-09');
    const occasions = (await alertsFor(invoiceObligation)).map(
      (a) => `${a.recipient_party} ${a.occasion} ${a.raised_on}`,
    );
    expect(occasions).toEqual([
      'JV before-30 2025-03-10',
      'VALENCE before-30 2025-03-10',
      'JV before-7 2025-04-02',
      'VALENCE before-7 2025-04-02',
      'JV before-1 2025-04-08',
      'VALENCE before-1 2025-04-08',
    ]);
  });

  it('raises MISSED on 10 April, the day after the due date, once', async () => {
    await scan('2025-04-10');
    await scan('2025-04-11');
    const missed = (await alertsFor(invoiceObligation)).filter(
      (a) => a.kind === 'OBLIGATION_MISSED',
    );
    expect(missed).toEqual([
      expect.objectContaining({
        recipient_party: 'JV',
        occasion: 'missed',
        raised_on: '2025-04-10',
        article: 'TIC 6.3',
      }),
      expect.objectContaining({
        recipient_party: 'VALENCE',
        occasion: 'missed',
        raised_on: '2025-04-10',
      }),
    ]);
  });
});

describe('licences and clocks', () => {
  it('alerts Valence and the JV (covered), not Fengfan, 30 days before the licence ends', async () => {
    await scan('2025-04-30');
    expect(await alertsFor(licence)).toEqual([]);
    await scan('2025-05-01');
    expect(await alertsFor(licence)).toEqual([
      expect.objectContaining({
        recipient_party: 'JV',
        kind: 'LICENSE_EXPIRING',
        occasion: 'expires-2025-05-31',
        article: 'TIC 4.1',
      }),
      expect.objectContaining({ recipient_party: 'VALENCE', kind: 'LICENSE_EXPIRING' }),
    ]);
  });

  it('reminds the sender and the recipient, not Fengfan, 7 days before the cure period ends', async () => {
    // The cure period's last day is the day before the sender may terminate (TIC 11.2).
    const [{ last_day }] = await t.db.query(
      `SELECT (termination_from - 1)::text AS last_day FROM notice WHERE id = $1`,
      [breachNotice],
    );
    const sevenBefore = new Date(Date.parse(`${last_day}T00:00:00Z`) - 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const eightBefore = new Date(Date.parse(`${last_day}T00:00:00Z`) - 8 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await scan(eightBefore);
    expect(await alertsFor(breachNotice)).toEqual([]);
    await scan(sevenBefore);
    expect(await alertsFor(breachNotice)).toEqual([
      expect.objectContaining({
        recipient_party: 'JV',
        kind: 'CURE_PERIOD_ENDING',
        occasion: 'before-7',
        article: 'TIC 11.2',
      }),
      expect.objectContaining({
        recipient_party: 'VALENCE',
        kind: 'CURE_PERIOD_ENDING',
        occasion: 'before-7',
      }),
    ]);
  });
});

describe('what each party reads', () => {
  it('lists through GraphQL only the alerts raised for the caller’s party', async () => {
    const read = async (party: PartyCode) => {
      const response = await t.gql<{
        alerts: { totalCount: number; nodes: Array<{ recipientParty: string; recordId: string }> };
      }>(
        `{ alerts(first: 100) { totalCount nodes { recipientParty recordId } } }`,
        {},
        { party, role: 'LEGAL' },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.alerts;
    };
    const fengfan = await read('FENGFAN');
    expect(fengfan.nodes.map((n) => n.recordId)).not.toContain(invoiceObligation);
    expect(fengfan.nodes.map((n) => n.recordId)).not.toContain(licence);
    expect(fengfan.nodes.map((n) => n.recordId)).not.toContain(breachNotice);
    const jv = await read('JV');
    expect(jv.nodes.every((n) => n.recipientParty === 'JV')).toBe(true);
    expect(jv.nodes.filter((n) => n.recordId === invoiceObligation)).toHaveLength(4);
    expect(jv.totalCount).toBe(jv.nodes.length);
  });

  it('orders by due date and pages with cursors', async () => {
    const first = await t.gql<{
      alerts: {
        nodes: Array<{ dueOn: string | null }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(
      `{ alerts(first: 2, orderBy: { field: DUE_ON, direction: ASC }, filter: { kinds: [OBLIGATION_DUE] }) {
          nodes { dueOn } pageInfo { endCursor hasNextPage } } }`,
      {},
      { party: 'JV', role: 'LEGAL' },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.alerts.nodes).toEqual([{ dueOn: '2025-04-09' }, { dueOn: '2025-04-09' }]);
    expect(first.data!.alerts.pageInfo.hasNextPage).toBe(true);
  });
});

describe('on demand', () => {
  it("runs today's scan for an ADMIN, audited, raising nothing already raised", async () => {
    // The request's today is pinned to 30 June 2026: the invoice (due 9 April 2025) was missed
    // more than a week ago and the licence has expired, so nothing is new.
    const response = await t.gql<{ runAlertScan: Record<string, unknown> }>(
      `mutation { runAlertScan { asOf alertsRaised webhookDeliveriesQueued emailsQueued } }`,
      {},
      { party: 'FENGFAN', role: 'ADMIN' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.runAlertScan).toEqual({
      asOf: '2026-06-30',
      alertsRaised: 0,
      webhookDeliveriesQueued: 0,
      emailsQueued: 0,
    });
    const [{ events }] = await t.db.query(
      `SELECT count(*)::int AS events FROM audit_event
        WHERE operation = 'runAlertScan' AND actor_party = 'FENGFAN' AND entity_id = '2026-06-30'`,
    );
    expect(events).toBe(1);
  });
});
