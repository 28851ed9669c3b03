import type { ContractPartyRole } from '../../src/domain/contracts';
import type { PartyCode, Role } from '../../src/domain/parties';
import { ContractEntity, ContractPartyEntity } from '../../src/entities';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';

/**
 * Notices end to end (TIC 13.3; JVC Art. 127): deemed receipt, and the clocks a notice starts —
 * the cure period of a breach notice (TIC 11.2; JVC Art. 104(2)), the negotiation window of a
 * JVC termination notice (JVC Art. 105), the evidence deadline of a force majeure claim
 * (JVC Art. 115). Every test records its own notices and reads back only those, so the tests
 * do not depend on each other's writes. Server "today" is after 2026-11-20: all notices are
 * sent before then, and every date-dependent answer is asked `asOf` a fixed date.
 */

let t: TestApp;
let contractIds: { TIC: string; JVC: string };
beforeAll(async () => {
  t = await startTestApp();
  const { data, errors } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>('{ contracts(first: 10) { edges { node { id code } } } }', {}, VALENCE_LEGAL);
  expect(errors).toBeUndefined();
  const byCode = new Map(data!.contracts.edges.map(({ node }) => [node.code, node.id]));
  contractIds = { TIC: byCode.get('TIC')!, JVC: byCode.get('JVC')! };
});
afterAll(() => t.close());

type Caller = { party: PartyCode; role: Role };
const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });
const VALENCE_LEGAL = legal('VALENCE');
const FENGFAN_LEGAL = legal('FENGFAN');
const JV_LEGAL = legal('JV');

interface Finding {
  code: string;
  article: string;
  status: 'PASS' | 'FAIL' | 'WARN' | 'INFO';
  message: string;
}

interface TerminationRight {
  available: boolean;
  from: string;
  article: string;
  reason: string;
}

interface NegotiationWindow {
  windowEndsOn: string;
  deemedTerminated: boolean;
  article: string;
  reason: string;
}

interface NoticeView {
  id: string;
  contractId: string;
  senderParty: PartyCode;
  recipientParties: PartyCode[];
  kind: string;
  method: string;
  sentAt: string;
  confirmationReceived: boolean;
  deemedReceivedOn: string | null;
  subject: string;
  languages: string[];
  findings: Finding[];
  curedOn: string | null;
  continuationAgreedOn: string | null;
  sentOn: string;
  cureClaimedOn: string | null;
  cureAnswer: 'ACCEPTED' | 'DISPUTED' | null;
  continuationSignatures: Array<{ party: PartyCode; signedOn: string }>;
  cureClock: {
    deadline: string;
    terminationFrom: string;
    byNoticeDate: { rolledOn: string; unrolledOn: string } | null;
    byReceipt: { rolledOn: string; unrolledOn: string };
  } | null;
  cureDeadline: string | null;
  evidenceDueOn: string | null;
  terminationRight: TerminationRight | null;
  negotiationWindow: NegotiationWindow | null;
}

interface ObligationView {
  id: string;
  code: string;
  obligorParty: PartyCode | null;
  beneficiaryParties: PartyCode[];
  article: string;
  triggerKind: string | null;
  dueOn: string | null;
  status: string;
  metOn: string | null;
  evidence: string | null;
}

