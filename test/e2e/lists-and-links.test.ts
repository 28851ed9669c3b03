import type { PartyCode, Role } from '../../src/domain/parties';
import { CALLERS, type Caller } from '../support/permission-matrix';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const LEGAL = { party: 'VALENCE', role: 'LEGAL' } as const;
const ADMIN = { party: 'VALENCE', role: 'ADMIN' } as const;

async function contractId(code: string): Promise<string> {
  const [row] = await t.db.query<Array<{ id: string }>>('SELECT id FROM contract WHERE code = $1', [
    code,
  ]);
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const tic = await contractId('TIC');
  const jvc = await contractId('JVC');
  const recorder = await t.userId('VALENCE', 'LEGAL');
  // Notices with ties on every sortable field (same instant, same kind, no receipt), so a
  // page boundary falls between equal values and only the id can order them.
  const notices: Array<[string, string, string, string | null]> = [
    [tic, 'BREACH', '2025-03-01T08:00:00.123456Z', '2025-03-15'],
    [tic, 'BREACH', '2025-03-01T08:00:00.123456Z', '2025-03-15'],
    [tic, 'GENERAL', '2025-02-01T08:00:00Z', null],
    [jvc, 'TERMINATION', '2025-04-01T08:00:00Z', '2025-04-02'],
    [jvc, 'GENERAL', '2025-03-01T08:00:00.123456Z', null],
  ];
  for (const [contract, kind, sentAt, receivedOn] of notices) {
    await t.db.query(
      `INSERT INTO notice (contract_id, sender_party, recipient_parties, kind, method, sent_at,
         sent_on, deemed_received_on, subject, recorded_by)
       VALUES ($1, 'VALENCE', '{JV,FENGFAN}', $2, 'COURIER', $3, $3::timestamptz::date, $4,
         'fixture', $5)`,
      [contract, kind, sentAt, receivedOn, recorder],
    );
  }
  for (const [i, operation] of ['b', 'a', 'b', 'c', 'a'].entries()) {
    await t.db.query(
      `INSERT INTO audit_event (occurred_at, actor_party, operation, entity, entity_id)
       VALUES ($1, 'VALENCE', $2, 'Fixture', $3)`,
      [i < 3 ? '2025-01-01T00:00:00.000500Z' : `2025-01-0${i}T00:00:00Z`, operation, String(i)],
    );
  }
});
afterAll(() => t.close());

interface Walked {
  ids: string[];
  values: unknown[];
  totals: number[];
}

/**
 * Reads a whole connection two rows a page under one order, and returns the ids and sort
 * values in the order met, with the totalCount every page reported.
 */
