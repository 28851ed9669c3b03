import type { PartyCode, Role } from '../../src/domain/parties';
import { ContractEntity } from '../../src/entities';
import { errorCodes, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { insertSublicence } from '../support/sublicence';

/**
 * What a client can rely on when it builds on the API. Every create-type mutation retries
 * safely: replayed with the same key and input it returns the first result and creates nothing
 * (no row, no audit event); the same key with another input is a CONFLICT. A failing mutation
 * nulls only its own field. Ids are one type in and out. Each case works on a sublicence of
 * its own under the TIC.
 */
let t: TestApp;
let ticId: string;
beforeAll(async () => {
  t = await startTestApp({ today: '2026-07-01' });
  ticId = (await t.db.getRepository(ContractEntity).findOneByOrFail({ code: 'TIC' })).id;
});
afterAll(() => t.close());

const legal = (party: PartyCode) => ({ party, role: 'LEGAL' as const });

let sublicences = 0;
/** An effective sublicence under the TIC between Valence and the Licensee. */
function sublicence(): Promise<string> {
  sublicences += 1;
  return insertSublicence(t.db, ticId, `SUB-IDEM-${sublicences}`);
}

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const breachNotice = (contractId: string) => ({
  contractId,
  recipients: ['JV'],
  kind: 'BREACH',
  method: 'COURIER',
  sentAt: '2026-06-01T18:00:00Z',
  confirmationReceived: false,
  subject: 'Breach of TIC 6.3',
  breachedArticle: 'TIC 6.3',
});

let invoices = 0;
let items = 0;

interface Case {
  mutation: string;
  inputType: string;
  /** The rows it creates, counted to show a replay creates none. */
  table: string;
  as: PartyCode;
  role?: Role;
  /** A valid input (without key) on fresh records, and the field a conflicting replay changes. */
  input: () => Promise<Record<string, unknown>>;
  change: string;
}

const CASES: Case[] = [
  {
    mutation: 'proposeAmendment',
    inputType: 'ProposeAmendmentInput',
    table: 'amendment',
    as: 'VALENCE',
    input: async () => ({ contractId: await sublicence(), title: 'Scope', text: 'Art. 1 reads' }),
    change: 'title',
  },
  {
    mutation: 'recordNotice',
    inputType: 'RecordNoticeInput',
    table: 'notice',
    as: 'VALENCE',
    input: async () => breachNotice(await sublicence()),
    change: 'subject',
  },
  {
    mutation: 'recordEvent',
    inputType: 'RecordEventInput',
    table: 'contract_event',
    as: 'VALENCE',
    input: async () => {
      invoices += 1;
      return {
        contractId: ticId,
        kind: 'INVOICE',
        occurredOn: '2026-06-10',
        description: `Associated Expenses invoice IDEM-${invoices}`,
        amount: '900.00',
        currency: 'USD',
        reference: `IDEM-${invoices}`,
      };
    },
    change: 'description',
  },
  {
    mutation: 'proposeMutualTermination',
    inputType: 'ProposeMutualTerminationInput',
    table: 'mutual_termination',
    as: 'JV',
    input: async () => ({ contractId: await sublicence(), reason: 'No longer needed' }),
    change: 'reason',
  },
  {
    mutation: 'recordInsolvencyProceeding',
    inputType: 'RecordInsolvencyProceedingInput',
    table: 'insolvency_proceeding',
    as: 'JV',
    input: async () => ({
      contractId: await sublicence(),
      commencedOn: '2026-06-20',
      description: 'Receiver appointed',
    }),
    change: 'description',
  },
  {
    mutation: 'claimCure',
    inputType: 'ClaimCureInput',
    // A claim changes its notice; its audit event is what a duplicate would add.
    table: 'notice',
    as: 'JV',
    input: async () => {
      const { recordNotice } = ok(
        await t.gql<{ recordNotice: { id: string } }>(
          'mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }',
          { input: breachNotice(await sublicence()) },
          legal('VALENCE'),
        ),
      );
      return { noticeId: recordNotice.id, curedOn: '2026-06-15', evidence: 'Paid in full' };
    },
    change: 'evidence',
  },
  {
    mutation: 'runExportCheck',
    inputType: 'ExportCheckInput',
    table: 'export_check',
    as: 'VALENCE',
    role: 'COMPLIANCE',
    input: async () => ({
      items: [{ itemKind: 'PRODUCT', eccn: 'EAR99', description: 'Battery cells' }],
      releaseKind: 'EXPORT',
      destination: 'CN',
      parties: [
        { name: 'Baoding Fengfan-Valence Battery Co., Ltd.', country: 'CN', role: 'CONSIGNEE' },
      ],
      declaredEndUse: 'Manufacture of lithium-ion battery cells for electric buses',
    }),
    change: 'declaredEndUse',
  },
  {
    mutation: 'classifyItem',
    inputType: 'ClassifyItemInput',
    table: 'item_classification',
    as: 'VALENCE',
    role: 'COMPLIANCE',
    input: async () => {
      items += 1;
      return {
        itemKind: 'DOCUMENT',
        itemRef: `DOC-IDEM-${items}`,
        description: 'Cell assembly manual',
        eccn: 'EAR99',
        rationale: 'Published operating instructions',
      };
    },
    change: 'rationale',
  },
  {
    mutation: 'createExportLicense',
    inputType: 'CreateExportLicenseInput',
    table: 'export_licence',
    as: 'VALENCE',
    role: 'COMPLIANCE',
    input: async () => {
      items += 1;
      return {
        number: `D-IDEM-${items}`,
        agency: 'BIS',
        eccns: ['3E001'],
        destinations: ['CN'],
        consignees: [],
        endUsers: [],
        coveredParties: ['VALENCE'],
        validFrom: '2026-01-01',
        validTo: '2027-12-31',
        conditions: 'No reexport',
      };
    },
    change: 'conditions',
  },
  {
    mutation: 'createUser',
    inputType: 'CreateUserInput',
    table: 'app_user',
    as: 'VALENCE',
    role: 'ADMIN',
    input: async () => {
      items += 1;
      return { email: `retry.${items}@valence.example`, displayName: 'Retry', roles: ['VIEWER'] };
    },
    change: 'displayName',
  },
];

async function counts(c: Case): Promise<{ rows: number; audit: number }> {
  const [row] = (await t.db.query(
    `SELECT (SELECT count(*) FROM ${c.table})::int AS rows,
            (SELECT count(*) FROM audit_event)::int AS audit`,
  )) as Array<{ rows: number; audit: number }>;
  return row;
}

const send = (c: Case, input: Record<string, unknown>) =>
  t.gql<Record<string, { id: string }>>(
    `mutation($input: ${c.inputType}!) { ${c.mutation}(input: $input) { id } }`,
    { input },
    { party: c.as, role: c.role ?? 'LEGAL' },
  );

describe.each(CASES)('$mutation with an idempotency key', (c) => {
  it('a replay with the same key and input returns the first result and creates nothing', async () => {
    const input = { ...(await c.input()), idempotencyKey: `${c.mutation}-same` };
    const before = await counts(c);
    const first = ok(await send(c, input));
    const after = await counts(c);
    expect(after.audit).toBeGreaterThan(before.audit);
    const replay = ok(await send(c, input));
    expect(replay).toEqual(first);
    expect(await counts(c)).toEqual(after);
  });

  it('the same key with another input is a CONFLICT and creates nothing', async () => {
    const input: Record<string, unknown> = {
      ...(await c.input()),
      idempotencyKey: `${c.mutation}-other`,
    };
    ok(await send(c, input));
    const before = await counts(c);
    const other = await send(c, { ...input, [c.change]: `${String(input[c.change])} (changed)` });
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    expect(await counts(c)).toEqual(before);
  });
});

describe('an invoice is recorded once per contract (TIC 6.3)', () => {
  it('the same reference again, without a key, is a CONFLICT naming the reference', async () => {
    const contractId = ticId;
    const input = {
      contractId,
      kind: 'INVOICE',
      occurredOn: '2026-06-12',
      description: 'Associated Expenses invoice DUP-1',
      amount: '100.00',
      currency: 'USD',
      reference: 'DUP-1',
    };
    const RECORD = 'mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }';
    ok(await t.gql(RECORD, { input }, legal('VALENCE')));
    const obligations = async () =>
      ((await t.db.query(`SELECT count(*)::int AS n FROM obligation`)) as Array<{ n: number }>)[0]
        .n;
    const before = await obligations();
    const again = await t.gql(RECORD, { input: { ...input, amount: '200.00' } }, legal('VALENCE'));
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions).toMatchObject({ field: 'reference', article: 'TIC 6.3' });
    expect(await obligations()).toBe(before);
  });
});

