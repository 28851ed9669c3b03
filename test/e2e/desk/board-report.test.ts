import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { PartyCode, Role } from '../../../src/domain/parties';
import { todayAt } from '../../../src/services/clock';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { CALLERS, everyParty, type Caller, type Grants } from '../../support/permission-matrix';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  createJvLicence,
  recordBreachNotice,
  recordInvoice,
  runEndUserCheck,
  succeeded as ok,
} from './seed';

/**
 * The quarterly board report as a PDF (issue 16), its text extracted with pdf-parse. Today is
 * pinned to 2026-07-05, so the report names 2026-Q2 (1 April to 30 June) when asked for none.
 * Worked by hand:
 * - invoices of 2026-03-10 and 2026-05-04 fall due on 2026-04-09 and 2026-06-03 (TIC 6.3: 30
 *   days); the second is paid on 2026-06-01: one MISSED, one MET, both in Q2, the JV's to
 *   Valence (Fengfan sees neither);
 * - Valence's breach notice to the JV, by courier on 2026-05-04, deemed received on 2026-05-18
 *   (TIC 13.3): its 60-day cure (TIC 11.2) still runs on 2026-07-05 — CURE_RUNNING;
 * - a BIS licence valid through 2026 covering the JV: Valence's and the JV's, not Fengfan's;
 * - the JV's check of "Shugang Technology" waits for its reviewer (a possible Entity List match).
 */
const TODAY = '2026-07-05';
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  base = await t.listen();
  const [tic] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  await recordInvoice(t, tic.id, { occurredOn: '2026-03-10', reference: 'INV-B-1' });
  await recordInvoice(t, tic.id, { occurredOn: '2026-05-04', reference: 'INV-B-2' });
  const [paid] = await t.db.query(`SELECT id FROM obligation WHERE due_on = '2026-06-03'`);
  await ok(
    t.gql(
      `mutation M($input: MarkObligationMetInput!) { markObligationMet(input: $input) { id } }`,
      { input: { obligationId: paid.id, metOn: '2026-06-01', evidence: 'Bank transfer' } },
      { party: 'JV', role: 'LEGAL' },
    ),
  );
  await recordBreachNotice(t, tic.id, {
    sentAt: '2026-05-04T09:00:00-07:00',
    subject: 'Material breach',
  });
  await createJvLicence(t, { number: 'D765432', validFrom: '2026-01-01', validTo: '2026-12-31' });
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  await runEndUserCheck(
    t,
    { party: 'JV', role: 'ENGINEER' },
    {
      endUser: 'Shugang Technology',
      description: 'Cell assembly work instructions',
      releaseKind: 'TRANSFER_IN_COUNTRY',
      endUse: 'Manufacture of lithium-ion battery cells for electric buses',
    },
  );
});
afterAll(() => t.close());

async function report(
  as: Caller | null,
  query = '',
): Promise<{ status: number; type: string | null; body: Buffer }> {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${await t.tokenFor(as.party, as.role)}`;
  const response = await fetch(`${base}/reports/board.pdf${query}`, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The PDF's text (pdf-parse, in its own process: see pdf-text.mjs), white space folded. */
function textOf(pdf: Buffer): string {
  const script = path.join(__dirname, '../../support/pdf-text.mjs');
  const run = spawnSync(process.execPath, [script], { input: pdf, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdf-parse failed: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, ' ');
}

describe('the quarterly board report', () => {
  it("shows the JV's quarter: period, party, obligations met and missed, notices, licences, open reviews", async () => {
    const answer = await report({ party: 'JV', role: 'ADMIN' });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/pdf');
    expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(answer.body);
    for (const expected of [
      'Quarterly compliance report',
      'Party: JV',
      'Period: 2026-Q2 (2026-04-01 to 2026-06-30)',
      'Statuses as of 2026-07-05',
      'Obligations: 2 in all',
      'MET: 1',
      'MISSED: 1',
      'Missed (1): 2026-04-09 TIC TIC 6.3',
      'Met (1): 2026-06-01 TIC TIC 6.3',
      'Notices by kind: 1 in all BREACH: 1',
      'Notices by state: 1 in all CURE_RUNNING: 1',
      'D765432 (BIS) valid 2026-01-01 to 2026-12-31',
      'by JV for CN',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows Fengfan none of the JV's and Valence's records", async () => {
    const text = textOf((await report({ party: 'FENGFAN', role: 'LEGAL' })).body);
    expect(text).toContain('Party: FENGFAN');
    expect(text).toContain('Obligations: 0 in all');
    expect(text).toContain('Notices by kind: 0 in all');
    expect(text).not.toContain('D765432');
    expect(text).not.toContain('by JV for CN');
  });

  it('reports the quarter asked for, and refuses one that is not a quarter', async () => {
    const q1 = textOf(
      (await report({ party: 'VALENCE', role: 'COMPLIANCE' }, '?quarter=2026-Q1')).body,
    );
    expect(q1).toContain('Period: 2026-Q1 (2026-01-01 to 2026-03-31)');
    expect(q1).toContain('Obligations: 0 in all');
    for (const query of ['?quarter=2026-Q7', '?quarter=2026-Q1&quarter=2026-Q2']) {
      const bad = await report({ party: 'VALENCE', role: 'COMPLIANCE' }, query);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'quarter',
      });
    }
  });
});

describe('export checks in the report', () => {
  // A check is stamped by the database's clock, not the pinned day: ask for the wall clock's quarter.
  // (the contracts' calendar day of now: Asia/Shanghai, as the report reckons it).
  const day = todayAt(new Date());
  const quarter = `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

  it("counts the JV's check by its decision, and Fengfan none", async () => {
    const jv = textOf(
      (await report({ party: 'JV', role: 'COMPLIANCE' }, `?quarter=${quarter}`)).body,
    );
    expect(jv).toContain('Checks by decision: 1 in all NEEDS_REVIEW: 1');
    const fengfan = textOf(
      (await report({ party: 'FENGFAN', role: 'COMPLIANCE' }, `?quarter=${quarter}`)).body,
    );
    expect(fengfan).toContain('Checks by decision: 0 in all');
  });
});

describe('who may read the board report', () => {
  // Written out here, not read from the policy: a party's ADMIN, LEGAL and COMPLIANCE.
  const READERS: Grants = everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE'] as Role[]);

  it.each(CALLERS)('$party $role', async ({ party, role }: { party: PartyCode; role: Role }) => {
    const answer = await report({ party, role }, '?quarter=2026-Q2');
    if (READERS[party].includes(role)) {
      expect(answer.status).toBe(200);
    } else {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body.toString()).errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        article: expect.stringContaining('JVC Art. 58'),
      });
    }
  });

  it('refuses a request without a token', async () => {
    expect((await report(null)).status).toBe(401);
  });
});
