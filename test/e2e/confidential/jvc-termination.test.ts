/**
 * JVC Art. 96, 100: confidentiality under the JVC lasts the Contract Term and two years after an
 * early termination or dissolution; the registers recompute the date when the JVC is terminated
 * (here on its approved dissolution, JVC Art. 104(3), 105), while TIC items stay protected
 * without end (TIC 8.7).
 */
import { startTestApp, type TestApp } from '../../support/test-app';
import { as, contractId, ok, registerItem, type Item } from './support';

let t: TestApp;
let jvc: string;
let jvcItem: Item;
let ticItem: Item;

const ITEM = `query($id: ID!) { confidentialItem(id: $id) { protectedUntil protectionRule } }`;
const protection = async (id: string) =>
  ok(
    await t.gql<{ confidentialItem: { protectedUntil: string | null; protectionRule: string } }>(
      ITEM,
      { id },
      as('VALENCE', 'LEGAL'),
    ),
  ).confidentialItem;

beforeAll(async () => {
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' }, { today: '2026-09-20' });
  jvc = await contractId(t, 'JVC');
  const common = { basis: 'MARKED', disclosedOn: '2026-02-02', content: 'figures' };
  jvcItem = await registerItem(t, as('VALENCE', 'LEGAL'), {
    ...common,
    title: 'Valence cost model',
    summary: 'Cost model shared with Party A',
    receivingParty: 'FENGFAN',
    contractId: jvc,
    article: 'JVC Art. 96',
    category: 'FINANCIAL',
  });
  ticItem = await registerItem(t, as('VALENCE', 'LEGAL'), {
    ...common,
    title: 'Powder process window',
    summary: 'Process window of the powder line',
    receivingParty: 'JV',
    contractId: await contractId(t, 'TIC'),
    article: 'TIC 7.1(b)',
    category: 'PROCESS',
  });
});
afterAll(() => t.close());

it('protects a JVC item two years past the JVC’s early termination, a TIC item still without end', async () => {
  expect(await protection(jvcItem.id)).toEqual({
    protectedUntil: null,
    protectionRule: 'JVC Art. 96: during the Contract Term, which has not started',
  });
  // Fengfan's notice under Art. 104(3), handed over on 1 July 2026 (received 15 July); the
  // Art. 105 window closed on 14 August; the Authority approved the dissolution on 10 September.
  const notice = ok(
    await t.gql<{ recordNotice: { id: string } }>(
      `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
      {
        input: {
          contractId: jvc,
          recipients: ['VALENCE'],
          kind: 'TERMINATION',
          method: 'COURIER',
          sentAt: '2026-07-01T02:00:00Z',
          confirmationReceived: false,
          subject: 'Notice of termination: Party B is unable to pay its debts',
          languages: ['zh', 'en'],
          groundArticle: 'JVC Art. 104(3)',
        },
      },
      as('FENGFAN', 'LEGAL'),
    ),
  ).recordNotice;
  const STEP = `mutation($input: RecordDissolutionStepInput!) { recordDissolutionStep(input: $input) { id } }`;
  ok(
    await t.gql(
      STEP,
      { input: { noticeId: notice.id, step: 'APPLICATION_SUBMITTED', on: '2026-08-17' } },
      as('FENGFAN', 'LEGAL'),
    ),
  );
  ok(
    await t.gql(
      STEP,
      { input: { noticeId: notice.id, step: 'APPROVED', on: '2026-09-10' } },
      as('VALENCE', 'LEGAL'),
    ),
  );
  ok(
    await t.gql(
      `mutation($input: TerminateContractInput!) { terminateContract(input: $input) { status } }`,
      {
        input: {
          contractId: jvc,
          terminatedOn: '2026-09-15',
          basis: 'JVC_DISSOLUTION',
          basisId: notice.id,
        },
      },
      as('FENGFAN', 'LEGAL'),
    ),
  );
  // Two years after 15 September 2026: the second anniversary, 15 September 2028.
  expect(await protection(jvcItem.id)).toEqual({
    protectedUntil: '2028-09-15',
    protectionRule: 'JVC Art. 96, 100: two years after the early termination on 2026-09-15',
  });
  expect(await protection(ticItem.id)).toEqual({
    protectedUntil: null,
    protectionRule: 'TIC 8.7: survives termination for any reason, without end',
  });
  // The change is on the audit trail, in the termination's transaction.
  const [audit] = await t.db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'recomputeProtection' AND entity_id = $1`,
    [jvcItem.id],
  );
  expect(audit.n).toBe(1);
});
