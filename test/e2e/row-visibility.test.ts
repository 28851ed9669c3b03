import type { PartyCode, Role } from '../../src/domain/parties';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/**
 * Rows are seen by the parties they are between (auth/visibility.ts), not by every party to
 * the contract: a TIC notice from the JV to Valence, and the cure it opens, describe
 * Technology Fengfan may not have (TIC 2.8) and pass between sender and recipient only
 * (TIC 13.3). VIEWER sees deadlines, not the evidence behind them (TIC 8.1(i)).
 */

let t: TestApp;
let ticId: string;
beforeAll(async () => {
  t = await startTestApp();
  const { data } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>(
    '{ contracts(first: 10) { edges { node { id code } } } }',
    {},
    { party: 'VALENCE', role: 'LEGAL' },
  );
  ticId = data!.contracts.edges.find((edge) => edge.node.code === 'TIC')!.node.id;
});
afterAll(() => t.close());

type Caller = { party: PartyCode; role: Role };
const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });

const RECORD_NOTICE = `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`;
const NOTICES = `query($contractId: ID) {
  notices(contractId: $contractId, first: 100) { edges { node { id } } } }`;
const OBLIGATIONS = `query($filter: ObligationFilterInput) {
  obligations(filter: $filter, first: 100) { edges { node { id code dueOn } } } }`;
const CLAIM_CURE = `mutation($input: ClaimCureInput!) { claimCure(input: $input) { id } }`;

describe('a TIC notice between the JV and Valence', () => {
  let noticeId: string;
  beforeAll(async () => {
    const response = await t.gql<{ recordNotice: { id: string } }>(
      RECORD_NOTICE,
      {
        input: {
          contractId: ticId,
          recipients: ['VALENCE'],
          kind: 'BREACH',
          method: 'COURIER',
          sentAt: '2026-03-02T02:00:00Z',
          confirmationReceived: false,
          subject: 'The delivered Technology Information does not conform (TIC 7.1)',
        },
      },
      legal('JV'),
    );
    expect(response.errors).toBeUndefined();
    noticeId = response.data!.recordNotice.id;
  });

  async function listedFor(caller: Caller): Promise<string[]> {
    const response = await t.gql<{ notices: { edges: Array<{ node: { id: string } }> } }>(
      NOTICES,
      { contractId: ticId },
      caller,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.notices.edges.map((edge) => edge.node.id);
  }

  it.each<[PartyCode, boolean]>([
    ['JV', true],
    ['VALENCE', true],
    ['FENGFAN', false],
  ])('is listed for %s: %s', async (party, seen) => {
    for (const role of ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const) {
      const ids = await listedFor({ party, role });
      if (seen) expect(ids).toContain(noticeId);
      else expect(ids).not.toContain(noticeId);
    }
  });

  it('opens a cure obligation Fengfan does not see; Valence owes it, the JV is owed it', async () => {
    const cureOf = async (party: PartyCode) => {
      const response = await t.gql<{
        obligations: { edges: Array<{ node: { id: string; code: string } }> };
      }>(OBLIGATIONS, { filter: { contractId: ticId } }, legal(party));
      expect(response.errors).toBeUndefined();
      return response.data!.obligations.edges.filter((edge) =>
        edge.node.code.endsWith(`#${noticeId.slice(0, 8)}-VALENCE`),
      );
    };
    expect(await cureOf('VALENCE')).toHaveLength(1);
    expect(await cureOf('JV')).toHaveLength(1);
    expect(await cureOf('FENGFAN')).toHaveLength(0);
  });

  it('is NOT_FOUND for Fengfan when it claims a cure of it, like an id that does not exist', async () => {
    const input = { noticeId, curedOn: '2026-03-20', evidence: 'Conforming copy delivered' };
    const response = await t.gql(CLAIM_CURE, { input }, legal('FENGFAN'));
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    const unknown = await t.gql(
      CLAIM_CURE,
      { input: { ...input, noticeId: '00000000-0000-4000-8000-000000000000' } },
      legal('FENGFAN'),
    );
    expect(unknown.errors![0].message.replace(/[0-9a-f-]{36}/, 'ID')).toEqual(
      response.errors![0].message.replace(/[0-9a-f-]{36}/, 'ID'),
    );
  });
});

describe('VIEWER sees deadlines without the evidence behind them', () => {
  const QUERY = `query($filter: ObligationFilterInput) {
    obligations(filter: $filter, first: 5) { edges { node { code dueOn evidence } } } }`;

  it.each<[Role, boolean]>([
    ['VIEWER', false],
    ['LEGAL', true],
    ['COMPLIANCE', true],
    ['ENGINEER', true],
  ])('JV %s reads evidence: %s', async (role, reads) => {
    const response = await t.gql<{
      obligations: { edges: Array<{ node: { code: string; evidence: string | null } }> };
    }>(QUERY, { filter: { includeUndated: true } }, { party: 'JV', role });
    if (reads) {
      expect(response.errors).toBeUndefined();
    } else {
      expect(errorCodes(response).length).toBeGreaterThan(0);
      expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
      expect(response.errors![0].path).toEqual(['obligations', 'edges', 0, 'node', 'evidence']);
    }
    // The deadlines themselves are listed either way.
    const codes = response.data!.obligations.edges.map((edge) => edge.node.code);
    expect(codes.length).toBeGreaterThan(0);
  });
});
