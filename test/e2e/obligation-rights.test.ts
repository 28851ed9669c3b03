/**
 * What each beneficiary does about an obligation (waiver, acknowledgement, dispute) and the
 * recurring duties of JVC Art. 58 and 88, end to end through GraphQL. The server's today is
 * pinned to 30 June 2026; the JV was established on 10 February 2026.
 */
import type { PartyCode } from '../../src/domain/parties';
import type { Caller } from '../support/permission-matrix';
import { errorCodes, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

const TODAY = '2026-06-30';
let t: TestApp;
let jvc = '';
const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });

interface Obligation {
  id: string;
  code: string;
  status: string;
  dueOn: string | null;
  periodLabel: string | null;
  periodStartsOn: string | null;
  periodEndsOn: string | null;
  owedTo: PartyCode[];
  performanceStatus: string | null;
  performanceRecordedParty: PartyCode | null;
  waiverReason: string | null;
  beneficiaries: Array<{
    party: PartyCode;
    waived: boolean;
    stillOwed: boolean;
    waiverReason: string | null;
    performanceVerdict: string | null;
    verdictReason: string | null;
  }>;
}

const FIELDS = `id code status dueOn periodLabel periodStartsOn periodEndsOn owedTo performanceStatus
  performanceRecordedParty waiverReason
  beneficiaries { party waived stillOwed waiverReason performanceVerdict verdictReason }`;

const LIST = `query($filter: ObligationFilterInput, $first: Int!, $after: String) {
  obligations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor }
  }
}`;
const RECORD_EVENT = `mutation($input: RecordEventInput!) {
  recordEvent(input: $input) { id kind periodLabel }
}`;
const WAIVE = `mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) { ${FIELDS} } }`;
const MARK_MET = `mutation($input: MarkObligationMetInput!) {
  markObligationMet(input: $input) { ${FIELDS} }
}`;
const REVIEW = `mutation($input: ReviewPerformanceInput!) {
  reviewPerformance(input: $input) { ${FIELDS} }
}`;

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  [{ id: jvc }] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM contract WHERE code = 'JVC'`,
  );
  const established = await t.gql(
    RECORD_EVENT,
    {
      input: {
        contractId: jvc,
        kind: 'ESTABLISHMENT_DATE',
        occurredOn: '2026-02-10',
        description: 'Business License issued',
      },
    },
    legal('FENGFAN'),
  );
  expect(established.errors).toBeUndefined();
});
afterAll(() => t.close());

async function list(
  filter: Record<string, unknown>,
  as: Caller = legal('VALENCE'),
): Promise<Obligation[]> {
  const all: Obligation[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<{
      obligations: {
        edges: Array<{ node: Obligation }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }> = await t.gql(LIST, { filter: { contractId: jvc, ...filter }, first: 100, after }, as);
    expect(response.errors).toBeUndefined();
    all.push(...response.data!.obligations.edges.map((edge) => edge.node));
    if (!response.data!.obligations.pageInfo.hasNextPage) return all;
    after = response.data!.obligations.pageInfo.endCursor;
  }
}

async function instance(code: string): Promise<Obligation> {
  const found = (await list({ asOf: '2000-01-01' }, legal('JV'))).find((o) => o.code === code);
  expect(found).toBeDefined();
  return found!;
}

const MONTHLY = 'JVC-88-monthly-financial-report';
const QUARTERLY = 'JVC-88-quarterly-financial-report';

async function auditCount(): Promise<number> {
  const [{ count }] = await t.db.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM audit_event`,
  );
  return count;
}