describe('a request of two mutations whose second fails', () => {
  it('keeps the first one’s result, which committed: only the failing field is null', async () => {
    const contractId = await sublicence();
    const response = await t.gql<{ first: { id: string } | null; second: unknown }>(
      `mutation($ok: ProposeMutualTerminationInput!, $bad: ProposeMutualTerminationInput!) {
        first: proposeMutualTermination(input: $ok) { id }
        second: proposeMutualTermination(input: $bad) { id }
      }`,
      {
        ok: { contractId, reason: 'Both sides agree' },
        bad: { contractId: '00000000-0000-4000-8000-000000000000', reason: 'Unknown contract' },
      },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors![0].path).toEqual(['second']);
    expect(response.data!.second).toBeNull();
    const [row] = (await t.db.query(`SELECT contract_id FROM mutual_termination WHERE id = $1`, [
      response.data!.first!.id,
    ])) as Array<{ contract_id: string }>;
    expect(row.contract_id).toBe(contractId);
  });
});

describe('one id type in and out', () => {
  it('an id read from a result is passed back as an ID variable', async () => {
    const contractId = await sublicence();
    const { proposeMutualTermination } = ok(
      await t.gql<{ proposeMutualTermination: { id: string; contractId: string } }>(
        `mutation($input: ProposeMutualTerminationInput!) {
          proposeMutualTermination(input: $input) { id contractId }
        }`,
        { input: { contractId, reason: 'Both sides agree' } },
        legal('JV'),
      ),
    );
    const read = ok(
      await t.gql<{ contract: { mutualTerminations: Array<{ id: string }> } }>(
        'query($id: ID!) { contract(id: $id) { mutualTerminations { id } } }',
        { id: proposeMutualTermination.contractId },
        legal('JV'),
      ),
    );
    expect(read.contract.mutualTerminations).toEqual([{ id: proposeMutualTermination.id }]);
  });

  it('an input id that is not a UUID is BAD_USER_INPUT naming the field', async () => {
    const response = await t.gql(
      'mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }',
      { input: { contractId: 'SUB-1', reason: 'Both sides agree' } },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('contractId');
  });
});
