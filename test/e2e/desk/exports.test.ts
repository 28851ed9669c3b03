import { parse } from 'csv-parse/sync';
import path from 'node:path';
import type { PartyCode, Role } from '../../../src/domain/parties';
import { addDays } from '../../../src/rules/alerts/days';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { CALLERS, everyParty, type Caller, type Grants } from '../../support/permission-matrix';
import { recordBreachNotice, recordInvoice, succeeded as ok } from './seed';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * CSV and JSON-lines exports (issue 16), fetched over HTTP with a bearer token and parsed back.
 * The server's today is pinned to 2026-06-30. Worked by hand from the contracts:
 * - Valence invoices on 2026-03-10 and 2026-05-04; the JV pays within 30 days of each invoice
 *   date (TIC 6.3): by 2026-04-09 and 2026-06-03, both California business days (TIC 13.4).
 *   The JV records the second paid on 2026-06-01; the first is still open after its due date,
 *   so on 2026-06-30 it is MISSED, the second MET. Both bind the JV and are owed to Valence:
 *   Fengfan sees neither.
 * - Valence sends the JV a breach notice by courier on 2026-05-04 (California): deemed received
 *   14 days later, 2026-05-18 (TIC 13.3); the 60-day cure runs to July (TIC 11.2), so on
 *   2026-06-30 its clock is CURE_RUNNING. Sender and recipient see it; Fengfan does not.
 */
const TODAY = '2026-06-30';
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
let t: TestApp;
let base: string;
/** Export checks and audit events are stamped by the database's clock, not the pinned day. */
const WALL_DAY = new Date().toISOString().slice(0, 10);
const WALL_PERIOD = `from=${addDays({ date: WALL_DAY, days: -1 })}&to=${addDays({ date: WALL_DAY, days: 1 })}`;

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  base = await t.listen();
  const [tic] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  const invoice = (occurredOn: string, reference: string) =>
    recordInvoice(t, tic.id, {
      occurredOn,
      reference,
      description: `Associated Expenses invoice ${reference}`,
    });
  await invoice('2026-03-10', 'INV-EXP-1');
  await invoice('2026-05-04', 'INV-EXP-2');
  const [second] = await t.db.query(
    `SELECT id FROM obligation WHERE due_on = '2026-06-03' AND article = 'TIC 6.3'`,
  );
  await ok(
    t.gql(
      `mutation M($input: MarkObligationMetInput!) { markObligationMet(input: $input) { id } }`,
      { input: { obligationId: second.id, metOn: '2026-06-01', evidence: 'Bank transfer' } },
      { party: 'JV', role: 'LEGAL' },
    ),
  );
  await recordBreachNotice(t, tic.id, {
    sentAt: '2026-05-04T09:00:00-07:00',
    subject: 'Material breach: Associated Expenses unpaid',
  });
  // Two checks run by the JV, one with a possible Entity List match its COMPLIANCE clears.
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  const check = (destination: string, name: string) =>
    ok<{ runExportCheck: { id: string; matches: Array<{ key: string }> } }>(
      t.gql(
        `mutation C($input: ExportCheckInput!) { runExportCheck(input: $input) { id matches { key } } }`,
        {
          input: {
            items: [{ eccn: 'EAR99', description: 'Cell assembly work instructions' }],
            releaseKind: 'TRANSFER_IN_COUNTRY',
            destination,
            parties: [{ name, country: destination, role: 'END_USER' }],
            declaredEndUse: 'Manufacture of lithium-ion battery cells for electric buses',
          },
        },
        { party: 'JV', role: 'ENGINEER' },
      ),
    );
  await check('CN', 'Baoding Fengfan-Valence Battery Co., Ltd.');
  const pending = (await check('CN', 'Shugang Technology')).runExportCheck;
  await ok(
    t.gql(
      `mutation V($input: ReviewScreeningMatchInput!) { reviewScreeningMatch(input: $input) { id } }`,
      {
        input: {
          checkId: pending.id,
          matchKey: pending.matches[0].key,
          outcome: 'CLEARED',
          reason: 'A Baoding reseller, not the listed entity',
        },
      },
      { party: 'JV', role: 'COMPLIANCE' },
    ),
  );
});
afterAll(() => t.close());