describe('recurring duties (JVC Art. 58, 88): every period up to the as-of date', () => {
  it('has a monthly report for every month from February to today, each due a month after it ends', async () => {
    const monthly = (await list({ asOf: TODAY })).filter((o) => o.code.startsWith(`${MONTHLY}#`));
    expect(
      monthly.map((o) => [o.periodLabel, o.periodStartsOn, o.periodEndsOn, o.dueOn, o.status]),
    ).toEqual([
      // Saturday last days move to the Monday (PRC Civil Code Art. 203; JVC Art. 118).
      ['2026-02', '2026-02-01', '2026-02-28', '2026-03-30', 'MISSED'],
      ['2026-03', '2026-03-01', '2026-03-31', '2026-04-30', 'MISSED'],
      ['2026-04', '2026-04-01', '2026-04-30', '2026-06-01', 'MISSED'],
      // due today: not missed yet
      ['2026-05', '2026-05-01', '2026-05-31', '2026-06-30', 'OPEN'],
      ['2026-06', '2026-06-01', '2026-06-30', '2026-07-30', 'OPEN'],
    ]);
  });

  it('reading as of a later date materialises the periods up to it, and pages through them', async () => {
    const asOf = '2026-09-15';
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<{
        obligations: {
          edges: Array<{ node: Obligation }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }> = await t.gql(
        LIST,
        {
          filter: { contractId: jvc, asOf, dueFrom: '2026-08-01', dueTo: '2026-10-31' },
          first: 2,
          after,
        },
        legal('FENGFAN'),
      );
      expect(response.errors).toBeUndefined();
      codes.push(...response.data!.obligations.edges.map((edge) => edge.node.code));
      after = response.data!.obligations.pageInfo.hasNextPage
        ? response.data!.obligations.pageInfo.endCursor
        : null;
    } while (after);
    // July's report is due 30 August, August's 30 September, Q3's and September's 30 October.
    // (September's and the third quarter's share a due date; their order is the cursor's.)
    expect(codes.slice(0, 2)).toEqual([`${MONTHLY}#2026-07`, `${MONTHLY}#2026-08`]);
    expect(codes.slice(2).sort()).toEqual([`${MONTHLY}#2026-09`, `${QUARTERLY}#2026-Q3`]);
  });

  it('a report names the period it discharges; later periods exist whether or not earlier ones were met', async () => {
    const response = await t.gql<{ recordEvent: { periodLabel: string } }>(
      RECORD_EVENT,
      {
        input: {
          contractId: jvc,
          kind: 'MONTHLY_REPORT_FURNISHED',
          occurredOn: '2026-05-20',
          description: 'Unaudited report for April 2026',
          period: '2026-04',
        },
      },
      legal('JV'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.recordEvent.periodLabel).toBe('2026-04');
    expect(await instance(`${MONTHLY}#2026-04`)).toMatchObject({
      status: 'MET',
      performanceRecordedParty: 'JV',
      performanceStatus: 'UNREVIEWED',
    });
    // February's and March's reports stay owed, and missed.
    const feb = (await list({ asOf: TODAY }, legal('JV'))).find(
      (o) => o.code === `${MONTHLY}#2026-02`,
    );
    expect(feb).toMatchObject({ status: 'MISSED' });
  });

  it.each([
    ['no period', undefined],
    ['a period written wrongly', '2026/03'],
    ['a period before the Establishment Date', '2026-01'],
    ['a period that has not begun', '2026-07'],
  ])(
    'refuses a report with %s: BAD_USER_INPUT on period, nothing written',
    async (_label, period) => {
      const before = await auditCount();
      const response = await t.gql(
        RECORD_EVENT,
        {
          input: {
            contractId: jvc,
            kind: 'MONTHLY_REPORT_FURNISHED',
            occurredOn: '2026-06-10',
            description: 'Report',
            ...(period ? { period } : {}),
          },
        },
        legal('JV'),
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions?.field).toBe('period');
      expect(await auditCount()).toBe(before);
    },
  );
});

describe('waiver per beneficiary (TIC 13.7; JVC Art. 120)', () => {
  it("Fengfan's waiver of the March report leaves it owed to Valence; Valence's waiver completes it", async () => {
    const march = await instance(`${MONTHLY}#2026-03`);
    const first = await t.gql<{ waiveObligation: Obligation }>(
      WAIVE,
      { input: { obligationId: march.id, reason: 'Fengfan letter of 1 June 2026' } },
      legal('FENGFAN'),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.waiveObligation).toMatchObject({
      status: 'OPEN',
      owedTo: ['VALENCE'],
      waiverReason: null,
    });
    expect(first.data!.waiveObligation.beneficiaries).toEqual([
      expect.objectContaining({ party: 'FENGFAN', waived: true, stillOwed: false }),
      expect.objectContaining({ party: 'VALENCE', waived: false, stillOwed: true }),
    ]);
    // Still missed as to Valence, and listed as owed to Valence, not to Fengfan.
    const owedToValence = await list({ owedTo: 'VALENCE', asOf: TODAY });
    expect(owedToValence.find((o) => o.id === march.id)).toMatchObject({ status: 'MISSED' });
    const owedToFengfan = await list({ owedTo: 'FENGFAN', asOf: TODAY }, legal('FENGFAN'));
    expect(owedToFengfan.map((o) => o.id)).not.toContain(march.id);

    const again = await t.gql(
      WAIVE,
      { input: { obligationId: march.id, reason: 'Again' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const second = await t.gql<{ waiveObligation: Obligation }>(
      WAIVE,
      { input: { obligationId: march.id, reason: 'Valence letter of 2 June 2026' } },
      legal('VALENCE'),
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.waiveObligation).toMatchObject({
      status: 'WAIVED',
      owedTo: [],
      waiverReason: 'Valence letter of 2 June 2026',
    });
  });

  it('the obligor cannot waive what it owes: FORBIDDEN citing TIC 13.7', async () => {
    const may = await instance(`${MONTHLY}#2026-05`);
    const response = await t.gql(
      WAIVE,
      { input: { obligationId: may.id, reason: 'No' } },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(String(response.errors![0].extensions?.article)).toContain('TIC 13.7');
  });
});

describe('performance: recorded by the obligor, acknowledged or disputed by each beneficiary', () => {
  it('a disputed report shows DISPUTED and is found by that filter', async () => {
    const may = await instance(`${MONTHLY}#2026-05`);
    const met = await t.gql<{ markObligationMet: Obligation }>(
      MARK_MET,
      { input: { obligationId: may.id, metOn: '2026-06-15', evidence: 'Report for May 2026' } },
      legal('JV'),
    );
    expect(met.errors).toBeUndefined();
    expect(met.data!.markObligationMet).toMatchObject({
      status: 'MET',
      performanceStatus: 'UNREVIEWED',
      performanceRecordedParty: 'JV',
    });

    const obligorReview = await t.gql(
      REVIEW,
      { input: { obligationId: may.id, verdict: 'ACKNOWLEDGED' } },
      legal('JV'),
    );
    expect(errorCodes(obligorReview)).toEqual(['FORBIDDEN']);

    const noReason = await t.gql(
      REVIEW,
      { input: { obligationId: may.id, verdict: 'DISPUTED' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);

    const disputed = await t.gql<{ reviewPerformance: Obligation }>(
      REVIEW,
      { input: { obligationId: may.id, verdict: 'DISPUTED', reason: 'No balance sheet' } },
      legal('FENGFAN'),
    );
    expect(disputed.errors).toBeUndefined();
    expect(disputed.data!.reviewPerformance.performanceStatus).toBe('DISPUTED');
    const acknowledged = await t.gql<{ reviewPerformance: Obligation }>(
      REVIEW,
      { input: { obligationId: may.id, verdict: 'ACKNOWLEDGED' } },
      legal('VALENCE'),
    );
    expect(acknowledged.data!.reviewPerformance).toMatchObject({ performanceStatus: 'DISPUTED' });
    expect(acknowledged.data!.reviewPerformance.beneficiaries).toEqual([
      expect.objectContaining({
        party: 'FENGFAN',
        performanceVerdict: 'DISPUTED',
        verdictReason: 'No balance sheet',
      }),
      expect.objectContaining({ party: 'VALENCE', performanceVerdict: 'ACKNOWLEDGED' }),
    ]);
    expect((await list({ performance: 'DISPUTED' })).map((o) => o.id)).toEqual([may.id]);

    // The dispute settled: Fengfan acknowledges, and the performance is acknowledged by all.
    const settled = await t.gql<{ reviewPerformance: Obligation }>(
      REVIEW,
      { input: { obligationId: may.id, verdict: 'ACKNOWLEDGED' } },
      legal('FENGFAN'),
    );
    expect(settled.data!.reviewPerformance.performanceStatus).toBe('ACKNOWLEDGED');
    expect(await list({ performance: 'DISPUTED' })).toEqual([]);
    expect((await list({ performance: 'ACKNOWLEDGED' })).map((o) => o.id)).toEqual([may.id]);
  });

  it("a beneficiary records receipt: its own acknowledgement, the other's still to come", async () => {
    const june = await instance(`${MONTHLY}#2026-06`);
    const response = await t.gql<{ markObligationMet: Obligation }>(
      MARK_MET,
      { input: { obligationId: june.id, metOn: '2026-06-30', evidence: 'Received by e-mail' } },
      legal('VALENCE'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.markObligationMet).toMatchObject({
      performanceRecordedParty: 'VALENCE',
      performanceStatus: 'UNREVIEWED',
    });
    expect(response.data!.markObligationMet.beneficiaries).toEqual([
      expect.objectContaining({ party: 'FENGFAN', performanceVerdict: null }),
      expect.objectContaining({ party: 'VALENCE', performanceVerdict: 'ACKNOWLEDGED' }),
    ]);
  });

  it('a review of an obligation not performed is a CONFLICT', async () => {
    const feb = await instance(`${MONTHLY}#2026-02`);
    const response = await t.gql(
      REVIEW,
      { input: { obligationId: feb.id, verdict: 'ACKNOWLEDGED' } },
      legal('VALENCE'),
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('a mutation that fails after its first write leaves no row and no audit event', async () => {
    // Receipt recorded by a beneficiary writes the performance, then the beneficiary's
    // acknowledgement; make the second write fail.
    const q2 = await instance(`${QUARTERLY}#2026-Q1`);
    await t.db.query(`
      CREATE FUNCTION refuse_beneficiary_row() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
    await t.db.query(`
      CREATE TRIGGER refuse_beneficiary_row BEFORE INSERT ON obligation_beneficiary
      FOR EACH ROW EXECUTE FUNCTION refuse_beneficiary_row()`);
    try {
      const before = await auditCount();
      const response = await t.gql(
        MARK_MET,
        { input: { obligationId: q2.id, metOn: '2026-05-01', evidence: 'Received' } },
        legal('VALENCE'),
      );
      expect(response.errors).toBeDefined();
      expect(await auditCount()).toBe(before);
      expect(await instance(`${QUARTERLY}#2026-Q1`)).toMatchObject({
        status: 'OPEN',
        performanceRecordedParty: null,
      });
      const [{ count }] = await t.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM obligation_beneficiary WHERE obligation_id = $1`,
        [q2.id],
      );
      expect(count).toBe(0);
    } finally {
      await t.db.query(`DROP TRIGGER refuse_beneficiary_row ON obligation_beneficiary`);
      await t.db.query(`DROP FUNCTION refuse_beneficiary_row()`);
    }
  });
});

describe("a nonconformity notice (TIC 7.1): Valence's 20 days run from its deemed receipt", () => {
  const RECORD_NOTICE = `mutation($input: RecordNoticeInput!) {
    recordNotice(input: $input) { id kind senderParty recipientParties deemedReceivedOn }
  }`;
  let tic = '';
  beforeAll(async () => {
    [{ id: tic }] = await t.db.query<Array<{ id: string }>>(
      `SELECT id FROM contract WHERE code = 'TIC'`,
    );
  });
  const notice = (recipients: PartyCode[]) => ({
    input: {
      contractId: tic,
      recipients,
      kind: 'NONCONFORMITY',
      method: 'COURIER',
      // 3 June 2026 in Baoding and in Henderson alike.
      sentAt: '2026-06-03T12:00:00Z',
      confirmationReceived: false,
      subject: 'Exhibit D items 4 and 7 do not conform',
      languages: ['en'],
    },
  });

  it("is the Licensee's to send, to Valence alone", async () => {
    expect(errorCodes(await t.gql(RECORD_NOTICE, notice(['JV']), legal('VALENCE')))).toEqual([
      'FORBIDDEN',
    ]);
    const both = await t.gql(RECORD_NOTICE, notice(['VALENCE', 'FENGFAN']), legal('JV'));
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.errors![0].extensions?.field).toBe('recipients');
  });

  it('is no longer recorded as an event: BAD_USER_INPUT on kind', async () => {
    const response = await t.gql(
      RECORD_EVENT,
      {
        input: {
          contractId: tic,
          kind: 'NONCONFORMITY_NOTIFIED',
          occurredOn: '2026-06-03',
          description: 'Nonconformity',
        },
      },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('kind');
  });

  it("opens Valence's cure 20 days after its deemed receipt, seen by the JV and Valence only", async () => {
    const response = await t.gql<{ recordNotice: { id: string; deemedReceivedOn: string } }>(
      RECORD_NOTICE,
      notice(['VALENCE']),
      legal('JV'),
    );
    expect(response.errors).toBeUndefined();
    // Handed to the courier on 3 June: deemed received 14 days later (TIC 13.3).
    expect(response.data!.recordNotice.deemedReceivedOn).toBe('2026-06-17');
    const cure = (await list({ asOf: TODAY, contractId: tic }, legal('JV'))).filter((o) =>
      o.code.startsWith('TIC-7.1-nonconformity-cure#'),
    );
    // 17 June + 20 days = 7 July 2026.
    expect(cure.map((o) => [o.dueOn, o.status])).toEqual([['2026-07-07', 'OPEN']]);
    const asValence = await list({ asOf: TODAY, contractId: tic }, legal('VALENCE'));
    expect(asValence.map((o) => o.id)).toContain(cure[0].id);
    const asFengfan = await list({ asOf: TODAY, contractId: tic }, legal('FENGFAN'));
    expect(asFengfan.map((o) => o.id)).not.toContain(cure[0].id);
  });
});
