/**
 * No N+1 on the contracts-as-data relations: a page of contracts with their key terms, events,
 * status history, amendments (with signatures) and parent costs the same number of SQL
 * statements for one contract as for four.
 */
import type { PartyCode } from '../../src/domain/parties';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;

interface Fixture {
  code: string;
  parentCode: 'JVC' | 'TIC';
  parties: PartyCode[];
  keyTerms: Array<{ name: string; amount: string; article: string }>;
  events: Array<{ kind: string; occurredOn: string }>;
  /** Oldest first: DRAFT → SIGNED → EFFECTIVE. */
  statusChanges: Array<{ from: string; to: string; changedOn: string }>;
  amendments: Array<{ title: string; proposedAt: string; signedBy: PartyCode[] }>;
}

/** Codes that sort before JVC, so they are the first four contracts VALENCE sees. */
const FIXTURES: Fixture[] = [1, 2, 3, 4].map((n) => ({
  code: `BATCH-${n}`,
  parentCode: n % 2 === 1 ? 'JVC' : 'TIC',
  parties: n % 2 === 1 ? ['VALENCE', 'JV'] : ['VALENCE', 'FENGFAN', 'JV'],
  keyTerms: [
    { name: `Fixture fee ${n}`, amount: `${n}000`, article: `BATCH-${n} 1` },
    { name: `Fixture period ${n}`, amount: `${n}`, article: `BATCH-${n} 2` },
  ],
  events: [
    { kind: 'EFFECTIVE_DATE', occurredOn: `2025-0${n}-10` },
    { kind: 'INVOICE', occurredOn: `2025-0${n}-20` },
  ],
  statusChanges: [
    { from: 'DRAFT', to: 'SIGNED', changedOn: `2025-0${n}-01` },
    { from: 'SIGNED', to: 'EFFECTIVE', changedOn: `2025-0${n}-10` },
  ],
  amendments: [
    {
      title: `Amendment A of BATCH-${n}`,
      proposedAt: `2025-0${n}-11T00:00:00Z`,
      signedBy: ['VALENCE'],
    },
    {
      title: `Amendment B of BATCH-${n}`,
      proposedAt: `2025-0${n}-12T00:00:00Z`,
      signedBy: ['JV', 'VALENCE'],
    },
  ],
}));