async function walk(
  field: string,
  args: string,
  valueField: string,
  orderBy: { field: string; direction: 'ASC' | 'DESC' } | null,
  as: Caller = LEGAL,
): Promise<Walked> {
  // Two contracts only: a page of one still crosses a page boundary.
  const size = field === 'contracts' ? 1 : 2;
  const document = `query($after: String, $orderBy: ${orderTypeOf(field)}) {
    ${field}(first: ${size}, after: $after, orderBy: $orderBy ${args}) {
      totalCount
      nodes { id ${valueField} }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const walked: Walked = { ids: [], values: [], totals: [] };
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const response: { data?: Record<string, Connection> | null; errors?: unknown } = await t.gql<
      Record<string, Connection>
    >(document, { after, orderBy }, as);
    expect(response.errors).toBeUndefined();
    const connection: Connection = response.data![field];
    walked.ids.push(...connection.nodes.map((node) => node.id));
    walked.values.push(...connection.nodes.map((node) => valueOf(node, valueField)));
    walked.totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return walked;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

interface Connection {
  totalCount: number;
  nodes: Array<Record<string, unknown> & { id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ORDER_TYPES: Record<string, string> = {
  contracts: 'ContractOrder',
  obligations: 'ObligationOrder',
  upcomingDeadlines: 'ObligationOrder',
  notices: 'NoticeOrder',
  users: 'UserOrder',
  auditEvents: 'AuditEventOrder',
};
const orderTypeOf = (field: string) => ORDER_TYPES[field];

function valueOf(node: Record<string, unknown>, valueField: string): unknown {
  return node[valueField.split(' ')[0]];
}

/** Nulls sort last ascending; every other value by its natural order. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return String(a) < String(b) ? -1 : 1;
}

const CASES: Array<{ field: string; args: string; orders: Array<[string, string]>; as?: Caller }> =
  [
    {
      field: 'contracts',
      args: '',
      orders: [
        ['CODE', 'code'],
        ['TITLE', 'title'],
        ['SIGNED_ON', 'signedOn'],
      ],
    },
    {
      field: 'obligations',
      args: ', filter: { includeUndated: true }',
      orders: [
        ['DUE_ON', 'dueOn'],
        ['CODE', 'code'],
        ['ARTICLE', 'article'],
      ],
    },
    {
      field: 'notices',
      args: '',
      orders: [
        ['SENT_AT', 'sentAt'],
        ['DEEMED_RECEIVED_ON', 'deemedReceivedOn'],
        ['KIND', 'kind'],
      ],
    },
    {
      field: 'users',
      args: '',
      as: ADMIN,
      orders: [
        ['EMAIL', 'email'],
        ['DISPLAY_NAME', 'displayName'],
        ['CREATED_AT', 'createdAt'],
      ],
    },
    {
      field: 'auditEvents',
      args: '',
      as: ADMIN,
      orders: [
        ['OCCURRED_AT', 'occurredAt'],
        ['OPERATION', 'operation'],
      ],
    },
  ];

describe('orderBy on every connection, across pages', () => {
  it.each(
    CASES.flatMap(({ field, args, orders, as }) =>
      orders.map(([order, valueField]) => ({ field, args, order, valueField, as })),
    ),
  )(
    '$field by $order: ascending and descending walk every row once, each the reverse of the other',
    async ({ field, args, order, valueField, as }) => {
      const everything = await walk(field, args, valueField, null, as);
      const ascending = await walk(field, args, valueField, { field: order, direction: 'ASC' }, as);
      const descending = await walk(
        field,
        args,
        valueField,
        { field: order, direction: 'DESC' },
        as,
      );
      const total = everything.ids.length;
      expect(total).toBeGreaterThan(1);
      for (const walked of [everything, ascending, descending]) {
        // No gaps, no repeats, and the same total on every page.
        expect(new Set(walked.ids).size).toBe(total);
        expect([...walked.ids].sort()).toEqual([...everything.ids].sort());
        expect(new Set(walked.totals)).toEqual(new Set([total]));
      }
      expect(ascending.values).toEqual([...ascending.values].sort(compare));
      // Ties are broken by id in the same direction: descending is ascending reversed.
      expect(descending.ids).toEqual([...ascending.ids].reverse());
    },
  );

  it('walks upcomingDeadlines, a connection now, in pages without cutting it', async () => {
    const args = ', within: 3660, asOf: "2024-01-01", includeOverdue: true';
    const walked = await walk('upcomingDeadlines', args, 'dueOn', null);
    const response = await t.gql<{ upcomingDeadlines: Connection }>(
      `{ upcomingDeadlines(first: 100 ${args}) { totalCount nodes { id dueOn } } }`,
      {},
      LEGAL,
    );
    expect(walked.ids).toEqual(response.data!.upcomingDeadlines.nodes.map((n) => n.id));
    expect(walked.totals.every((n) => n === walked.ids.length)).toBe(true);
  });

  it('refuses a cursor returned under another order: BAD_USER_INPUT on `after`', async () => {
    const first = await t.gql<{ obligations: Connection }>(
      `{ obligations(first: 1, filter: { includeUndated: true },
          orderBy: { field: CODE, direction: ASC }) {
          totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
      {},
      LEGAL,
    );
    const cursor = first.data!.obligations.pageInfo.endCursor;
    expect(cursor).not.toBeNull();
    for (const orderBy of [
      { field: 'CODE', direction: 'DESC' },
      { field: 'DUE_ON', direction: 'ASC' },
      null,
    ]) {
      const response = await t.gql(
        `query($after: String, $orderBy: ObligationOrder) {
          obligations(first: 1, after: $after, orderBy: $orderBy,
            filter: { includeUndated: true }) { nodes { id } } }`,
        { after: cursor, orderBy },
        LEGAL,
      );
      expect({ orderBy, codes: errorCodes(response) }).toEqual({
        orderBy,
        codes: ['BAD_USER_INPUT'],
      });
      expect(response.errors![0].extensions?.field).toBe('after');
    }
  });
});