interface NoticePage {
  edges: Array<{ cursor: string; node: NoticeView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface AuditEventView {
  operation: string;
  entity: string;
  entityId: string;
  actorParty: string;
  actorUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// `asOf` defaults to a fixed date so that no answer depends on the day the suite runs.
const NOTICE_FIELDS = `id contractId senderParty recipientParties kind method sentAt
  confirmationReceived deemedReceivedOn subject languages
  findings { code article status message }
  curedOn continuationAgreedOn cureDeadline evidenceDueOn sentOn
  cureClaimedOn cureAnswer continuationSignatures { party signedOn }
  cureClock { deadline terminationFrom byNoticeDate { rolledOn unrolledOn } byReceipt { rolledOn unrolledOn } }
  terminationRight(asOf: $asOf) { available from article reason }
  negotiationWindow(asOf: $asOf) { windowEndsOn deemedTerminated article reason }`;

const RECORD_NOTICE = `mutation RecordNotice($input: RecordNoticeInput!, $asOf: LocalDate = "2026-11-20") {
  recordNotice(input: $input) { ${NOTICE_FIELDS} }
}`;

const CLAIM_CURE = `mutation Claim($input: ClaimCureInput!, $asOf: LocalDate = "2026-11-20") {
  claimCure(input: $input) { ${NOTICE_FIELDS} }
}`;

const ACCEPT_CURE = `mutation Accept($input: AcceptCureInput!, $asOf: LocalDate = "2026-11-20") {
  acceptCure(input: $input) { ${NOTICE_FIELDS} }
}`;

const DISPUTE_CURE = `mutation Dispute($input: DisputeCureInput!, $asOf: LocalDate = "2026-11-20") {
  disputeCure(input: $input) { ${NOTICE_FIELDS} }
}`;

const SIGN_CONTINUATION = `mutation Continue($input: SignContinuationInput!, $asOf: LocalDate = "2026-11-20") {
  signContinuation(input: $input) { ${NOTICE_FIELDS} }
}`;

const NOTICES = `query Notices($contractId: ID, $first: Int, $after: String, $asOf: LocalDate = "2026-11-20") {
  notices(contractId: $contractId, first: $first, after: $after) {
    edges { cursor node { ${NOTICE_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const OBLIGATIONS = `query Obligations($filter: ObligationFilterInput) {
  obligations(filter: $filter, first: 100) {
    edges { node {
      id code obligorParty beneficiaryParties article triggerKind dueOn status metOn evidence
    } }
    pageInfo { hasNextPage }
  }
}`;

const AUDIT_EVENTS = `query Audit($filter: AuditEventFilterInput) {
  auditEvents(filter: $filter, first: 100) {
    edges { node { operation entity entityId actorParty actorUserId before after } }
  }
}`;

interface NoticeInput {
  contractId: string;
  recipients: PartyCode[];
  kind: 'BREACH' | 'TERMINATION' | 'FORCE_MAJEURE' | 'CONSULTATION_REQUEST' | 'GENERAL';
  method: 'COURIER' | 'POST' | 'FAX' | 'EMAIL';
  sentAt: string;
  confirmationReceived: boolean;
  subject: string;
  languages: string[];
  groundArticle?: string;
}

/** A notice input with plain defaults; every test states what matters to it. */
function noticeInput(overrides: Partial<NoticeInput> & Pick<NoticeInput, 'contractId'>) {
  return {
    recipients: ['JV'] as PartyCode[],
    kind: 'GENERAL' as const,
    method: 'COURIER' as const,
    sentAt: '2026-10-12T10:00:00+08:00',
    confirmationReceived: false,
    subject: 'Notice',
    languages: ['zh', 'en'],
    // A JVC termination notice names the Art. 104 event it rests on (ignored under the TIC).
    ...(overrides.kind === 'TERMINATION' ? { groundArticle: 'JVC Art. 104(6)' } : {}),
    ...overrides,
  };
}

function tryRecordNotice(
  input: Record<string, unknown>,
  as: Caller | null,
  asOf?: string,
): Promise<GraphQLResponse<{ recordNotice: NoticeView }>> {
  return t.gql<{ recordNotice: NoticeView }>(RECORD_NOTICE, { input, asOf }, as);
}

async function recordNotice(input: NoticeInput, as: Caller, asOf?: string): Promise<NoticeView> {
  const { data, errors } = await tryRecordNotice({ ...input }, as, asOf);
  expect(errors).toBeUndefined();
  return data!.recordNotice;
}

async function listNotices(
  as: Caller,
  args: { contractId?: string; first?: number; after?: string | null; asOf?: string } = {},
): Promise<NoticePage> {
  const { data, errors } = await t.gql<{ notices: NoticePage }>(
    NOTICES,
    { first: 100, ...args },
    as,
  );
  expect(errors).toBeUndefined();
  return data!.notices;
}

/** Reads one notice back through the notices query, with its clocks judged as of `asOf`. */
async function readNotice(
  notice: { id: string; contractId: string },
  asOf: string,
  as: Caller = VALENCE_LEGAL,
): Promise<NoticeView> {
  const page = await listNotices(as, { contractId: notice.contractId, asOf });
  const found = page.edges.map((edge) => edge.node).filter((node) => node.id === notice.id);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The obligations a notice opened: their code carries the notice id (no noticeId field). */
async function obligationsOf(
  notice: { id: string; contractId: string },
  codePrefix: string,
  asOf: string,
  as: Caller = VALENCE_LEGAL,
): Promise<ObligationView[]> {
  const { data, errors } = await t.gql<{
    obligations: { edges: Array<{ node: ObligationView }>; pageInfo: { hasNextPage: boolean } };
  }>(OBLIGATIONS, { filter: { contractId: notice.contractId, asOf } }, as);
  expect(errors).toBeUndefined();
  expect(data!.obligations.pageInfo.hasNextPage).toBe(false);
  return data!.obligations.edges
    .map((edge) => edge.node)
    .filter((o) => o.code.startsWith(`${codePrefix}#`) && o.code.includes(notice.id.slice(0, 8)));
}

async function auditEventsFor(entityId: string, as: Caller): Promise<AuditEventView[]> {
  const { data, errors } = await t.gql<{
    auditEvents: { edges: Array<{ node: AuditEventView }> };
  }>(AUDIT_EVENTS, { filter: { entityId } }, as);
  expect(errors).toBeUndefined();
  return data!.auditEvents.edges.map((edge) => edge.node);
}

async function countRows(table: 'notice' | 'obligation' | 'audit_event'): Promise<number> {
  const [{ count }] = (await t.db.query(`SELECT count(*)::int AS count FROM ${table}`)) as Array<{
    count: number;
  }>;
  return count;
}

let sideContracts = 0;
/**
 * A further contract under the JVC (a trademark licence, JVC Art. 50) to which only some
 * parties are party. No mutation creates contracts, so it is written to the database directly.
 */
async function createSideContract(
  parties: Array<{ party: PartyCode; role: ContractPartyRole }>,
): Promise<string> {
  sideContracts += 1;
  const contract = await t.db.getRepository(ContractEntity).save(
    t.db.getRepository(ContractEntity).create({
      code: `TML-${sideContracts}`,
      title: `Trademark licence contract ${sideContracts}`,
      kind: 'TRADEMARK_LICENCE',
      parentId: contractIds.JVC,
      signedOn: '2004-01-15',
      status: 'SIGNED',
    }),
  );
  await t.db
    .getRepository(ContractPartyEntity)
    .save(parties.map(({ party, role }) => ({ contractId: contract.id, partyCode: party, role })));
  return contract.id;
}

/** The calendar date in Beijing `days` from now: the server's "today" is reckoned there. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'Asia/Shanghai',
  });
}

const findingsWith = (notice: NoticeView, status: Finding['status']) =>
  notice.findings.filter((finding) => finding.status === status);

describe('deemed receipt (TIC 13.3; JVC Art. 127)', () => {
  it.each([
    {
      // 10:00 on 25 September in Beijing is 19:00 on 24 September in Nevada, where Valence
      // hands the letter over: the 14 days run from the sender's date.
      example: 'TIC courier: 14 days after the letter is given to the courier',
      contract: 'TIC',
      sender: 'VALENCE',
      recipient: 'JV',
      method: 'COURIER',
      sentAt: '2026-09-25T10:00:00+08:00',
      expected: '2026-10-08',
      article: 'TIC 13.3',
    },
    {
      example: 'TIC registered air mail: 14 days after it is given to the postal service',
      contract: 'TIC',
      sender: 'FENGFAN',
      recipient: 'VALENCE',
      method: 'POST',
      // 09:00 in Nevada is already midnight into 2 September in Baoding, where Fengfan posts it.
      sentAt: '2026-09-01T09:00:00-07:00',
      expected: '2026-09-16',
      article: 'TIC 13.3',
    },
    {
      // Friday 25 September 2026 in Beijing (also the Mid-Autumn Festival, a day off): the
      // sending day never counts, Saturday and Sunday are not working days.
      example: 'TIC fax sent on a Friday: the next Monday',
      contract: 'TIC',
      sender: 'VALENCE',
      recipient: 'JV',
      method: 'FAX',
      sentAt: '2026-09-25T09:00:00+08:00',
      expected: '2026-09-28',
      article: 'TIC 13.3',
    },
    {
      // Sent on Wednesday 30 September 2026 to the JV in China. The State Council's 2026
      // arrangement gives Thursday 1 to Wednesday 7 October off (National Day: 1-3 October
      // statutory, the weekend, and Tuesday 6 and Wednesday 7 October borrowed against the
      // make-up working days Sunday 20 September and Saturday 10 October), so the first
      // working day after sending is Thursday 8 October.
      example: 'TIC fax to China the day before National Day: after the holidays',
      contract: 'TIC',
      sender: 'VALENCE',
      recipient: 'JV',
      method: 'FAX',
      sentAt: '2026-09-30T15:00:00+08:00',
      expected: '2026-10-08',
      article: 'TIC 13.3',
    },
    {
      // Friday 18 September 2026 in Beijing: Saturday 19 is a day off, but Sunday 20 September
      // is a make-up working day (调休) of the National Day arrangement.
      example: 'TIC fax to China on a Friday before a make-up working Sunday: that Sunday',
      contract: 'TIC',
      sender: 'VALENCE',
      recipient: 'JV',
      method: 'FAX',
      sentAt: '2026-09-18T10:00:00+08:00',
      expected: '2026-09-20',
      article: 'TIC 13.3',
    },
    {
      // Friday 9 October 2026 in Beijing; Saturday 10 October is a make-up working day.
      example: 'JVC e-mail to China on the Friday before a make-up working Saturday: that Saturday',
      contract: 'JVC',
      sender: 'VALENCE',
      recipient: 'FENGFAN',
      method: 'EMAIL',
      sentAt: '2026-10-09T10:00:00+08:00',
      expected: '2026-10-10',
      article: 'JVC Art. 127',
    },
    {
      // Friday 4 September 2026 in Nevada; Monday 7 September is Labor Day, a US federal holiday.
      example: 'TIC fax to Valence before Labor Day: the Tuesday after it',
      contract: 'TIC',
      sender: 'JV',
      recipient: 'VALENCE',
      method: 'FAX',
      sentAt: '2026-09-04T10:00:00-07:00',
      expected: '2026-09-08',
      article: 'TIC 13.3',
    },
    {
      // Tuesday 10 November 2026 in Nevada; Wednesday 11 November is Veterans Day.
      example: 'JVC fax to Valence the day before Veterans Day: the day after it',
      contract: 'JVC',
      sender: 'FENGFAN',
      recipient: 'VALENCE',
      method: 'FAX',
      sentAt: '2026-11-10T10:00:00-08:00',
      expected: '2026-11-12',
      article: 'JVC Art. 127',
    },
    {
      example: 'JVC e-mail with confirmation on a Tuesday: the Wednesday',
      contract: 'JVC',
      sender: 'VALENCE',
      recipient: 'JV',
      method: 'EMAIL',
      sentAt: '2026-11-03T10:00:00+08:00',
      expected: '2026-11-04',
      article: 'JVC Art. 127',
    },
    {
      example: 'JVC e-mail with confirmation on a Friday: the next Monday',
      contract: 'JVC',
      sender: 'VALENCE',
      recipient: 'FENGFAN',
      method: 'EMAIL',
      sentAt: '2026-11-06T10:00:00+08:00',
      expected: '2026-11-09',
      article: 'JVC Art. 127',
    },
  ] as const)(
    '$example',
    async ({ contract, sender, recipient, method, sentAt, expected, article }) => {
      const notice = await recordNotice(
        noticeInput({
          contractId: contractIds[contract],
          recipients: [recipient],
          method,
          sentAt,
          confirmationReceived: method === 'FAX' || method === 'EMAIL',
        }),
        legal(sender),
      );
      expect(notice.deemedReceivedOn).toBe(expected);
      expect(notice.senderParty).toBe(sender);
      expect(notice.recipientParties).toEqual([recipient]);
      expect(notice.sentAt).toBe(new Date(sentAt).toISOString());
      expect(findingsWith(notice, 'FAIL')).toEqual([]);
      expect(notice.findings).toContainEqual(
        expect.objectContaining({ code: 'NOTICE_DEEMED_RECEIVED', status: 'PASS', article }),
      );
      // The deemed receipt is stored, not recomputed: reading it back gives the same date.
      expect((await readNotice(notice, '2026-11-20')).deemedReceivedOn).toBe(expected);
    },
  );

  it.each([
    {
      example: 'a TIC fax without a confirmation receipt',
      contract: 'TIC',
      method: 'FAX',
      confirmationReceived: false,
      article: 'TIC 13.3',
      code: 'NOTICE_CONFIRMATION_MISSING',
    },
    {
      example: 'an e-mail under the TIC, which provides for none (even with a confirmation)',
      contract: 'TIC',
      method: 'EMAIL',
      confirmationReceived: true,
      article: 'TIC 13.3',
      code: 'NOTICE_METHOD_NOT_PROVIDED',
    },
    {
      example: 'a JVC e-mail without a confirmation receipt',
      contract: 'JVC',
      method: 'EMAIL',
      confirmationReceived: false,
      article: 'JVC Art. 127',
      code: 'NOTICE_CONFIRMATION_MISSING',
    },
  ] as const)(
    'deems no receipt for $example, with a FAIL finding',
    async ({ contract, method, confirmationReceived, article, code }) => {
      const notice = await recordNotice(
        noticeInput({
          contractId: contractIds[contract],
          method,
          confirmationReceived,
          sentAt: '2026-10-13T10:00:00+08:00',
        }),
        VALENCE_LEGAL,
      );
      expect(notice.deemedReceivedOn).toBeNull();
      expect(findingsWith(notice, 'FAIL')).toEqual([
        expect.objectContaining({ code, article, status: 'FAIL' }),
      ]);
      expect(notice.findings).not.toContainEqual(
        expect.objectContaining({ code: 'NOTICE_DEEMED_RECEIVED' }),
      );
    },
  );

  it('starts no cure period from a breach notice that is not deemed received', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        kind: 'BREACH',
        method: 'FAX',
        confirmationReceived: false,
        sentAt: '2026-10-14T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    expect(notice.deemedReceivedOn).toBeNull();
    expect(notice.cureDeadline).toBeNull();
    expect(notice.terminationRight).toBeNull();
    expect(await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-11-20')).toEqual([]);
  });

  it.each([
    { languages: ['en'], missing: 'zh' },
    { languages: ['zh'], missing: 'en' },
    { languages: [], missing: 'zh, en' },
  ])(
    'warns when a JVC notice is not in both Chinese and English: $languages (JVC Art. 127)',
    async ({ languages, missing }) => {
      const notice = await recordNotice(
        noticeInput({ contractId: contractIds.JVC, recipients: ['FENGFAN'], languages }),
        VALENCE_LEGAL,
      );
      expect(notice.languages).toEqual(languages);
      // Handed over in Nevada on 11 October (10:00 on the 12th in Beijing).
      expect(notice.deemedReceivedOn).toBe('2026-10-25');
      const warnings = findingsWith(notice, 'WARN');
      expect(warnings).toEqual([
        expect.objectContaining({ code: 'NOTICE_LANGUAGES', article: 'JVC Art. 127' }),
      ]);
      expect(warnings[0].message).toContain(`missing: ${missing}`);
    },
  );

  it('does not warn about languages when a JVC notice is in Chinese and English', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        languages: ['en', 'zh'],
      }),
      VALENCE_LEGAL,
    );
    expect(findingsWith(notice, 'WARN')).toEqual([]);
    expect(notice.findings).toContainEqual(
      expect.objectContaining({
        code: 'NOTICE_LANGUAGES',
        article: 'JVC Art. 127',
        status: 'PASS',
      }),
    );
  });

  it('counts a notice to several parties from the last of their deemed receipts', async () => {
    // Friday 9 October, 16:00 in Beijing, is 01:00 the same Friday in Nevada. The JV in China
    // receives it on Saturday 10 October, a make-up working day there; for Valence the next
    // working day is Tuesday 13 October (Monday 12 October is Columbus Day, a US federal
    // holiday). The notice counts from the later of the two.
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['VALENCE', 'JV', 'VALENCE'],
        method: 'FAX',
        confirmationReceived: true,
        sentAt: '2026-10-09T16:00:00+08:00',
      }),
      FENGFAN_LEGAL,
    );
    expect(notice.recipientParties).toEqual(['VALENCE', 'JV']);
    expect(notice.deemedReceivedOn).toBe('2026-10-13');
  });
});

describe('breach notice → cure period → termination right (TIC 11.2; JVC Art. 104(2))', () => {
  it.each([
    {
      // Handed over in Nevada on 24 September (10:00 on the 25th in Beijing), deemed received
      // 8 October. TIC 11.2, "60 days after the date of the notice": from the notice's date,
      // Monday 23 November; from its receipt, Monday 7 December. The breaching party cures by
      // the earlier; the sender may terminate only after the later, from 8 December.
      contract: 'TIC',
      sender: 'VALENCE',
      breaching: 'JV',
      outsider: 'FENGFAN',
      sentAt: '2026-09-25T10:00:00+08:00',
      receivedOn: '2026-10-08',
      cureDeadline: '2026-11-23',
      lastReadingEnds: '2026-12-07',
      dayAfter: '2026-12-08',
      curedOn: '2026-11-16',
      article: 'TIC 11.2',
      obligation: 'TIC-11.2-cure-breach',
    },
    {
      contract: 'JVC',
      sender: 'FENGFAN',
      breaching: 'VALENCE',
      outsider: 'JV',
      // Fengfan hands it over in Baoding on 14 August; Valence receives it on 28 August. JVC
      // Art. 104(2) counts from the notice given, one reading: Tuesday 27 October.
      sentAt: '2026-08-14T16:00:00+08:00',
      receivedOn: '2026-08-28',
      cureDeadline: '2026-10-27',
      lastReadingEnds: '2026-10-27',
      dayAfter: '2026-10-28',
      curedOn: '2026-10-20',
      article: 'JVC Art. 104(2)',
      obligation: 'JVC-104-cure-breach',
    },
  ] as const)(
    '$contract: cure by the cure deadline, the right to terminate after it, closed only by an accepted cure',
    async (c) => {
      const notice = await recordNotice(
        noticeInput({
          contractId: contractIds[c.contract],
          recipients: [c.breaching],
          kind: 'BREACH',
          method: 'COURIER',
          sentAt: c.sentAt,
          subject: `Material breach of the ${c.contract}`,
        }),
        legal(c.sender),
      );
      expect(notice.kind).toBe('BREACH');
      expect(notice.deemedReceivedOn).toBe(c.receivedOn);
      expect(notice.cureDeadline).toBe(c.cureDeadline);
      expect(notice.cureClock).toMatchObject({
        deadline: c.cureDeadline,
        terminationFrom: c.dayAfter,
        byReceipt: { rolledOn: c.lastReadingEnds },
        byNoticeDate: c.contract === 'TIC' ? { rolledOn: c.cureDeadline } : null,
      });
      expect(notice.negotiationWindow).toBeNull();
      expect(notice.evidenceDueOn).toBeNull();

      // The breaching party owes the cure to the sender, due on the cure deadline.
      const cures = await obligationsOf(notice, c.obligation, c.cureDeadline);
      expect(cures).toHaveLength(1);
      const [cure] = cures;
      expect(cure).toMatchObject({
        obligorParty: c.breaching,
        beneficiaryParties: [c.sender],
        article: c.article,
        triggerKind: 'BREACH_NOTICE_RECEIVED',
        dueOn: c.cureDeadline,
        status: 'OPEN',
        metOn: null,
      });
      // Uncured after the deadline, the obligation shows as missed.
      const [late] = await obligationsOf(notice, c.obligation, c.dayAfter);
      expect(late).toMatchObject({ id: cure.id, status: 'MISSED' });

      // Termination: not on the last day of the later reading, from the day after it.
      for (const asOf of [c.cureDeadline, c.lastReadingEnds]) {
        expect((await readNotice(notice, asOf)).terminationRight).toMatchObject({
          available: false,
          from: c.dayAfter,
          article: c.article,
        });
      }
      const dayAfter = await readNotice(notice, c.dayAfter);
      expect(dayAfter.terminationRight).toMatchObject({
        available: true,
        from: c.dayAfter,
        article: c.article,
      });
      expect(dayAfter.terminationRight!.reason).toContain(c.article);

      // A party that is neither sender nor recipient of the notice cannot claim a cure.
      const outsider = await t.gql(
        CLAIM_CURE,
        { input: { noticeId: notice.id, curedOn: c.curedOn, evidence: 'Not ours to say' } },
        legal(c.outsider),
      );
      expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);
      // The sender does not claim the cure of the breach it complains of.
      const bySender = await t.gql(
        CLAIM_CURE,
        { input: { noticeId: notice.id, curedOn: c.curedOn, evidence: 'Says the sender' } },
        legal(c.sender),
      );
      expect(errorCodes(bySender)).toEqual(['FORBIDDEN']);
      expect(bySender.errors![0].extensions?.article).toBe('TIC 11.2; JVC Art. 104(2)');

      // The breaching party's LEGAL claims the cure: a claim alone closes nothing.
      const claimed = await t.gql<{ claimCure: NoticeView }>(
        CLAIM_CURE,
        {
          input: { noticeId: notice.id, curedOn: c.curedOn, evidence: 'Defect remedied' },
          asOf: c.dayAfter,
        },
        legal(c.breaching),
      );
      expect(claimed.errors).toBeUndefined();
      expect(claimed.data!.claimCure).toMatchObject({
        id: notice.id,
        cureClaimedOn: c.curedOn,
        cureAnswer: null,
        curedOn: null,
        terminationRight: { available: true, from: c.dayAfter },
      });
      // Only the sender answers it.
      const acceptedByBreacher = await t.gql(
        ACCEPT_CURE,
        { input: { noticeId: notice.id, acceptedOn: c.curedOn } },
        legal(c.breaching),
      );
      expect(errorCodes(acceptedByBreacher)).toEqual(['FORBIDDEN']);

      const accepted = await t.gql<{ acceptCure: NoticeView }>(
        ACCEPT_CURE,
        { input: { noticeId: notice.id, acceptedOn: c.curedOn }, asOf: c.dayAfter },
        legal(c.sender),
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptCure).toMatchObject({
        id: notice.id,
        curedOn: c.curedOn,
        cureAnswer: 'ACCEPTED',
        cureDeadline: c.cureDeadline,
        terminationRight: { available: false, from: c.dayAfter, article: c.article },
      });

      const [met] = await obligationsOf(notice, c.obligation, c.dayAfter);
      expect(met).toMatchObject({
        id: cure.id,
        status: 'MET',
        metOn: c.curedOn,
        evidence: 'Defect remedied',
      });
      const afterCure = await readNotice(notice, c.dayAfter);
      expect(afterCure.curedOn).toBe(c.curedOn);
      expect(afterCure.terminationRight).toMatchObject({ available: false, article: c.article });
      expect(afterCure.terminationRight!.reason).toContain('cured');

      // A second cure of the same breach is a conflict, not a second record.
      const again = await t.gql(
        CLAIM_CURE,
        { input: { noticeId: notice.id, curedOn: c.curedOn, evidence: 'Again' } },
        legal(c.breaching),
      );
      expect(errorCodes(again)).toEqual(['CONFLICT']);
    },
  );

  it('a disputed cure leaves the termination right open; the breaching party may claim again', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['JV'],
        kind: 'BREACH',
        sentAt: '2026-09-25T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const claim = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-11-10', evidence: 'Line rebuilt' } },
      JV_LEGAL,
    );
    expect(claim.errors).toBeUndefined();
    const disputed = await t.gql<{ disputeCure: NoticeView }>(
      DISPUTE_CURE,
      {
        input: { noticeId: notice.id, disputedOn: '2026-11-12', reason: 'Still defective' },
        asOf: '2026-12-08',
      },
      VALENCE_LEGAL,
    );
    expect(disputed.errors).toBeUndefined();
    expect(disputed.data!.disputeCure).toMatchObject({
      cureAnswer: 'DISPUTED',
      curedOn: null,
      terminationRight: { available: true, from: '2026-12-08' },
    });
    const [cure] = await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-12-08');
    expect(cure).toMatchObject({ status: 'MISSED', metOn: null });
    const again = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-11-20', evidence: 'Rebuilt again' } },
      JV_LEGAL,
    );
    expect(again.errors).toBeUndefined();
  });

  it('refuses a cure dated in the future, and a cure of a notice that is not a breach notice', async () => {
    const breach = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        kind: 'BREACH',
        sentAt: '2026-10-15T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const future = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: breach.id, curedOn: '2099-01-01', evidence: 'Tomorrow' } },
      JV_LEGAL,
    );
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].extensions?.field).toBe('curedOn');

    const general = await recordNotice(noticeInput({ contractId: contractIds.TIC }), VALENCE_LEGAL);
    const notBreach = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: general.id, curedOn: '2026-11-01', evidence: 'n/a' } },
      JV_LEGAL,
    );
    expect(errorCodes(notBreach)).toEqual(['BAD_USER_INPUT']);
    expect(notBreach.errors![0].extensions?.field).toBe('noticeId');
    expect((await readNotice(breach, '2026-11-20')).curedOn).toBeNull();
  });

  it('counts the cure period of a faxed breach notice from its receipt after National Day', async () => {
    // Faxed to the JV on Wednesday 30 September 2026 (still 30 September in Nevada, where it is
    // sent): 1-7 October are days off in China, so it is deemed received on Thursday 8 October.
    // From the notice's date, 60 days is Sunday 29 November, a day off in California: Monday
    // 30 November, the cure deadline. From the receipt, Monday 7 December; the right to
    // terminate arises on Tuesday 8 December (not on 5 December, as counting only 1-3 October
    // as holidays would have it).
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['JV'],
        kind: 'BREACH',
        method: 'FAX',
        confirmationReceived: true,
        sentAt: '2026-09-30T15:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    expect(notice.deemedReceivedOn).toBe('2026-10-08');
    expect(notice.cureDeadline).toBe('2026-11-30');
    expect(notice.cureClock!.byNoticeDate).toEqual({
      unrolledOn: '2026-11-29',
      rolledOn: '2026-11-30',
    });
    const [cure] = await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-11-30');
    expect(cure).toMatchObject({ obligorParty: 'JV', dueOn: '2026-11-30', status: 'OPEN' });
    for (const asOf of ['2026-12-05', '2026-12-07']) {
      expect((await readNotice(notice, asOf)).terminationRight).toMatchObject({
        available: false,
        from: '2026-12-08',
        article: 'TIC 11.2',
      });
    }
    expect((await readNotice(notice, '2026-12-08')).terminationRight).toMatchObject({
      available: true,
      from: '2026-12-08',
      article: 'TIC 11.2',
    });
  });
});

describe('JVC termination notice → 30-day negotiation window (JVC Art. 105)', () => {
  it('is deemed agreed termination after the window, unless both Parties sign an agreement to continue', async () => {
    // Handed over in Nevada on 30 September (10:00 on 1 October in Beijing): received 14
    // October; the 30th day after is Friday 13 November, a working day in the PRC.
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        kind: 'TERMINATION',
        method: 'COURIER',
        sentAt: '2026-10-01T10:00:00+08:00',
        subject: 'Notice of termination under JVC Art. 104',
      }),
      VALENCE_LEGAL,
    );
    expect(notice.deemedReceivedOn).toBe('2026-10-14');
    expect(notice.cureDeadline).toBeNull();
    expect(notice.terminationRight).toBeNull();

    const within = await readNotice(notice, '2026-11-13');
    expect(within.negotiationWindow).toMatchObject({
      windowEndsOn: '2026-11-13',
      deemedTerminated: false,
      article: 'JVC Art. 105',
    });
    const after = await readNotice(notice, '2026-11-14');
    expect(after.negotiationWindow).toMatchObject({
      windowEndsOn: '2026-11-13',
      deemedTerminated: true,
      article: 'JVC Art. 105',
    });

    // The recipient owes the sender the negotiation, within the window.
    const obligations = await obligationsOf(
      notice,
      'JVC-105-termination-negotiation',
      '2026-11-13',
    );
    expect(obligations).toEqual([
      expect.objectContaining({
        obligorParty: 'FENGFAN',
        beneficiaryParties: ['VALENCE'],
        article: 'JVC Art. 105',
        triggerKind: 'TERMINATION_NOTICE_RECEIVED',
        dueOn: '2026-11-13',
        status: 'OPEN',
      }),
    ]);

    // One Party's signature is not the Parties' agreement.
    const fengfan = await t.gql<{ signContinuation: NoticeView }>(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: '2026-11-10' }, asOf: '2026-11-15' },
      FENGFAN_LEGAL,
    );
    expect(fengfan.errors).toBeUndefined();
    expect(fengfan.data!.signContinuation).toMatchObject({
      continuationSignatures: [{ party: 'FENGFAN', signedOn: '2026-11-10' }],
      continuationAgreedOn: null,
      negotiationWindow: { windowEndsOn: '2026-11-13', deemedTerminated: true },
    });
    const agreed = await t.gql<{ signContinuation: NoticeView }>(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: '2026-11-12' }, asOf: '2026-11-15' },
      VALENCE_LEGAL,
    );
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data!.signContinuation).toMatchObject({
      id: notice.id,
      continuationAgreedOn: '2026-11-12',
      negotiationWindow: { windowEndsOn: '2026-11-13', deemedTerminated: false },
    });
    const later = await readNotice(notice, '2027-06-01');
    expect(later.continuationAgreedOn).toBe('2026-11-12');
    expect(later.negotiationWindow).toMatchObject({
      deemedTerminated: false,
      article: 'JVC Art. 105',
    });
    const [negotiation] = await obligationsOf(
      notice,
      'JVC-105-termination-negotiation',
      '2026-11-20',
    );
    expect(negotiation).toMatchObject({ status: 'MET', metOn: '2026-11-12' });
  });

  it('ends the window on the next PRC working day when its 30th day is a Saturday', async () => {
    // Handed over in Baoding on Thursday 1 October: received by Valence on 15 October; the
    // 30th day after is Saturday 14 November, so the window runs to Monday 16 November (PRC
    // Civil Code Art. 203).
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['VALENCE'],
        kind: 'TERMINATION',
        sentAt: '2026-10-01T10:00:00+08:00',
      }),
      FENGFAN_LEGAL,
    );
    const read = await t.gql<{ notices: NoticePage }>(
      `query($contractId: ID) { notices(contractId: $contractId, first: 50) { edges { node {
        id negotiationWindow(asOf: "2026-11-16") {
          windowEndsOn deemedTerminated windowEnd { rolledOn unrolledOn rule article } }
      } } } }`,
      { contractId: contractIds.JVC },
      VALENCE_LEGAL,
    );
    expect(read.errors).toBeUndefined();
    const node = read.data!.notices.edges.map((e) => e.node).find((n) => n.id === notice.id)!;
    expect(node.negotiationWindow).toEqual({
      windowEndsOn: '2026-11-16',
      deemedTerminated: false,
      windowEnd: {
        rolledOn: '2026-11-16',
        unrolledOn: '2026-11-14',
        rule: expect.stringContaining('next working day'),
        article: 'JVC Art. 118; PRC Civil Code Art. 203',
      },
    });
    const [negotiation] = await obligationsOf(
      notice,
      'JVC-105-termination-negotiation',
      '2026-11-16',
    );
    expect(negotiation).toMatchObject({ dueOn: '2026-11-16', status: 'OPEN' });
  });

  it('refuses a signature to continue made after the window closed', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['VALENCE'],
        kind: 'TERMINATION',
        sentAt: '2026-09-01T16:00:00+08:00',
      }),
      FENGFAN_LEGAL,
    );
    // Fengfan hands it over in Baoding on 1 September; Valence receives it on 15 September:
    // window to Thursday 15 October.
    expect((await readNotice(notice, '2026-10-15')).negotiationWindow).toMatchObject({
      windowEndsOn: '2026-10-15',
      deemedTerminated: false,
    });
    const late = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: '2026-10-16' } },
      VALENCE_LEGAL,
    );
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0].extensions?.article).toBe('JVC Art. 105');
    const read = await readNotice(notice, '2026-10-16');
    expect(read.continuationAgreedOn).toBeNull();
    expect(read.negotiationWindow?.deemedTerminated).toBe(true);
  });

  it('refuses a signature dated in the future, and a second signature by the same Party', async () => {
    // Sent yesterday: the window runs for 44 days or so, so a date two days ahead is inside
    // it, and refused only because it has not come yet.
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        kind: 'TERMINATION',
        sentAt: new Date(Date.now() - 86_400_000).toISOString(),
      }),
      VALENCE_LEGAL,
    );
    const future = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: shanghaiDate(2) } },
      FENGFAN_LEGAL,
    );
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].extensions?.field).toBe('signedOn');

    const first = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: shanghaiDate(0) } },
      FENGFAN_LEGAL,
    );
    expect(first.errors).toBeUndefined();
    const second = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: shanghaiDate(0) } },
      FENGFAN_LEGAL,
    );
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    const valence = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: shanghaiDate(0) } },
      VALENCE_LEGAL,
    );
    expect(valence.errors).toBeUndefined();
    expect((await readNotice(notice, shanghaiDate(0))).continuationAgreedOn).toBe(shanghaiDate(0));
  });

  it('opens no negotiation window for a TIC termination notice, nor for a breach notice', async () => {
    const tic = await recordNotice(
      noticeInput({ contractId: contractIds.TIC, kind: 'TERMINATION' }),
      VALENCE_LEGAL,
    );
    expect(tic.deemedReceivedOn).toBe('2026-10-25');
    expect(tic.negotiationWindow).toBeNull();
    expect(
      await obligationsOf(
        { id: tic.id, contractId: contractIds.JVC },
        'JVC-105-termination-negotiation',
        '2026-11-20',
      ),
    ).toEqual([]);

    const breach = await recordNotice(
      noticeInput({ contractId: contractIds.JVC, recipients: ['FENGFAN'], kind: 'BREACH' }),
      VALENCE_LEGAL,
    );
    const notTermination = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: breach.id, signedOn: '2026-11-01' } },
      FENGFAN_LEGAL,
    );
    expect(errorCodes(notTermination)).toEqual(['BAD_USER_INPUT']);
    expect(notTermination.errors![0].extensions?.field).toBe('noticeId');
  });

  it('refuses a JVC termination notice that names no Art. 104 event, or an Art. 104(2) one without a lapsed cure', async () => {
    const before = await countRows('notice');
    const noGround = await tryRecordNotice(
      {
        ...noticeInput({
          contractId: contractIds.JVC,
          recipients: ['FENGFAN'],
          kind: 'TERMINATION',
        }),
        groundArticle: null,
      },
      VALENCE_LEGAL,
    );
    expect(errorCodes(noGround)).toEqual(['BAD_USER_INPUT']);
    expect(noGround.errors![0].extensions?.field).toBe('groundArticle');
    // A breach notice whose cure period has not lapsed by the termination notice's date.
    const breach = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        kind: 'BREACH',
        sentAt: '2026-10-01T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const early = await tryRecordNotice(
      {
        ...noticeInput({
          contractId: contractIds.JVC,
          recipients: ['FENGFAN'],
          kind: 'TERMINATION',
          sentAt: '2026-11-01T10:00:00+08:00',
        }),
        groundArticle: 'JVC Art. 104(2)',
        basisNoticeId: breach.id,
      },
      VALENCE_LEGAL,
    );
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0].extensions?.article).toBe('JVC Art. 104(2)');
    expect(await countRows('notice')).toBe(before + 1);
  });
});

describe('force majeure (JVC Art. 115)', () => {
  it('requires the claimant to furnish evidence within 15 days after sending the notice', async () => {
    // Fengfan, a Party, claims force majeure to Valence, the other Party, and informs the Joint
    // Venture Company, to which a JVC notice may also go (JVC Art. 127).
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['VALENCE', 'JV'],
        kind: 'FORCE_MAJEURE',
        method: 'COURIER',
        sentAt: '2026-10-20T16:00:00+08:00',
        subject: 'Flood at the Baoding factory',
      }),
      FENGFAN_LEGAL,
    );
    expect(notice.senderParty).toBe('FENGFAN');
    expect(notice.evidenceDueOn).toBe('2026-11-04');
    expect(notice.deemedReceivedOn).toBe('2026-11-03');
    expect(notice.cureDeadline).toBeNull();
    expect(notice.negotiationWindow).toBeNull();

    const obligations = await obligationsOf(notice, 'JVC-115-force-majeure-evidence', '2026-11-04');
    expect(obligations).toHaveLength(1);
    expect(obligations[0]).toMatchObject({
      obligorParty: 'FENGFAN',
      article: 'JVC Art. 115',
      triggerKind: 'FORCE_MAJEURE_NOTIFIED',
      dueOn: '2026-11-04',
      status: 'OPEN',
    });
    expect([...obligations[0].beneficiaryParties].sort()).toEqual(['JV', 'VALENCE']);
  });

  it('refuses a force majeure notice under the TIC, which has no such clause', async () => {
    const before = await countRows('notice');
    const response = await tryRecordNotice(
      noticeInput({ contractId: contractIds.TIC, kind: 'FORCE_MAJEURE' }),
      VALENCE_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('kind');
    expect(await countRows('notice')).toBe(before);
  });
});

describe('the JV under the JVC: a party that reads it, not a Party that signs it (JVC Art. 1, 122)', () => {
  const rowCounts = () =>
    Promise.all([countRows('notice'), countRows('obligation'), countRows('audit_event')]);

  it.each(['GENERAL', 'CONSULTATION_REQUEST', 'BREACH', 'TERMINATION', 'FORCE_MAJEURE'] as const)(
    'the JV cannot send a JVC %s notice: FORBIDDEN citing JVC Art. 127, nothing written',
    async (kind) => {
      const before = await rowCounts();
      const response = await tryRecordNotice(
        noticeInput({
          contractId: contractIds.JVC,
          recipients: ['VALENCE', 'FENGFAN'],
          kind,
          sentAt: '2026-10-19T10:00:00+08:00',
        }),
        JV_LEGAL,
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.errors![0].extensions?.article).toBe('JVC Art. 127');
      expect(response.errors![0].message).toContain('JV is not a Party to the JVC');
      expect(response.data?.recordNotice ?? null).toBeNull();
      expect(await rowCounts()).toEqual(before);
    },
  );

  it.each([
    { kind: 'BREACH', sender: 'VALENCE', recipients: ['JV'] },
    { kind: 'BREACH', sender: 'FENGFAN', recipients: ['JV'] },
    { kind: 'BREACH', sender: 'VALENCE', recipients: ['FENGFAN', 'JV'] },
    { kind: 'TERMINATION', sender: 'VALENCE', recipients: ['JV'] },
    { kind: 'TERMINATION', sender: 'FENGFAN', recipients: ['JV'] },
    { kind: 'TERMINATION', sender: 'FENGFAN', recipients: ['VALENCE', 'JV'] },
  ] as const)(
    'a JVC $kind notice from $sender to $recipients: BAD_USER_INPUT on recipients citing JVC Art. 104, nothing written',
    async ({ kind, sender, recipients }) => {
      const before = await rowCounts();
      const response = await tryRecordNotice(
        noticeInput({
          contractId: contractIds.JVC,
          recipients: [...recipients],
          kind,
          sentAt: '2026-10-19T10:00:00+08:00',
        }),
        legal(sender),
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const error = response.errors![0];
      expect(error.extensions?.field).toBe('recipients');
      expect(error.extensions?.reason).toContain('JV is not a Party to the JVC');
      expect(error.extensions?.reason).toContain('(JVC Art. 104)');
      expect(response.data?.recordNotice ?? null).toBeNull();
      expect(await rowCounts()).toEqual(before);
    },
  );

  it.each([
    { kind: 'GENERAL', sender: 'VALENCE' },
    { kind: 'CONSULTATION_REQUEST', sender: 'FENGFAN' },
  ] as const)(
    'a Party may send the Joint Venture Company a JVC $kind notice (JVC Art. 127)',
    async ({ kind, sender }) => {
      // Tuesday 3 November 2026 in Beijing, by e-mail with confirmation: the Wednesday.
      const notice = await recordNotice(
        noticeInput({
          contractId: contractIds.JVC,
          recipients: ['JV'],
          kind,
          method: 'EMAIL',
          confirmationReceived: true,
          sentAt: '2026-11-03T10:00:00+08:00',
        }),
        legal(sender),
      );
      expect(notice).toMatchObject({
        senderParty: sender,
        recipientParties: ['JV'],
        kind,
        deemedReceivedOn: '2026-11-04',
        cureDeadline: null,
        negotiationWindow: null,
        evidenceDueOn: null,
      });
      expect(findingsWith(notice, 'FAIL')).toEqual([]);
    },
  );

  it('under the TIC the JV is a Party: it sends a breach notice and owes or is owed the cure', async () => {
    // The JV notifies Valence of a breach of the TIC; 16:00 in Beijing is 01:00 in Nevada.
    const fromJv = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['VALENCE'],
        kind: 'BREACH',
        sentAt: '2026-10-21T16:00:00+08:00',
      }),
      JV_LEGAL,
    );
    // From the notice's date (21 October), 60 days is Sunday 20 December: Monday 21 December
    // in California (TIC 13.4). From its receipt, Sunday 3 January 2027: Monday 4 January.
    expect(fromJv).toMatchObject({
      senderParty: 'JV',
      deemedReceivedOn: '2026-11-04',
      cureDeadline: '2026-12-21',
      cureClock: {
        byNoticeDate: { unrolledOn: '2026-12-20', rolledOn: '2026-12-21' },
        byReceipt: { unrolledOn: '2027-01-03', rolledOn: '2027-01-04' },
        terminationFrom: '2027-01-05',
      },
    });
    const [cure] = await obligationsOf(fromJv, 'TIC-11.2-cure-breach', '2026-11-20');
    expect(cure).toMatchObject({
      obligorParty: 'VALENCE',
      beneficiaryParties: ['JV'],
      article: 'TIC 11.2',
      dueOn: '2026-12-21',
      status: 'OPEN',
    });

    // And a termination notice under the TIC may be addressed to it.
    const toJv = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['JV'],
        kind: 'TERMINATION',
        sentAt: '2026-10-21T10:00:00+08:00',
      }),
      FENGFAN_LEGAL,
    );
    expect(toJv).toMatchObject({
      senderParty: 'FENGFAN',
      recipientParties: ['JV'],
      deemedReceivedOn: '2026-11-04',
    });
  });
});

describe('settling a notice: not before it was sent, and each obligation met is audited', () => {
  const rowCounts = () =>
    Promise.all([countRows('notice'), countRows('obligation'), countRows('audit_event')]);

  it('refuses a cure dated before the breach notice was sent: BAD_USER_INPUT on curedOn', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        kind: 'BREACH',
        sentAt: '2026-10-22T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const before = await rowCounts();
    const early = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-10-20', evidence: 'Cured the day before' } },
      FENGFAN_LEGAL,
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions?.field).toBe('curedOn');
    // 10:00 on 22 October in Beijing is 21 October in Nevada, where Valence sent it.
    expect(early.errors![0].extensions?.reason).toContain('2026-10-21');
    expect(returnedNothing(early)).toBe(true);
    expect(await rowCounts()).toEqual(before);
    expect((await readNotice(notice, '2026-11-20')).curedOn).toBeNull();
    const [cure] = await obligationsOf(notice, 'JVC-104-cure-breach', '2026-11-20');
    expect(cure).toMatchObject({ status: 'OPEN', metOn: null });

    // The day it was sent is not before it.
    const sameDay = await t.gql<{ claimCure: NoticeView }>(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-10-21', evidence: 'Cured at once' } },
      FENGFAN_LEGAL,
    );
    expect(sameDay.errors).toBeUndefined();
    expect(sameDay.data!.claimCure.cureClaimedOn).toBe('2026-10-21');
  });

  it('refuses a signature to continue dated before the termination notice: BAD_USER_INPUT on signedOn', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['VALENCE'],
        kind: 'TERMINATION',
        sentAt: '2026-10-22T10:00:00+08:00',
      }),
      FENGFAN_LEGAL,
    );
    const before = await rowCounts();
    const early = await t.gql(
      SIGN_CONTINUATION,
      { input: { noticeId: notice.id, signedOn: '2026-10-20' } },
      VALENCE_LEGAL,
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions?.field).toBe('signedOn');
    expect(returnedNothing(early)).toBe(true);
    expect(await rowCounts()).toEqual(before);
    expect((await readNotice(notice, '2026-11-20')).continuationAgreedOn).toBeNull();
    const [negotiation] = await obligationsOf(
      notice,
      'JVC-105-termination-negotiation',
      '2026-11-20',
    );
    expect(negotiation).toMatchObject({ obligorParty: 'VALENCE', status: 'OPEN', metOn: null });
  });

  it('audits a meetObligation for each cure obligation a cure meets', async () => {
    // A TIC breach notice to Fengfan and the JV opens one cure obligation for each.
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['FENGFAN', 'JV'],
        kind: 'BREACH',
        sentAt: '2026-10-23T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const cures = await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-11-20');
    expect(cures.map((cure) => cure.obligorParty).sort()).toEqual(['FENGFAN', 'JV']);

    const claimed = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-11-02', evidence: 'Both remedied' } },
      FENGFAN_LEGAL,
    );
    expect(claimed.errors).toBeUndefined();
    // The cure is accepted by Valence, the sender: its acceptance meets the obligations.
    const cured = await t.gql(
      ACCEPT_CURE,
      { input: { noticeId: notice.id, acceptedOn: '2026-11-03' } },
      VALENCE_LEGAL,
    );
    expect(cured.errors).toBeUndefined();
    const valenceLegalId = await t.userId('VALENCE', 'LEGAL');
    for (const cure of cures) {
      const met = (await auditEventsFor(cure.id, VALENCE_LEGAL)).filter(
        (event) => event.operation === 'meetObligation',
      );
      expect(met).toEqual([
        {
          operation: 'meetObligation',
          entity: 'Obligation',
          entityId: cure.id,
          actorParty: 'VALENCE',
          actorUserId: valenceLegalId,
          before: { status: 'OPEN', metOn: null, evidence: null },
          after: { status: 'MET', metOn: '2026-11-02', evidence: 'Both remedied' },
        },
      ]);
    }
    const after = await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-11-20');
    expect(after.map((cure) => [cure.status, cure.metOn])).toEqual([
      ['MET', '2026-11-02'],
      ['MET', '2026-11-02'],
    ]);
  });
});

describe('recording a notice: validation, permission and scope', () => {
  let valenceAndJvOnly: string;
  beforeAll(async () => {
    valenceAndJvOnly = await createSideContract([
      { party: 'VALENCE', role: 'LICENSOR' },
      { party: 'JV', role: 'LICENSEE' },
    ]);
  });

  it.each([
    {
      problem: 'a notice to oneself',
      input: () => noticeInput({ contractId: contractIds.TIC, recipients: ['VALENCE'] }),
      field: 'recipients',
    },
    {
      problem: 'a notice to oneself among others',
      input: () => noticeInput({ contractId: contractIds.TIC, recipients: ['JV', 'VALENCE'] }),
      field: 'recipients',
    },
    {
      problem: 'a notice to a party not party to the contract',
      input: () => noticeInput({ contractId: valenceAndJvOnly, recipients: ['FENGFAN'] }),
      field: 'recipients',
    },
    {
      problem: 'no recipient',
      input: () => noticeInput({ contractId: contractIds.TIC, recipients: [] }),
      field: 'recipients',
    },
    {
      problem: 'a notice sent in the future',
      input: () =>
        noticeInput({
          contractId: contractIds.TIC,
          sentAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        }),
      field: 'sentAt',
    },
    {
      problem: 'a language other than zh and en',
      input: () => noticeInput({ contractId: contractIds.JVC, languages: ['zh', 'fr'] }),
      field: 'languages',
    },
    {
      problem: 'an empty subject',
      input: () => noticeInput({ contractId: contractIds.TIC, subject: '' }),
      field: 'subject',
    },
  ])(
    'refuses $problem: BAD_USER_INPUT naming $field, nothing written',
    async ({ input, field }) => {
      const before = await Promise.all([
        countRows('notice'),
        countRows('obligation'),
        countRows('audit_event'),
      ]);
      const response = await tryRecordNotice(input(), VALENCE_LEGAL);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions?.field).toBe(field);
      expect(response.data?.recordNotice ?? null).toBeNull();
      expect(
        await Promise.all([countRows('notice'), countRows('obligation'), countRows('audit_event')]),
      ).toEqual(before);
    },
  );

  it('records the sender as the caller’s party; there is no way to name another sender', async () => {
    const notice = await recordNotice(
      noticeInput({ contractId: contractIds.TIC, recipients: ['VALENCE'] }),
      JV_LEGAL,
    );
    expect(notice.senderParty).toBe('JV');

    const before = await countRows('notice');
    const spoofed = await tryRecordNotice(
      {
        ...noticeInput({ contractId: contractIds.TIC, recipients: ['FENGFAN'] }),
        sender: 'VALENCE',
      },
      JV_LEGAL,
    );
    expect(errorCodes(spoofed)).toEqual(['BAD_USER_INPUT']);
    expect(await countRows('notice')).toBe(before);
  });

  it('does not let a party record a notice under a contract it is not party to', async () => {
    const before = await countRows('notice');
    const response = await tryRecordNotice(
      noticeInput({ contractId: valenceAndJvOnly, recipients: ['JV'] }),
      FENGFAN_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(await countRows('notice')).toBe(before);
  });

  it.each([
    { party: 'VALENCE', role: 'ADMIN' },
    { party: 'VALENCE', role: 'COMPLIANCE' },
    { party: 'VALENCE', role: 'ENGINEER' },
    { party: 'VALENCE', role: 'VIEWER' },
    { party: 'FENGFAN', role: 'ADMIN' },
    { party: 'FENGFAN', role: 'COMPLIANCE' },
    { party: 'FENGFAN', role: 'ENGINEER' },
    { party: 'FENGFAN', role: 'VIEWER' },
    { party: 'JV', role: 'ADMIN' },
    { party: 'JV', role: 'COMPLIANCE' },
    { party: 'JV', role: 'ENGINEER' },
    { party: 'JV', role: 'VIEWER' },
  ] as const)('$party $role may not record a notice: FORBIDDEN citing TIC 13.3', async (caller) => {
    const before = await countRows('notice');
    const recipient: PartyCode = caller.party === 'JV' ? 'VALENCE' : 'JV';
    const response = await tryRecordNotice(
      noticeInput({ contractId: contractIds.TIC, recipients: [recipient] }),
      caller,
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors![0].extensions?.article).toEqual(expect.stringContaining('TIC 13.3'));
    expect(await countRows('notice')).toBe(before);
  });

  it('refuses an anonymous caller', async () => {
    const response = await tryRecordNotice(noticeInput({ contractId: contractIds.TIC }), null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    { party: 'FENGFAN', role: 'COMPLIANCE' },
    { party: 'FENGFAN', role: 'ENGINEER' },
    { party: 'FENGFAN', role: 'VIEWER' },
    { party: 'FENGFAN', role: 'ADMIN' },
  ] as const)(
    'only LEGAL records a cure or a continuation: $party $role, the recipient, is FORBIDDEN',
    async (caller) => {
      // Fengfan receives both notices: only the guard stands between its users and them.
      const breach = await recordNotice(
        noticeInput({ contractId: contractIds.JVC, recipients: ['FENGFAN'], kind: 'BREACH' }),
        VALENCE_LEGAL,
      );
      const termination = await recordNotice(
        noticeInput({
          contractId: contractIds.JVC,
          recipients: ['FENGFAN'],
          kind: 'TERMINATION',
        }),
        VALENCE_LEGAL,
      );
      const cure = await t.gql(
        CLAIM_CURE,
        { input: { noticeId: breach.id, curedOn: '2026-11-01', evidence: 'Remedied' } },
        caller,
      );
      expect(errorCodes(cure)).toEqual(['FORBIDDEN']);
      const agree = await t.gql(
        SIGN_CONTINUATION,
        { input: { noticeId: termination.id, signedOn: '2026-11-01' } },
        caller,
      );
      expect(errorCodes(agree)).toEqual(['FORBIDDEN']);
      expect((await readNotice(breach, '2026-11-20')).curedOn).toBeNull();
      expect((await readNotice(termination, '2026-11-20')).continuationAgreedOn).toBeNull();
    },
  );
});

describe('the notices query', () => {
  it('lists newest first with cursor pagination, filtered by contract', async () => {
    const contractId = await createSideContract([
      { party: 'VALENCE', role: 'LICENSOR' },
      { party: 'JV', role: 'LICENSEE' },
    ]);
    // Recorded out of order: the list follows sentAt, not the order of recording.
    const second = await recordNotice(
      noticeInput({ contractId, sentAt: '2026-11-02T10:00:00+08:00', subject: 'second' }),
      VALENCE_LEGAL,
    );
    const third = await recordNotice(
      noticeInput({ contractId, sentAt: '2026-11-03T10:00:00+08:00', subject: 'third' }),
      VALENCE_LEGAL,
    );
    const first = await recordNotice(
      noticeInput({ contractId, sentAt: '2026-11-01T10:00:00+08:00', subject: 'first' }),
      VALENCE_LEGAL,
    );
    // Governed by the JVC, its parent: a courier letter is deemed received 14 days after it is
    // handed over in Nevada (31 October there).
    expect(first.deemedReceivedOn).toBe('2026-11-14');

    const reader: Caller = { party: 'JV', role: 'COMPLIANCE' };
    const page1 = await listNotices(reader, { contractId, first: 2 });
    expect(page1.edges.map((edge) => edge.node.id)).toEqual([third.id, second.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[1].cursor);
    const page2 = await listNotices(reader, {
      contractId,
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    expect(page2.edges.map((edge) => edge.node.id)).toEqual([first.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Unfiltered: every notice of the caller's contracts, newest first, this one's among them.
    const all = await listNotices(reader);
    const sentAts = all.edges.map((edge) => edge.node.sentAt);
    expect(sentAts).toEqual([...sentAts].sort().reverse());
    expect(all.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining([first.id, second.id, third.id]),
    );

    // Filtered by the TIC: no notice of another contract.
    const tic = await listNotices(reader, { contractId: contractIds.TIC });
    expect(tic.edges.length).toBeGreaterThan(0);
    expect(new Set(tic.edges.map((edge) => edge.node.contractId))).toEqual(
      new Set([contractIds.TIC]),
    );
  });

  it('rejects a cursor it did not issue', async () => {
    const response = await t.gql(NOTICES, { first: 2, after: 'not-a-cursor' }, VALENCE_LEGAL);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('after');
  });

  it('hides the notices of a contract from a party that is not party to it', async () => {
    const contractId = await createSideContract([
      { party: 'VALENCE', role: 'LICENSOR' },
      { party: 'JV', role: 'LICENSEE' },
    ]);
    const notice = await recordNotice(noticeInput({ contractId }), VALENCE_LEGAL);
    for (const role of ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const) {
      const filtered = await listNotices({ party: 'FENGFAN', role }, { contractId });
      expect(filtered.edges).toEqual([]);
      const all = await listNotices({ party: 'FENGFAN', role });
      expect(all.edges.map((edge) => edge.node.id)).not.toContain(notice.id);
    }
    const cure = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-11-01', evidence: 'n/a' } },
      FENGFAN_LEGAL,
    );
    expect(errorCodes(cure)).toEqual(['NOT_FOUND']);
  });

  it.each([
    { party: 'VALENCE', role: 'LEGAL', allowed: true },
    { party: 'VALENCE', role: 'COMPLIANCE', allowed: true },
    { party: 'VALENCE', role: 'ENGINEER', allowed: true },
    { party: 'VALENCE', role: 'VIEWER', allowed: false },
    { party: 'VALENCE', role: 'ADMIN', allowed: false },
    { party: 'FENGFAN', role: 'LEGAL', allowed: true },
    { party: 'FENGFAN', role: 'COMPLIANCE', allowed: true },
    { party: 'FENGFAN', role: 'ENGINEER', allowed: true },
    { party: 'FENGFAN', role: 'VIEWER', allowed: false },
    { party: 'FENGFAN', role: 'ADMIN', allowed: false },
    { party: 'JV', role: 'LEGAL', allowed: true },
    { party: 'JV', role: 'COMPLIANCE', allowed: true },
    { party: 'JV', role: 'ENGINEER', allowed: true },
    { party: 'JV', role: 'VIEWER', allowed: false },
    { party: 'JV', role: 'ADMIN', allowed: false },
  ] as const)('$party $role: allowed $allowed', async ({ party, role, allowed }) => {
    // A JVC notice between Valence and Fengfan: its sender and its recipient see it; the JV,
    // a party to the JVC but to neither side of this notice, does not (JVC Art. 127).
    const notice = await recordNotice(
      noticeInput({ contractId: contractIds.JVC, recipients: ['FENGFAN'] }),
      VALENCE_LEGAL,
    );
    const response = await t.gql<{ notices: NoticePage }>(
      NOTICES,
      { contractId: contractIds.JVC, first: 100 },
      { party, role },
    );
    if (allowed) {
      expect(response.errors).toBeUndefined();
      const ids = response.data!.notices.edges.map((edge) => edge.node.id);
      if (party === 'JV') expect(ids).not.toContain(notice.id);
      else expect(ids).toContain(notice.id);
    } else {
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(returnedNothing(response)).toBe(true);
    }
  });
});

describe('the audit trail of notices', () => {
  it('records recordNotice, the obligations it opens, the claimed cure and its acceptance', async () => {
    const valenceLegalId = await t.userId('VALENCE', 'LEGAL');
    const jvLegalId = await t.userId('JV', 'LEGAL');
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.TIC,
        recipients: ['JV'],
        kind: 'BREACH',
        sentAt: '2026-10-16T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    const recorded = await auditEventsFor(notice.id, VALENCE_LEGAL);
    expect(recorded).toEqual([
      expect.objectContaining({
        operation: 'recordNotice',
        entity: 'Notice',
        entityId: notice.id,
        actorParty: 'VALENCE',
        actorUserId: valenceLegalId,
        before: null,
      }),
    ]);
    // Handed over in Nevada on 15 October: received 29 October.
    expect(recorded[0].after).toMatchObject({
      id: notice.id,
      kind: 'BREACH',
      senderParty: 'VALENCE',
      recipientParties: ['JV'],
      sentOn: '2026-10-15',
      deemedReceivedOn: '2026-10-29',
    });

    // The cure obligation it opened is audited in the same transaction; it is due on the
    // earlier reading of TIC 11.2: 15 October + 60 days = Monday 14 December.
    const [cure] = await obligationsOf(notice, 'TIC-11.2-cure-breach', '2026-11-20');
    expect(cure.dueOn).toBe('2026-12-14');
    expect(await auditEventsFor(cure.id, VALENCE_LEGAL)).toEqual([
      expect.objectContaining({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: cure.id,
        actorUserId: valenceLegalId,
      }),
    ]);

    // The claimed cure is audited as the act of the JV's LEGAL, in the JV's trail.
    const claimed = await t.gql(
      CLAIM_CURE,
      { input: { noticeId: notice.id, curedOn: '2026-11-05', evidence: 'Remedied' } },
      JV_LEGAL,
    );
    expect(claimed.errors).toBeUndefined();
    expect(await auditEventsFor(notice.id, JV_LEGAL)).toEqual([
      expect.objectContaining({
        operation: 'claimCure',
        entity: 'Notice',
        entityId: notice.id,
        actorParty: 'JV',
        actorUserId: jvLegalId,
        before: expect.objectContaining({ cureClaimedOn: null }),
        after: expect.objectContaining({
          cureClaimedOn: '2026-11-05',
          cureClaimEvidence: 'Remedied',
        }),
      }),
    ]);
    // Its acceptance, and the cure obligation it met, in Valence's trail.
    const accepted = await t.gql(
      ACCEPT_CURE,
      { input: { noticeId: notice.id, acceptedOn: '2026-11-06' } },
      VALENCE_LEGAL,
    );
    expect(accepted.errors).toBeUndefined();
    expect(
      (await auditEventsFor(notice.id, VALENCE_LEGAL)).filter((e) => e.operation === 'acceptCure'),
    ).toEqual([
      expect.objectContaining({
        actorParty: 'VALENCE',
        actorUserId: valenceLegalId,
        after: expect.objectContaining({ cureAnswer: 'ACCEPTED', curedOn: '2026-11-05' }),
      }),
    ]);
    expect(
      (await auditEventsFor(cure.id, VALENCE_LEGAL)).filter(
        (e) => e.operation === 'meetObligation',
      ),
    ).toEqual([
      expect.objectContaining({
        entity: 'Obligation',
        entityId: cure.id,
        actorParty: 'VALENCE',
        actorUserId: valenceLegalId,
        before: { status: 'OPEN', metOn: null, evidence: null },
        after: { status: 'MET', metOn: '2026-11-05', evidence: 'Remedied' },
      }),
    ]);
  });

  it('records each signContinuation', async () => {
    const notice = await recordNotice(
      noticeInput({
        contractId: contractIds.JVC,
        recipients: ['FENGFAN'],
        kind: 'TERMINATION',
        sentAt: '2026-10-16T10:00:00+08:00',
      }),
      VALENCE_LEGAL,
    );
    for (const party of [VALENCE_LEGAL, FENGFAN_LEGAL]) {
      const signed = await t.gql(
        SIGN_CONTINUATION,
        { input: { noticeId: notice.id, signedOn: '2026-11-06' } },
        party,
      );
      expect(signed.errors).toBeUndefined();
    }
    // Each party reads its own trail: each signature is its own LEGAL's act.
    const trail = async (caller: Caller) =>
      (await auditEventsFor(notice.id, caller)).map((e) => ({
        operation: e.operation,
        actorParty: e.actorParty,
      }));
    expect(await trail(VALENCE_LEGAL)).toEqual([
      { operation: 'signContinuation', actorParty: 'VALENCE' },
      { operation: 'recordNotice', actorParty: 'VALENCE' },
    ]);
    expect(await trail(FENGFAN_LEGAL)).toEqual([
      { operation: 'signContinuation', actorParty: 'FENGFAN' },
    ]);
    // Fengfan's negotiation obligation, met by the agreement: scheduled, then met. Received 29
    // October, its window's 30th day is Saturday 28 November: it ends Monday 30 November.
    const [negotiation] = await obligationsOf(
      notice,
      'JVC-105-termination-negotiation',
      '2026-11-20',
    );
    expect(negotiation).toMatchObject({ obligorParty: 'FENGFAN', status: 'MET' });
    expect(
      (await auditEventsFor(negotiation.id, FENGFAN_LEGAL)).map((e) => [
        e.operation,
        e.before,
        e.after,
      ]),
    ).toEqual([
      [
        'meetObligation',
        { status: 'OPEN', metOn: null, evidence: null },
        {
          status: 'MET',
          metOn: '2026-11-06',
          evidence: 'Written agreement to continue the contract, signed by both Parties',
        },
      ],
    ]);
    expect(
      (await auditEventsFor(negotiation.id, VALENCE_LEGAL)).map((e) => [e.operation, e.after]),
    ).toEqual([['scheduleObligation', expect.objectContaining({ dueOn: '2026-11-30' })]]);
  });
});
