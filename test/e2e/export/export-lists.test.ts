import path from 'node:path';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { CALLERS, type Caller } from '../../support/permission-matrix';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';

/**
 * Export checks filtered and counted by their current decision (after reviews), ordered
 * across pages; licences by validity window; classifications ordered.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = new Date().toISOString().slice(0, 10);
const VALENCE_COMPLIANCE: Caller = { party: 'VALENCE', role: 'COMPLIANCE' };
const JV_ENGINEER: Caller = { party: 'JV', role: 'ENGINEER' };
const JV_COMPLIANCE: Caller = { party: 'JV', role: 'COMPLIANCE' };

let t: TestApp;
let reviewed: string;

interface Node {
  id: string;
  decision: string;
  decisionAtRun: string;
  destination: string;
}

async function run(input: Record<string, unknown>, caller: Caller) {
  const response = await t.gql<{
    runExportCheck: { id: string; matches: Array<{ key: string }> };
  }>(
    `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id matches { key } } }`,
    { input },
    caller,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.runExportCheck;
}

const civil = (destination: string, name = 'Baoding Fengfan-Valence Battery Co., Ltd.') => ({
  items: [{ eccn: 'EAR99', description: 'Cell assembly work instructions' }],
  releaseKind: 'EXPORT',
  destination,
  parties: [{ name, country: destination, role: 'END_USER' }],
  declaredEndUse: 'Manufacture of lithium-ion battery cells for electric buses',
});

function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  for (const destination of ['CN', 'DE', 'CN', 'JP']) await run(civil(destination), JV_ENGINEER);
  // A possible Entity List match waits for review; its COMPLIANCE then clears it.
  const pending = await run(
    { ...civil('CN', 'Shugang Technology'), releaseKind: 'TRANSFER_IN_COUNTRY' },
    JV_ENGINEER,
  );
  await run(
    { ...civil('CN', 'Shugang Technology'), releaseKind: 'TRANSFER_IN_COUNTRY' },
    JV_ENGINEER,
  );
  const cleared = await t.gql(
    `mutation($input: ReviewScreeningMatchInput!) { reviewScreeningMatch(input: $input) { id } }`,
    {
      input: {
        checkId: pending.id,
        matchKey: pending.matches[0].key,
        outcome: 'CLEARED',
        reason: 'A Baoding reseller, not the listed entity (business licence)',
      },
    },
    JV_COMPLIANCE,
  );
  expect(cleared.errors).toBeUndefined();
  reviewed = pending.id;
  for (const [number, validTo] of [
    ['D111111', isoDay(10)],
    ['D222222', isoDay(40)],
    ['D333333', isoDay(400)],
  ]) {
    const created = await t.gql(
      `mutation($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
      {
        input: {
          number,
          agency: 'BIS',
          eccns: ['3E001'],
          destinations: ['CN'],
          consignees: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
          endUsers: [],
          coveredParties: ['JV'],
          validFrom: isoDay(-30),
          validTo,
          conditions: 'None',
        },
      },
      VALENCE_COMPLIANCE,
    );
    expect(created.errors).toBeUndefined();
  }
});
afterAll(() => t.close());

async function checks(filter: Record<string, unknown>, caller: Caller = JV_ENGINEER) {
  const response = await t.gql<{ exportChecks: { totalCount: number; nodes: Node[] } }>(
    `query($filter: ExportCheckFilterInput) {
      exportChecks(first: 100, filter: $filter) {
        totalCount nodes { id decision decisionAtRun destination } } }`,
    { filter },
    caller,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.exportChecks;
}

describe('export checks by their current decision, after review', () => {
  it('filters by the decision after review, not the one at run time', async () => {
    const all = await checks({});
    expect(all.nodes).toHaveLength(6);
    const node = all.nodes.find((n) => n.id === reviewed)!;
    expect(node.decisionAtRun).toBe('NEEDS_REVIEW');
    expect(node.decision).not.toBe('NEEDS_REVIEW');
    for (const decision of new Set(all.nodes.map((n) => n.decision))) {
      const filtered = await checks({ decision });
      expect(filtered.nodes.map((n) => n.id).sort()).toEqual(
        all.nodes
          .filter((n) => n.decision === decision)
          .map((n) => n.id)
          .sort(),
      );
      expect(filtered.totalCount).toBe(filtered.nodes.length);
    }
    expect((await checks({ decision: 'NEEDS_REVIEW' })).nodes.map((n) => n.id)).not.toContain(
      reviewed,
    );
  });

  it('needsReview: the checks still waiting for a reviewer, and the others', async () => {
    const all = await checks({});
    const waiting = await checks({ needsReview: true });
    const done = await checks({ needsReview: false });
    expect(waiting.nodes.map((n) => n.id).sort()).toEqual(
      all.nodes
        .filter((n) => n.decision === 'NEEDS_REVIEW')
        .map((n) => n.id)
        .sort(),
    );
    expect(waiting.nodes).toHaveLength(1);
    expect(waiting.totalCount + done.totalCount).toBe(all.totalCount);
  });

  it('exportCheckCounts equal what listing and counting by hand gives', async () => {
    const all = await checks({});
    const response = await t.gql<{
      exportCheckCounts: Array<{ decision: string; destination: string; count: number }>;
    }>(
      `{ exportCheckCounts(groupBy: [DECISION, DESTINATION]) { decision destination count } }`,
      {},
      JV_ENGINEER,
    );
    expect(response.errors).toBeUndefined();
    const byHand = new Map<string, number>();
    for (const n of all.nodes) {
      const key = `${n.decision}|${n.destination}`;
      byHand.set(key, (byHand.get(key) ?? 0) + 1);
    }
    expect(
      new Map(
        response.data!.exportCheckCounts.map((c) => [`${c.decision}|${c.destination}`, c.count]),
      ),
    ).toEqual(byHand);
  });

  it('counts only the checks the caller may see: Fengfan ran none', async () => {
    const response = await t.gql<{ exportCheckCounts: Array<{ count: number }> }>(
      `{ exportCheckCounts(groupBy: []) { count } }`,
      {},
      { party: 'FENGFAN', role: 'COMPLIANCE' },
    );
    expect(response.data!.exportCheckCounts).toEqual([{ count: 0 }]);
  });
});

/** Walks a connection two rows a page under an order; returns the ids met, and the totals. */
async function walk(field: string, orderType: string, orderBy: unknown, caller: Caller) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response: { data?: Record<string, WalkPage> | null; errors?: unknown } = await t.gql<
      Record<string, WalkPage>
    >(
      `query($after: String, $orderBy: ${orderType}) {
        ${field}(first: 2, after: $after, orderBy: $orderBy) {
          totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after, orderBy },
      caller,
    );
    expect(response.errors).toBeUndefined();
    const connection: WalkPage = response.data![field];
    ids.push(...connection.nodes.map((n) => n.id));
    totals.add(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { ids, totals };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

interface WalkPage {
  totalCount: number;
  nodes: Array<{ id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('orderBy on the export connections, across pages', () => {
  it.each([
    ['exportChecks', 'ExportCheckOrder', ['RUN_AT', 'DESTINATION', 'DECISION'], JV_ENGINEER],
    ['exportLicenses', 'ExportLicenseOrder', ['NUMBER', 'VALID_TO'], VALENCE_COMPLIANCE],
    [
      'classifications',
      'ItemClassificationOrder',
      ['ITEM', 'ECCN', 'CLASSIFIED_AT'],
      VALENCE_COMPLIANCE,
    ],
  ] as const)(
    '%s: every order walks every row once, descending the reverse of ascending',
    async (field, type, orders, caller) => {
      const everything = await walk(field, type, null, caller);
      for (const order of orders) {
        const asc = await walk(field, type, { field: order, direction: 'ASC' }, caller);
        const desc = await walk(field, type, { field: order, direction: 'DESC' }, caller);
        for (const walked of [asc, desc]) {
          expect([...walked.ids].sort()).toEqual([...everything.ids].sort());
          expect(walked.totals).toEqual(new Set([everything.ids.length]));
        }
        expect(desc.ids).toEqual([...asc.ids].reverse());
      }
    },
  );
});

describe('licences by validity window', () => {
  it.each<[number, string[]]>([
    [5, []],
    [10, ['D111111']],
    [45, ['D111111', 'D222222']],
    [1000, ['D111111', 'D222222', 'D333333']],
  ])('expiring within %i days of today', async (days, numbers) => {
    const response = await t.gql<{
      exportLicenses: { totalCount: number; nodes: Array<{ number: string }> };
    }>(
      `query($filter: ExportLicenseFilterInput) {
        exportLicenses(first: 50, filter: $filter, orderBy: { field: VALID_TO, direction: ASC }) {
          totalCount nodes { number } } }`,
      { filter: { expiringWithinDays: days } },
      VALENCE_COMPLIANCE,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.exportLicenses.nodes.map((l) => l.number)).toEqual(numbers);
    expect(response.data!.exportLicenses.totalCount).toBe(numbers.length);
  });

  it('judged as of another day: a licence not yet in force, or expired, is not expiring', async () => {
    const response = await t.gql<{ exportLicenses: { nodes: Array<{ number: string }> } }>(
      `query($filter: ExportLicenseFilterInput) {
        exportLicenses(first: 50, filter: $filter) { nodes { number } } }`,
      { filter: { expiringWithinDays: 1000, asOf: isoDay(41) } },
      VALENCE_COMPLIANCE,
    );
    expect(response.data!.exportLicenses.nodes.map((l) => l.number)).toEqual(['D333333']);
  });
});

describe('exportCheckCounts permissions, every party × role', () => {
  // As exportChecks: LEGAL, COMPLIANCE and ENGINEER of every party (TIC 12.2; TIC 10.1); the
  // counts show no more than the list would.
  const ALLOWED = ['LEGAL', 'COMPLIANCE', 'ENGINEER'];
  it.each(CALLERS)('$party $role', async (as) => {
    const counts = await t.gql(`{ exportCheckCounts(groupBy: [DECISION]) { count } }`, {}, as);
    expect(errorCodes(counts)).toEqual(ALLOWED.includes(as.role) ? [] : ['FORBIDDEN']);
  });
});