describe('contracts(filter)', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['by code', { code: 'tic' }, ['TIC']],
    ['by kind', { kind: 'JOINT_VENTURE_CONTRACT' }, ['JVC']],
    ['by status', { status: 'SIGNED' }, ['JVC', 'TIC']],
    ['by a status none has', { status: 'TERMINATED' }, []],
    ['by every field', { code: 'JVC', kind: 'TECHNOLOGY_INVESTMENT' }, []],
  ])('%s', async (_name, filter, codes) => {
    const response = await t.gql<{
      contracts: { totalCount: number; nodes: Array<{ code: string }> };
    }>(
      `query($filter: ContractFilterInput) {
        contracts(first: 10, filter: $filter) { totalCount nodes { code } } }`,
      { filter },
      LEGAL,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.contracts.nodes.map((c) => c.code)).toEqual(codes);
    expect(response.data!.contracts.totalCount).toBe(codes.length);
  });

  it('counts an EFFECTIVE contract whose term has run out as EXPIRED (TIC 11.1)', async () => {
    await t.db.query(
      `UPDATE contract SET status = 'EFFECTIVE', term_starts_on = '2003-07-08' WHERE code = 'TIC'`,
    );
    try {
      const response = await t.gql<{ contracts: { nodes: Array<{ code: string }> } }>(
        `{ expired: contracts(first: 10, filter: { status: EXPIRED }) { nodes { code } }
           effective: contracts(first: 10, filter: { status: EFFECTIVE }) { nodes { code } } }`,
        {},
        LEGAL,
      );
      expect(response.data).toEqual({
        expired: { nodes: [{ code: 'TIC' }] },
        effective: { nodes: [] },
      });
    } finally {
      await t.db.query(
        `UPDATE contract SET status = 'SIGNED', term_starts_on = NULL WHERE code = 'TIC'`,
      );
    }
  });
});

interface ObligationRow {
  id: string;
  status: string;
  obligorParty: PartyCode | null;
  contractId: string;
}