beforeAll(async () => {
  // No user cache: the context looks the caller up on every request, so statement counts
  // do not depend on how long ago the previous request ran.
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' });
  const valenceLegal = await t.userId('VALENCE', 'LEGAL');
  for (const [index, fixture] of FIXTURES.entries()) {
    const [{ id }] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO contract (code, title, kind, parent_id, signed_on, status, effective_on)
       VALUES ($1, $2, 'TRADEMARK_LICENCE', (SELECT id FROM contract WHERE code = $3),
               '2025-01-01', 'EFFECTIVE', $4)
       RETURNING id`,
      [
        fixture.code,
        `batch fixture ${index + 1}`,
        fixture.parentCode,
        fixture.events[0].occurredOn,
      ],
    );
    for (const party of fixture.parties) {
      await t.db.query(
        `INSERT INTO contract_party (contract_id, party_code, role) VALUES ($1, $2, 'PARTY')`,
        [id, party],
      );
    }
    for (const term of fixture.keyTerms) {
      await t.db.query(
        `INSERT INTO key_term (contract_id, name, kind, amount, currency, article, quote)
         VALUES ($1, $2, 'MONEY', $3, 'USD', $4, 'fixture')`,
        [id, term.name, term.amount, term.article],
      );
    }
    for (const event of fixture.events) {
      await t.db.query(
        `INSERT INTO contract_event (contract_id, kind, occurred_on, description, recorded_by,
                                     recorded_party, concerned_parties)
         VALUES ($1, $2, $3, 'fixture event', $4, 'VALENCE', $5)`,
        [id, event.kind, event.occurredOn, valenceLegal, fixture.parties],
      );
    }
    for (const [position, change] of fixture.statusChanges.entries()) {
      await t.db.query(
        `INSERT INTO contract_status_change (contract_id, from_status, to_status, changed_on,
                                             article, reason, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, 'TIC 1.4', 'fixture', $5, $6)`,
        [
          id,
          change.from,
          change.to,
          change.changedOn,
          valenceLegal,
          `2025-01-01T00:00:0${position}Z`,
        ],
      );
    }
    for (const amendment of fixture.amendments) {
      const [{ id: amendmentId }] = await t.db.query<Array<{ id: string }>>(
        `INSERT INTO amendment (contract_id, title, text, proposed_by, proposed_party, proposed_at)
         VALUES ($1, $2, 'fixture text', $3, 'VALENCE', $4) RETURNING id`,
        [id, amendment.title, valenceLegal, amendment.proposedAt],
      );
      for (const party of amendment.signedBy) {
        await t.db.query(
          `INSERT INTO amendment_signature (amendment_id, party_code, signed_by, signed_on)
           VALUES ($1, $2, (SELECT id FROM app_user WHERE email = $3), '2025-06-01')`,
          [amendmentId, party, `legal@${party.toLowerCase()}.demo`],
        );
      }
    }
  }
});
afterAll(() => t.close());

const NESTED = `query Nested($first: Int!) {
  contracts(first: $first) { edges { node {
    code
    keyTerms { name }
    events { kind }
    statusHistory { toStatus }
    amendments { title signatures { party } }
    parent { code }
  } } }
}`;

interface NestedNode {
  code: string;
  keyTerms: Array<{ name: string }>;
  events: Array<{ kind: string }>;
  statusHistory: Array<{ toStatus: string }>;
  amendments: Array<{ title: string; signatures: Array<{ party: PartyCode }> }>;
  parent: { code: string } | null;
}

/** What the page shows of a fixture: its rows, in the order the API promises. */
function expected(fixture: Fixture): NestedNode {
  return {
    code: fixture.code,
    keyTerms: fixture.keyTerms.map((term) => ({ name: term.name })),
    events: fixture.events.map((event) => ({ kind: event.kind })),
    statusHistory: fixture.statusChanges.map((change) => ({ toStatus: change.to })),
    amendments: fixture.amendments.map((amendment) => ({
      title: amendment.title,
      signatures: amendment.signedBy.map((party) => ({ party })),
    })),
    parent: { code: fixture.parentCode },
  };
}

/** Signatures made on the same day come in no particular order: compare them as sets. */
function withSortedSignatures(node: NestedNode): NestedNode {
  return {
    ...node,
    amendments: node.amendments.map((amendment) => ({
      ...amendment,
      signatures: [...amendment.signatures].sort((a, b) => a.party.localeCompare(b.party)),
    })),
  };
}

async function statementsFor(first: number) {
  const token = await t.tokenFor('VALENCE', 'LEGAL');
  t.queries.reset();
  const { data, errors } = await t.gql<{ contracts: { edges: Array<{ node: NestedNode }> } }>(
    NESTED,
    { first },
    { token },
  );
  const count = t.queries.count;
  expect(errors).toBeUndefined();
  return { count, nodes: data!.contracts.edges.map((edge) => edge.node) };
}

describe('no N+1: contracts with key terms, events, status history, amendments and parent', () => {
  it('shows every relation of the fixtures', async () => {
    const four = await statementsFor(4);
    expect(four.nodes.map(withSortedSignatures)).toEqual(FIXTURES.map(expected));
  });

  it('costs as many SQL statements for 4 contracts (8 amendments) as for 1 (2 amendments)', async () => {
    const one = await statementsFor(1);
    const four = await statementsFor(4);
    expect(one.nodes.map((node) => node.code)).toEqual(['BATCH-1']);
    expect(four.nodes.map((node) => node.code)).toEqual(FIXTURES.map((f) => f.code));
    expect(four.count).toBe(one.count);
    // Ten today: the caller, the page, one per relation, the parents and the contracts again
    // (the governing-contract walk of the amendments), the parties and the signatures.
    expect(one.count).toBeLessThanOrEqual(12);
  });
});

describe('no N+1: the links of obligations and notices', () => {
  beforeAll(async () => {
    const recorder = await t.userId('VALENCE', 'LEGAL');
    for (const code of ['TIC', 'JVC', 'TIC', 'JVC']) {
      await t.db.query(
        `INSERT INTO notice (contract_id, sender_party, recipient_parties, kind, method, sent_at,
           sent_on, subject, recorded_by)
         VALUES ((SELECT id FROM contract WHERE code = $1), 'VALENCE', '{JV}', 'GENERAL',
           'COURIER', '2025-05-01T00:00:00Z', '2025-05-01', 'fixture', $2)`,
        [code, recorder],
      );
    }
  });

  const OBLIGATION_LINKS = `query Links($first: Int!) {
    obligations(first: $first, filter: { includeUndated: true },
                orderBy: { field: ARTICLE, direction: ASC }) {
      nodes { article contract { code } citedArticles { number contractId } }
    }
  }`;
  const NOTICE_LINKS = `query Links($first: Int!) { notices(first: $first) { nodes { contract { code } } } }`;

  async function statements<T>(document: string, first: number) {
    const token = await t.tokenFor('VALENCE', 'LEGAL');
    t.queries.reset();
    const response = await t.gql<T>(document, { first }, { token });
    expect(response.errors).toBeUndefined();
    // The status rule reads condition events (TIC 4.1) once for a page that holds a
    // conditional duty, which a page of one may not: that statement aside, counts are equal.
    const count = t.queries.statements.filter((sql) => !sql.includes('min(occurred_on)')).length;
    return { count, data: response.data! };
  }

  it('costs as many SQL statements for every obligation as for one, with its links', async () => {
    type Page = {
      obligations: { nodes: Array<{ contract: { code: string }; citedArticles: unknown[] }> };
    };
    const one = await statements<Page>(OBLIGATION_LINKS, 1);
    const all = await statements<Page>(OBLIGATION_LINKS, 100);
    expect(all.data.obligations.nodes.length).toBeGreaterThan(8);
    // Both contracts are linked, and cited, on the larger page, one on the smaller.
    expect(new Set(all.data.obligations.nodes.map((o) => o.contract.code))).toEqual(
      new Set(['TIC', 'JVC']),
    );
    expect(all.count).toBe(one.count);
    expect(one.count).toBeLessThanOrEqual(8);
  });

  it('costs as many SQL statements for four notices as for one, with their contract', async () => {
    type Page = { notices: { nodes: Array<{ contract: { code: string } }> } };
    const one = await statements<Page>(NOTICE_LINKS, 1);
    const four = await statements<Page>(NOTICE_LINKS, 4);
    expect(new Set(four.data.notices.nodes.map((n) => n.contract.code))).toEqual(
      new Set(['TIC', 'JVC']),
    );
    expect(four.count).toBe(one.count);
  });
});