async function download(
  file: string,
  query: string,
  as: Caller | null,
): Promise<{ status: number; headers: Headers; text: string }> {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${await t.tokenFor(as.party, as.role)}`;
  const response = await fetch(`${base}/exports/${file}?${query}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const csv = (text: string): Array<Record<string, string>> => parse(text, { columns: true });
const jsonLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('obligations met, missed and open in a period', () => {
  const PERIOD = 'from=2026-04-01&to=2026-06-30';

  it('streams CSV a spreadsheet reads back, with the status as of today', async () => {
    const answer = await download('obligations.csv', PERIOD, { party: 'VALENCE', role: 'LEGAL' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    // Streamed: sent in chunks as the cursor yields rows, never with a length known beforehand.
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="valence-obligations-2026-04-01-2026-06-30.csv"',
    );
    const rows = csv(answer.text);
    expect(
      rows.map(({ contract, article, obligor, beneficiaries, due_on, status, met_on }) => ({
        contract,
        article,
        obligor,
        beneficiaries,
        due_on,
        status,
        met_on,
      })),
    ).toEqual([
      {
        contract: 'TIC',
        article: 'TIC 6.3',
        obligor: 'JV',
        beneficiaries: 'VALENCE',
        due_on: '2026-04-09',
        status: 'MISSED',
        met_on: '',
      },
      {
        contract: 'TIC',
        article: 'TIC 6.3',
        obligor: 'JV',
        beneficiaries: 'VALENCE',
        due_on: '2026-06-03',
        status: 'MET',
        met_on: '2026-06-01',
      },
    ]);
    expect(rows.every((row) => row.status_as_of === TODAY)).toBe(true);
  });

  it('gives the same rows as JSON lines, and only the rows a party may see', async () => {
    const jv = jsonLines(
      (await download('obligations.jsonl', PERIOD, { party: 'JV', role: 'COMPLIANCE' })).text,
    );
    expect(jv.map((row) => [row.due_on, row.status, row.beneficiaries])).toEqual([
      ['2026-04-09', 'MISSED', ['VALENCE']],
      ['2026-06-03', 'MET', ['VALENCE']],
    ]);
    const fengfan = await download('obligations.csv', PERIOD, { party: 'FENGFAN', role: 'LEGAL' });
    expect(fengfan.status).toBe(200);
    expect(csv(fengfan.text)).toEqual([]);
    // The header is there even when no row is.
    expect(fengfan.text.split('\n')[0]).toMatch(/^id,contract,code,article,/);
  });

  it('leaves out what falls due outside the period', async () => {
    const april = jsonLines(
      (
        await download('obligations.jsonl', 'from=2026-04-10&to=2026-06-02', {
          party: 'VALENCE',
          role: 'ADMIN',
        })
      ).text,
    );
    expect(april).toEqual([]);
  });
});

describe('notices with their clocks', () => {
  it('lists the breach notice to its sender and recipient, with its clock, and not to Fengfan', async () => {
    for (const party of ['VALENCE', 'JV'] as PartyCode[]) {
      const rows = csv(
        (await download('notices.csv', 'from=2026-05-01&to=2026-05-31', { party, role: 'LEGAL' }))
          .text,
      );
      expect(
        rows.map(({ kind, sender, recipients, sent_on, deemed_received_on, clock, state }) => ({
          kind,
          sender,
          recipients,
          sent_on,
          deemed_received_on,
          clock,
          state,
        })),
      ).toEqual([
        {
          kind: 'BREACH',
          sender: 'VALENCE',
          recipients: 'JV',
          sent_on: '2026-05-04',
          deemed_received_on: '2026-05-18',
          clock: 'CURE',
          state: 'CURE_RUNNING',
        },
      ]);
    }
    const fengfan = await download('notices.csv', 'from=2026-05-01&to=2026-05-31', {
      party: 'FENGFAN',
      role: 'LEGAL',
    });
    expect(csv(fengfan.text)).toEqual([]);
  });
});

describe('export checks with decisions and reviews', () => {
  it('lists the checks the party ran, with every review, and none to a party that may not see them', async () => {
    const rows = jsonLines(
      (await download('export-checks.jsonl', WALL_PERIOD, { party: 'JV', role: 'COMPLIANCE' }))
        .text,
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.run_party === 'JV' && row.destination === 'CN')).toBe(true);
    const reviewed = rows.filter((row) => (row.reviews as unknown[]).length > 0);
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0].decision_at_run).toBe('NEEDS_REVIEW');
    expect(reviewed[0].reviews).toEqual([
      expect.objectContaining({
        outcome: 'CLEARED',
        reason: 'A Baoding reseller, not the listed entity',
      }),
    ]);
    // An EAR99 product check is not about Valence's Technology: only the JV sees it.
    for (const party of ['VALENCE', 'FENGFAN'] as PartyCode[]) {
      const other = await download('export-checks.csv', WALL_PERIOD, { party, role: 'COMPLIANCE' });
      expect(csv(other.text)).toEqual([]);
    }
  });
});

