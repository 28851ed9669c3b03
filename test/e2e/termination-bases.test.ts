import type { PartyCode } from '../../src/domain/parties';
import { ContractEntity } from '../../src/entities';
import { errorCodes, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { insertSublicence } from '../support/sublicence';

/**
 * The bases of TIC 11.3 and TIC 11.1 through GraphQL, each on its own sublicence under the TIC
 * (governed by the TIC's clauses) so that every test terminates a contract of its own.
 */
let t: TestApp;
let ticId: string;
let jvcId: string;
beforeAll(async () => {
  t = await startTestApp();
  const contracts = t.db.getRepository(ContractEntity);
  ticId = (await contracts.findOneByOrFail({ code: 'TIC' })).id;
  jvcId = (await contracts.findOneByOrFail({ code: 'JVC' })).id;
});
afterAll(() => t.close());

const legal = (party: PartyCode) => ({ party, role: 'LEGAL' as const });

let sublicences = 0;
/** An effective sublicence under the TIC between Valence and the Licensee. */
function sublicence(): Promise<string> {
  sublicences += 1;
  return insertSublicence(t.db, ticId, `SUB-TB-${sublicences}`);
}

const TERMINATE = `mutation($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    status terminatedOn terminationArticle terminationBasis terminationBasisId
  }
}`;
const NOTICE = `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id sentOn breachedArticle } }`;
const INSOLVENCY = `mutation($input: RecordInsolvencyProceedingInput!) {
  recordInsolvencyProceeding(input: $input) { id debtorParty }
}`;
const DISMISSAL = `mutation($input: RecordInsolvencyDismissalInput!) {
  recordInsolvencyDismissal(input: $input) { id dismissedOn }
}`;

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function breachNotice(contractId: string, breachedArticle: string): Promise<string> {
  const { recordNotice } = ok(
    await t.gql<{ recordNotice: { id: string; sentOn: string } }>(
      NOTICE,
      {
        input: {
          contractId,
          recipients: ['JV'],
          kind: 'BREACH',
          method: 'COURIER',
          // 11:00 on 1 June in Nevada.
          sentAt: '2026-06-01T18:00:00Z',
          confirmationReceived: false,
          subject: `Breach of ${breachedArticle}`,
          breachedArticle,
        },
      },
      legal('VALENCE'),
    ),
  );
  expect(recordNotice.sentOn).toBe('2026-06-01');
  return recordNotice.id;
}

describe('TIC 11.3(b): Valence terminates at once for a breach of Art. 2, 8 or 10', () => {
  it('on its notice of a breach of TIC 2.4, from the notice’s date', async () => {
    const contractId = await sublicence();
    const noticeId = await breachNotice(contractId, 'TIC 2.4');
    const input = {
      contractId,
      terminatedOn: '2026-06-01',
      basis: 'PROTECTED_ARTICLE_BREACH',
      basisId: noticeId,
    };
    // The Licensee, a Party to the TIC, has no TIC 11.3 right.
    const byJv = await t.gql(TERMINATE, { input }, legal('JV'));
    expect(errorCodes(byJv)).toEqual(['FORBIDDEN']);
    expect(byJv.errors![0].extensions?.article).toBe('TIC 11.3');
    const early = await t.gql(
      TERMINATE,
      { input: { ...input, terminatedOn: '2026-05-31' } },
      legal('VALENCE'),
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions?.field).toBe('terminatedOn');

    expect(ok(await t.gql(TERMINATE, { input }, legal('VALENCE')))).toEqual({
      terminateContract: {
        status: 'TERMINATED',
        terminatedOn: '2026-06-01',
        terminationArticle: 'TIC 11.3(b)',
        terminationBasis: 'PROTECTED_ARTICLE_BREACH',
        terminationBasisId: noticeId,
      },
    });
  });

  it('not for a breach of an article outside Art. 2, 8 and 10: BAD_USER_INPUT on basisId', async () => {
    const contractId = await sublicence();
    const noticeId = await breachNotice(contractId, 'TIC 6.3');
    const response = await t.gql(
      TERMINATE,
      {
        input: {
          contractId,
          terminatedOn: '2026-06-01',
          basis: 'PROTECTED_ARTICLE_BREACH',
          basisId: noticeId,
        },
      },
      legal('VALENCE'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('basisId');
    expect(response.errors![0].message).toContain('TIC 11.3(b)');
  });
});

describe('TIC 11.3(a): the Licensee’s proceeding not dismissed within 60 calendar days', () => {
  it('commenced 20 March 2026: Valence may terminate from 20 May', async () => {
    const contractId = await sublicence();
    const { recordInsolvencyProceeding: proceeding } = ok(
      await t.gql<{ recordInsolvencyProceeding: { id: string; debtorParty: string } }>(
        INSOLVENCY,
        { input: { contractId, commencedOn: '2026-03-20', description: 'Receiver appointed' } },
        legal('JV'),
      ),
    );
    expect(proceeding.debtorParty).toBe('JV');
    const input = { contractId, basis: 'INSOLVENCY', basisId: proceeding.id };
    const early = await t.gql(
      TERMINATE,
      { input: { ...input, terminatedOn: '2026-05-19' } },
      legal('VALENCE'),
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(
      ok(
        await t.gql(
          TERMINATE,
          { input: { ...input, terminatedOn: '2026-05-20' } },
          legal('VALENCE'),
        ),
      ),
    ).toMatchObject({
      terminateContract: { status: 'TERMINATED', terminationArticle: 'TIC 11.3(a)' },
    });
  });

  it('dismissed on the 60th day: no right to terminate (CONFLICT)', async () => {
    const contractId = await sublicence();
    const { recordInsolvencyProceeding: proceeding } = ok(
      await t.gql<{ recordInsolvencyProceeding: { id: string } }>(
        INSOLVENCY,
        { input: { contractId, commencedOn: '2026-03-20', description: 'Petition' } },
        legal('VALENCE'),
      ),
    );
    ok(
      await t.gql(
        DISMISSAL,
        { input: { proceedingId: proceeding.id, dismissedOn: '2026-05-19' } },
        legal('JV'),
      ),
    );
    const response = await t.gql(
      TERMINATE,
      {
        input: {
          contractId,
          terminatedOn: '2026-06-01',
          basis: 'INSOLVENCY',
          basisId: proceeding.id,
        },
      },
      legal('VALENCE'),
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0].extensions?.article).toBe('TIC 11.3(a)');
  });

  it('is a TIC clause: no insolvency proceeding is recorded under the JVC', async () => {
    const response = await t.gql(
      INSOLVENCY,
      { input: { contractId: jvcId, commencedOn: '2026-03-20', description: 'Petition' } },
      legal('VALENCE'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('contractId');
  });
});

describe('TIC 11.1: termination by mutual agreement', () => {
  it('is not a basis of the JVC: a proposal under it is BAD_USER_INPUT', async () => {
    const response = await t.gql(
      `mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }`,
      { input: { contractId: jvcId, reason: 'Let us part' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('contractId');
  });

  it('a party signs only once, and the Licensee alone cannot end it', async () => {
    const contractId = await sublicence();
    const { proposeMutualTermination: proposal } = ok(
      await t.gql<{ proposeMutualTermination: { id: string } }>(
        `mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }`,
        { input: { contractId, reason: 'No longer needed' } },
        legal('JV'),
      ),
    );
    const SIGN = `mutation($input: SignMutualTerminationInput!) {
      signMutualTermination(input: $input) { effectiveOn signatures { party signedOn } }
    }`;
    const first = ok(
      await t.gql<{ signMutualTermination: unknown }>(
        SIGN,
        { input: { mutualTerminationId: proposal.id, signedOn: '2026-07-01' } },
        legal('JV'),
      ),
    );
    expect(first).toEqual({
      signMutualTermination: {
        effectiveOn: null,
        signatures: [{ party: 'JV', signedOn: '2026-07-01' }],
      },
    });
    const again = await t.gql(
      SIGN,
      { input: { mutualTerminationId: proposal.id, signedOn: '2026-07-02' } },
      legal('JV'),
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const last = ok(
      await t.gql<{ signMutualTermination: { effectiveOn: string } }>(
        SIGN,
        { input: { mutualTerminationId: proposal.id, signedOn: '2026-07-03' } },
        legal('VALENCE'),
      ),
    );
    expect(last.signMutualTermination.effectiveOn).toBe('2026-07-03');
    const contract = ok(
      await t.gql<{ contract: unknown }>(
        `query($id: ID!) { contract(id: $id) { status terminatedOn terminationArticle terminationBasis } }`,
        { id: contractId },
        legal('JV'),
      ),
    );
    expect(contract).toEqual({
      contract: {
        status: 'TERMINATED',
        terminatedOn: '2026-07-03',
        terminationArticle: 'TIC 11.1',
        terminationBasis: 'MUTUAL_AGREEMENT',
      },
    });
    // The record it rests on is read with the contract.
    const records = ok(
      await t.gql<{ contract: unknown }>(
        `query($id: ID!) { contract(id: $id) {
          mutualTerminations { id reason proposedParty effectiveOn signatures { party signedOn } }
          insolvencyProceedings { id }
        } }`,
        { id: contractId },
        legal('VALENCE'),
      ),
    );
    expect(records).toEqual({
      contract: {
        mutualTerminations: [
          {
            id: proposal.id,
            reason: 'No longer needed',
            proposedParty: 'JV',
            effectiveOn: '2026-07-03',
            signatures: [
              { party: 'JV', signedOn: '2026-07-01' },
              { party: 'VALENCE', signedOn: '2026-07-03' },
            ],
          },
        ],
        insolvencyProceedings: [],
      },
    });
    // A VIEWER reads deadlines, not these records (TIC 8.1).
    const viewer = await t.gql(
      `query($id: ID!) { contract(id: $id) { mutualTerminations { id } } }`,
      { id: contractId },
      { party: 'JV', role: 'VIEWER' },
    );
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
  });
});

describe('JVC Art. 104(2): a termination notice rests on a breach notice whose cure lapsed', () => {
  it('names the breach notice; refused before the cure period ended, accepted after', async () => {
    const { recordNotice: breach } = ok(
      await t.gql<{ recordNotice: { id: string } }>(
        NOTICE,
        {
          input: {
            contractId: jvcId,
            recipients: ['FENGFAN'],
            kind: 'BREACH',
            method: 'COURIER',
            // 1 June in Nevada: received 15 June; 60 days later is Friday 14 August.
            sentAt: '2026-06-01T18:00:00Z',
            confirmationReceived: false,
            subject: 'Capital contribution not made',
            languages: ['zh', 'en'],
          },
        },
        legal('VALENCE'),
      ),
    );
    const termination = (sentAt: string) =>
      t.gql<{ recordNotice: { id: string } }>(
        `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id basisNoticeId groundArticle } }`,
        {
          input: {
            contractId: jvcId,
            recipients: ['FENGFAN'],
            kind: 'TERMINATION',
            method: 'COURIER',
            sentAt,
            confirmationReceived: false,
            subject: 'Notice of termination under JVC Art. 104(2)',
            languages: ['zh', 'en'],
            groundArticle: 'JVC Art. 104(2)',
            basisNoticeId: breach.id,
          },
        },
        legal('VALENCE'),
      );
    const early = await termination('2026-08-14T18:00:00Z');
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0].extensions?.article).toBe('JVC Art. 104(2)');
    expect(ok(await termination('2026-08-15T18:00:00Z'))).toMatchObject({
      recordNotice: { basisNoticeId: breach.id, groundArticle: 'JVC Art. 104(2)' },
    });
  });
});

describe('what termination does to the obligations (TIC 11.2, 11.6)', () => {
  it('overdue duties stay MISSED; future ones survive by article and party, or close', async () => {
    const contractId = await sublicence();
    const insert = async (
      code: string,
      obligor: PartyCode,
      article: string,
      dueOn: string | null,
    ) => {
      const [row] = (await t.db.query(
        `INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties,
           description, article, due_rule, due_on)
         VALUES ($1, $2, $3, '{VALENCE,JV}', $2, $4, 'test', $5) RETURNING id`,
        [contractId, code, obligor, article, dueOn],
      )) as Array<{ id: string }>;
      return row.id;
    };
    const ids = {
      // Due before the termination and not performed: an accrued breach.
      overdueDelivery: await insert('delivery', 'VALENCE', 'TIC 7.1(a)', '2026-05-01'),
      // TIC 11.6 keeps the Licensee's Article 12 obligations, not Valence's.
      licenseeCompliance: await insert('jv-compliance', 'JV', 'TIC 12.1', null),
      valenceCompliance: await insert('valence-compliance', 'VALENCE', 'TIC 12.1', null),
      // TIC 8.7 keeps every party's Article 8 obligations.
      valenceConfidentiality: await insert('valence-confidentiality', 'VALENCE', 'TIC 8.1', null),
      futureDelivery: await insert('later-delivery', 'VALENCE', 'TIC 7.1(b)', '2026-07-01'),
    };
    const noticeId = await breachNotice(contractId, 'TIC 8.1');
    ok(
      await t.gql(
        TERMINATE,
        {
          input: {
            contractId,
            terminatedOn: '2026-06-02',
            basis: 'PROTECTED_ARTICLE_BREACH',
            basisId: noticeId,
          },
        },
        legal('VALENCE'),
      ),
    );
    const rows = (await t.db.query(
      `SELECT code, status, survives_until, closed_reason FROM obligation
       WHERE id = ANY($1::uuid[]) ORDER BY code`,
      [Object.values(ids)],
    )) as Array<{ code: string; status: string; closed_reason: string | null }>;
    expect(rows.map((r) => [r.code, r.status])).toEqual([
      ['delivery', 'OPEN'],
      ['jv-compliance', 'OPEN'],
      ['later-delivery', 'CLOSED'],
      ['valence-compliance', 'CLOSED'],
      ['valence-confidentiality', 'OPEN'],
    ]);
    expect(rows.find((r) => r.code === 'valence-compliance')!.closed_reason).toContain(
      'does not survive termination for VALENCE',
    );
  });
});