describe('obligationCounts(groupBy, filter)', () => {
  const FILTER = { includeUndated: true, asOf: '2030-01-01' };

  async function listed(as: Caller): Promise<ObligationRow[]> {
    const response = await t.gql<{ obligations: { nodes: ObligationRow[] } }>(
      `query($filter: ObligationFilterInput) {
        obligations(first: 100, filter: $filter) { nodes { id status obligorParty contractId } } }`,
      { filter: FILTER },
      as,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.obligations.nodes;
  }

  it.each<Caller>([LEGAL, { party: 'FENGFAN', role: 'VIEWER' }, { party: 'JV', role: 'ENGINEER' }])(
    'equal what listing and counting by hand gives ($party $role)',
    async (as) => {
      const rows = await listed(as);
      const byHand = new Map<string, number>();
      for (const row of rows) {
        const key = `${row.status}|${row.obligorParty}|${row.contractId}`;
        byHand.set(key, (byHand.get(key) ?? 0) + 1);
      }
      const response = await t.gql<{
        grouped: Array<ObligationRow & { obligor: PartyCode | null; count: number }>;
        all: Array<{ status: string | null; count: number }>;
      }>(
        `query($filter: ObligationFilterInput) {
          grouped: obligationCounts(groupBy: [STATUS, OBLIGOR, CONTRACT], filter: $filter) {
            status obligor contractId count }
          all: obligationCounts(groupBy: [], filter: $filter) { status count } }`,
        { filter: FILTER },
        as,
      );
      expect(response.errors).toBeUndefined();
      const counted = new Map(
        response.data!.grouped.map((g) => [`${g.status}|${g.obligor}|${g.contractId}`, g.count]),
      );
      expect(counted).toEqual(byHand);
      expect(response.data!.all).toEqual([{ status: null, count: rows.length }]);
    },
  );

  it('counts by status only, with the filter applied', async () => {
    const rows = (await listed(LEGAL)).filter((row) => row.obligorParty === 'VALENCE');
    const response = await t.gql<{ obligationCounts: Array<{ status: string; count: number }> }>(
      `query($filter: ObligationFilterInput) {
        obligationCounts(groupBy: [STATUS], filter: $filter) { status obligor count } }`,
      { filter: { ...FILTER, obligor: 'VALENCE' } },
      LEGAL,
    );
    const byHand: Record<string, number> = {};
    for (const row of rows) byHand[row.status] = (byHand[row.status] ?? 0) + 1;
    expect(
      Object.fromEntries(response.data!.obligationCounts.map((g) => [g.status, g.count])),
    ).toEqual(byHand);
  });
});

describe('links instead of strings', () => {
  it('Obligation.contract and citedArticles: "TIC 7.1(b)" is article 7.1 of the TIC', async () => {
    const response = await t.gql<{
      obligations: {
        nodes: Array<{
          article: string;
          contract: { code: string };
          citedArticles: Array<{ number: string; contractId: string; heading: string | null }>;
        }>;
      };
    }>(
      `{ obligations(first: 100, filter: { includeUndated: true }) {
          nodes { article contract { code } citedArticles { number contractId heading } } } }`,
      {},
      LEGAL,
    );
    expect(response.errors).toBeUndefined();
    const tic = await contractId('TIC');
    const delivery = response.data!.obligations.nodes.find((o) => o.article === 'TIC 7.1(b)')!;
    expect(delivery.contract.code).toBe('TIC');
    expect(delivery.citedArticles.map((a) => [a.number, a.contractId])).toEqual([['7.1', tic]]);
    for (const node of response.data!.obligations.nodes) {
      expect(node.article.startsWith(node.contract.code)).toBe(true);
      expect(node.citedArticles.length).toBeGreaterThan(0);
    }
  });

  it('Notice.contract', async () => {
    const response = await t.gql<{
      notices: { nodes: Array<{ contractId: string; contract: { id: string; code: string } }> };
    }>(`{ notices(first: 100) { nodes { contractId contract { id code } } } }`, {}, LEGAL);
    expect(response.errors).toBeUndefined();
    for (const node of response.data!.notices.nodes) expect(node.contract.id).toBe(node.contractId);
  });
});

describe('permissions of the new fields, every party × role', () => {
  // obligationCounts reads what obligations lists (TIC 11.2; JVC Art. 104(2): every role);
  // the links read contracts (TIC 13.10; JVC Art. 124: every role) from rows already visible.
  it.each(CALLERS)('$party $role may count obligations and follow the links', async (as) => {
    const response = await t.gql(
      `{ obligationCounts(groupBy: [STATUS]) { count }
         obligations(first: 3) { nodes { contract { code } citedArticles { number } } } }`,
      {},
      as,
    );
    expect(response.errors).toBeUndefined();
  });

  it.each(CALLERS)('$party $role: Notice.contract as notices allow', async (as: Caller) => {
    const response = await t.gql(`{ notices(first: 3) { nodes { contract { code } } } }`, {}, as);
    const allowed = (['LEGAL', 'COMPLIANCE', 'ENGINEER'] as Role[]).includes(as.role);
    expect(errorCodes(response)).toEqual(allowed ? [] : ['FORBIDDEN']);
  });
});