describe('the audit trail', () => {
  it("gives each party its own users' events only", async () => {
    const valence = csv(
      (await download('audit-events.csv', WALL_PERIOD, { party: 'VALENCE', role: 'ADMIN' })).text,
    );
    const operations = valence.map((row) => row.operation);
    expect(operations).toEqual(expect.arrayContaining(['recordEvent', 'recordNotice']));
    expect(valence.every((row) => row.actor_party === 'VALENCE')).toBe(true);
    expect(valence.find((row) => row.operation === 'recordNotice')?.actor).toBe(
      'legal@valence.demo',
    );
    const jv = csv(
      (await download('audit-events.csv', WALL_PERIOD, { party: 'JV', role: 'LEGAL' })).text,
    );
    expect(jv.map((row) => row.operation)).toEqual(
      expect.arrayContaining(['markObligationMet', 'runExportCheck', 'reviewScreeningMatch']),
    );
    expect(jv.every((row) => row.actor_party === 'JV')).toBe(true);
  });

  it('streams a trail far larger than a batch, every row once, in order', async () => {
    await t.db.query(
      `INSERT INTO audit_event (actor_party, operation, entity, entity_id, occurred_at)
       SELECT 'FENGFAN', 'bulk', 'Test', g::text, now() FROM generate_series(1, 20000) g`,
    );
    const rows = jsonLines(
      (await download('audit-events.jsonl', WALL_PERIOD, { party: 'FENGFAN', role: 'LEGAL' })).text,
    ).filter((row) => row.operation === 'bulk');
    expect(rows).toHaveLength(20000);
    expect(rows.map((row) => row.entity_id)).toEqual(
      Array.from({ length: 20000 }, (_, i) => String(i + 1)),
    );
  });
});

describe('a client that leaves mid-file', () => {
  it('closes the cursor and gives the connection back', async () => {
    await t.db.query(
      `INSERT INTO audit_event (actor_party, operation, entity, entity_id, occurred_at)
       SELECT 'FENGFAN', 'bulk-more', 'Test', g::text, now() FROM generate_series(1, 300000) g`,
    );
    const controller = new AbortController();
    const response = await fetch(`${base}/exports/audit-events.jsonl?${WALL_PERIOD}`, {
      headers: { authorization: `Bearer ${await t.tokenFor('FENGFAN', 'ADMIN')}` },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    controller.abort();
    // Soon no session of the application is still reading the trail.
    const reading = () =>
      t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND state <> 'idle' AND query LIKE '%audit_event%'`,
      );
    let still = 1;
    for (let i = 0; i < 50 && still > 0; i += 1) {
      [{ n: still }] = await reading();
      if (still > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(still).toBe(0);
    // And the next export is served as usual.
    const next = await download('obligations.csv', 'from=2026-04-01&to=2026-06-30', {
      party: 'VALENCE',
      role: 'LEGAL',
    });
    expect(csv(next.text)).toHaveLength(2);
  });
});

describe('bad requests', () => {
  it.each([
    ['contracts.csv', 'from=2026-01-01&to=2026-01-31', 'dataset'],
    ['obligations.xlsx', 'from=2026-01-01&to=2026-01-31', 'format'],
    ['obligations.csv', 'to=2026-01-31', 'from'],
    ['obligations.csv', 'from=2026-02-30&to=2026-03-31', 'from'],
    ['obligations.csv', 'from=2026-03-01&to=2026-02-01', 'to'],
  ])('%s?%s is BAD_USER_INPUT on %s', async (file, query, field) => {
    const answer = await download(file, query, { party: 'JV', role: 'LEGAL' });
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.text);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('who may export', () => {
  // Written out here, not read from the policy: a party's ADMIN, LEGAL and COMPLIANCE.
  const EXPORTERS: Grants = everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE'] as Role[]);

  it.each(CALLERS)('$party $role', async ({ party, role }) => {
    const answer = await download('obligations.csv', 'from=2026-04-01&to=2026-06-30', {
      party,
      role,
    });
    if (EXPORTERS[party].includes(role)) {
      expect(answer.status).toBe(200);
    } else {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text).errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        article: expect.stringContaining('TIC 8.2'),
      });
    }
  });

  // Each dataset also needs the rule that reads its rows through GraphQL, written out here:
  // deadlines for every role, notices and checks for LEGAL, COMPLIANCE and ENGINEER, the audit
  // trail for ADMIN and LEGAL (TIC 8.1(i), 8.2, 12.2).
  const READERS: Record<string, { roles: Role[]; article: string }> = {
    'obligations.csv': {
      roles: ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'],
      article: 'TIC 8.2',
    },
    'notices.csv': { roles: ['LEGAL', 'COMPLIANCE', 'ENGINEER'], article: 'TIC 8.1(i)' },
    'export-checks.csv': { roles: ['LEGAL', 'COMPLIANCE', 'ENGINEER'], article: 'TIC 12.2' },
    'audit-events.csv': { roles: ['ADMIN', 'LEGAL'], article: 'TIC 8.2' },
  };
  const datasetCases = Object.keys(READERS).flatMap((file) =>
    CALLERS.filter(({ party, role }) => EXPORTERS[party].includes(role)).map((caller) => ({
      file,
      ...caller,
    })),
  );

  it.each(datasetCases)('$file as $party $role', async ({ file, party, role }) => {
    const answer = await download(file, 'from=2026-04-01&to=2026-06-30', { party, role });
    if (READERS[file].roles.includes(role)) {
      expect(answer.status).toBe(200);
    } else {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text).errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        article: expect.stringContaining(READERS[file].article),
      });
    }
  });

  it('refuses a request without a token', async () => {
    const answer = await download('obligations.csv', 'from=2026-04-01&to=2026-06-30', null);
    expect(answer.status).toBe(401);
  });
});
