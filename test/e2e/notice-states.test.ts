/**
 * notices(filter: { state, asOf }) and noticeCounts judge the state in SQL over the clock
 * dates stored with each notice; Notice.state judges it with the pure rule. The two must
 * agree on every notice and every date, so filtered pages and counts are exact.
 */
import type { PartyCode, Role } from '../../src/domain/parties';
import { CALLERS } from '../support/permission-matrix';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const legal = (party: PartyCode) => ({ party, role: 'LEGAL' as Role });
const STATES = [
  'OPEN',
  'CURE_RUNNING',
  'TERMINATION_RIGHT_AVAILABLE',
  'WINDOW_RUNNING',
  'SETTLED',
] as const;

async function contractId(code: string): Promise<string> {
  const [row] = await t.db.query<Array<{ id: string }>>('SELECT id FROM contract WHERE code = $1', [
    code,
  ]);
  return row.id;
}

async function record(input: Record<string, unknown>, as = legal('VALENCE')): Promise<string> {
  const response = await t.gql<{ recordNotice: { id: string } }>(
    `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
    {
      input: {
        recipients: ['JV'],
        method: 'COURIER',
        confirmationReceived: false,
        subject: 'Notice',
        languages: ['zh', 'en'],
        ...input,
      },
    },
    as,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.recordNotice.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const tic = await contractId('TIC');
  const jvc = await contractId('JVC');
  const sentAt = '2026-09-01T10:00:00+08:00';
  await record({ contractId: tic, kind: 'BREACH', sentAt, breachedArticle: 'TIC 7.1' });
  const cured = await record({ contractId: tic, kind: 'BREACH', sentAt });
  await record({ contractId: jvc, kind: 'BREACH', sentAt, recipients: ['FENGFAN'] });
  await record({
    contractId: jvc,
    kind: 'TERMINATION',
    sentAt,
    recipients: ['FENGFAN'],
    groundArticle: 'JVC Art. 104(6)',
  });
  await record({ contractId: jvc, kind: 'FORCE_MAJEURE', sentAt, recipients: ['FENGFAN'] });
  await record({ contractId: tic, kind: 'GENERAL', sentAt });
  // A fax without confirmation is never deemed received (TIC 13.3): its clock never starts.
  await record({ contractId: tic, kind: 'BREACH', sentAt, method: 'FAX' });
  const claim = await t.gql(
    `mutation($input: ClaimCureInput!) { claimCure(input: $input) { id } }`,
    { input: { noticeId: cured, curedOn: '2026-10-01', evidence: 'Remedied' } },
    legal('JV'),
  );
  expect(claim.errors).toBeUndefined();
  const accept = await t.gql(
    `mutation($input: AcceptCureInput!) { acceptCure(input: $input) { id } }`,
    { input: { noticeId: cured, acceptedOn: '2026-10-02' } },
    legal('VALENCE'),
  );
  expect(accept.errors).toBeUndefined();
});
afterAll(() => t.close());

interface StatedNotice {
  id: string;
  kind: string;
  contractId: string;
  state: string;
}

async function everyNotice(asOf: string): Promise<StatedNotice[]> {
  const response = await t.gql<{ notices: { nodes: StatedNotice[] } }>(
    `query($asOf: LocalDate) {
      notices(first: 100) { nodes { id kind contractId state(asOf: $asOf) } } }`,
    { asOf },
    legal('VALENCE'),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.notices.nodes;
}

describe('notices by state: the SQL filter agrees with the rule on every notice', () => {
  // Before receipt, during the cure periods and the window, and long after them.
  it.each(['2026-09-02', '2026-09-20', '2026-10-01', '2026-10-20', '2026-11-25', '2027-03-01'])(
    'as of %s',
    async (asOf) => {
      const notices = await everyNotice(asOf);
      expect(notices).toHaveLength(7);
      for (const state of STATES) {
        const response = await t.gql<{
          notices: { totalCount: number; nodes: Array<{ id: string }> };
        }>(
          `query($filter: NoticeFilterInput) {
            notices(first: 100, filter: $filter) { totalCount nodes { id } } }`,
          { filter: { state, asOf } },
          legal('VALENCE'),
        );
        expect(response.errors).toBeUndefined();
        const expected = notices.filter((n) => n.state === state).map((n) => n.id);
        expect({ state, ids: response.data!.notices.nodes.map((n) => n.id).sort() }).toEqual({
          state,
          ids: expected.sort(),
        });
        expect(response.data!.notices.totalCount).toBe(expected.length);
      }
      const counts = await t.gql<{ noticeCounts: Array<{ state: string; count: number }> }>(
        `query($asOf: LocalDate) {
          noticeCounts(groupBy: [STATE], filter: { asOf: $asOf }) { state count } }`,
        { asOf },
        legal('VALENCE'),
      );
      const byHand: Record<string, number> = {};
      for (const n of notices) byHand[n.state] = (byHand[n.state] ?? 0) + 1;
      expect(Object.fromEntries(counts.data!.noticeCounts.map((c) => [c.state, c.count]))).toEqual(
        byHand,
      );
    },
  );

  it('shows every state over the life of the notices', async () => {
    const seen = new Set<string>();
    for (const asOf of ['2026-09-02', '2026-09-20', '2026-10-20', '2027-03-01']) {
      for (const n of await everyNotice(asOf)) seen.add(n.state);
    }
    expect([...seen].sort()).toEqual([...STATES].sort());
  });

  it('counts by kind and contract with the state filter applied', async () => {
    const asOf = '2026-09-20';
    const notices = (await everyNotice(asOf)).filter((n) => n.state === 'OPEN');
    const response = await t.gql<{
      noticeCounts: Array<{ kind: string; contractId: string; state: null; count: number }>;
    }>(
      `query($asOf: LocalDate) { noticeCounts(groupBy: [KIND, CONTRACT],
          filter: { asOf: $asOf, state: OPEN }) { kind contractId state count } }`,
      { asOf },
      legal('VALENCE'),
    );
    const byHand = new Map<string, number>();
    for (const n of notices) {
      byHand.set(`${n.kind}|${n.contractId}`, (byHand.get(`${n.kind}|${n.contractId}`) ?? 0) + 1);
    }
    expect(
      new Map(response.data!.noticeCounts.map((c) => [`${c.kind}|${c.contractId}`, c.count])),
    ).toEqual(byHand);
    expect(response.data!.noticeCounts.every((c) => c.state === null)).toBe(true);
  });

  it('counts only the notices the caller may see: its own as sender or recipient', async () => {
    const fengfan = await t.gql<{ noticeCounts: Array<{ count: number }> }>(
      `{ noticeCounts(groupBy: []) { count } }`,
      {},
      legal('FENGFAN'),
    );
    // Fengfan received the three JVC notices only (TIC 13.3; JVC Art. 127).
    expect(fengfan.data!.noticeCounts).toEqual([{ count: 3 }]);
  });

  it.each(CALLERS)('noticeCounts: $party $role as notices allow', async (as) => {
    const response = await t.gql(`{ noticeCounts(groupBy: [STATE]) { count } }`, {}, as);
    const allowed = ['LEGAL', 'COMPLIANCE', 'ENGINEER'].includes(as.role);
    expect(errorCodes(response)).toEqual(allowed ? [] : ['FORBIDDEN']);
  });
});
