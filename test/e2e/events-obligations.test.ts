/**
 * Events, the obligations they date, and the obligation queries and mutations, end to end
 * through GraphQL on the real (cloned, seeded) database.
 *
 * One test app serves the whole file, so the order of the describes matters where the
 * contracts allow an event only once:
 *  1. "the seeded obligations" runs first: it asserts that nothing is dated before any event.
 *  2. "recordEvent on the TIC" records the TIC's one-off events (EFFECTIVE_DATE on 2026-01-31,
 *     PRODUCTION_STARTUP on 2026-05-20) and invoices dated March 2026.
 *  3. "recordEvent on the JVC" records the JVC's one-off ESTABLISHMENT_DATE (2026-02-10), then
 *     a BOARD_MEETING and a capital verification report that depend on it.
 * The describes after these only record repeatable events (invoices, capital verification
 * reports) in date windows of their own, and query within those windows, so they do not depend
 * on each other: obligations(filter) falls due January-June 2025, upcomingDeadlines in 2024
 * (the earliest, because includeOverdue reaches back without limit), markObligationMet and
 * waiveObligation July-October 2025, Contract.events in November 2025.
 */
import type { PartyCode, Role } from '../../src/domain/parties';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';

let t: TestApp;
const contractIds: Record<ContractCode, string> = { TIC: '', JVC: '' };
/** The server's "today", pinned: recurring duties are tracked up to it (JVC Art. 58, 88). */
const TODAY = '2026-06-30';
beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  const rows = await t.db.query<Array<{ id: string; code: ContractCode }>>(
    `SELECT id, code FROM contract WHERE code IN ('TIC', 'JVC')`,
  );
  for (const row of rows) contractIds[row.code] = row.id;
});
afterAll(() => t.close());

type ContractCode = 'TIC' | 'JVC';
type Caller = { party: PartyCode; role: Role };
const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });
const VALENCE_LEGAL = legal('VALENCE');
const FENGFAN_LEGAL = legal('FENGFAN');
const JV_LEGAL = legal('JV');

/** Judging MISSED as of a date before every deadline in this file shows the stored status. */
const BEFORE_EVERY_DEADLINE = '2000-01-01';
/** Always in the future (server "today" is the date in Asia/Shanghai). */
const FUTURE = '2099-01-01';

interface ObligationView {
  id: string;
  contractId: string;
  code: string;
  obligorParty: PartyCode | null;
  beneficiaryParties: PartyCode[];
  description: string;
  article: string;
  dueRule: string;
  triggerKind: string | null;
  dueOn: string | null;
  status: string;
  perEvent: boolean;
  recurrence: string | null;
  metOn: string | null;
  evidence: string | null;
  waiverReason: string | null;
}

interface ObligationPage {
  obligations: {
    edges: Array<{ cursor: string; node: ObligationView }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface EventView {
  id: string;
  contractId: string;
  kind: string;
  occurredOn: string;
  description: string;
  concernsParty: PartyCode | null;
  amount: string | null;
  currency: string | null;
  reference: string | null;
  recordedParty: PartyCode;
}

interface ContractView {
  id: string;
  code: string;
  status: string;
  effectiveOn: string | null;
  termYears: number | null;
  termStartsOn: string | null;
  expiresOn: string | null;
  statusHistory: Array<{
    fromStatus: string;
    toStatus: string;
    changedOn: string;
    article: string;
    reason: string;
  }>;
}

interface AuditView {
  actorUserId: string | null;
  actorParty: string;
  operation: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface ObligationFilter {
  contractId?: string;
  status?: string;
  obligor?: PartyCode;
  beneficiary?: PartyCode;
  dueFrom?: string;
  dueTo?: string;
  includeUndated?: boolean;
  asOf?: string;
}

interface EventInput {
  kind: string;
  occurredOn: string;
  description: string;
  concernsParty?: PartyCode;
  amount?: string;
  currency?: string;
  reference?: string;
}

const DEADLINE_FIELDS = `id contractId code obligorParty beneficiaryParties description article
  dueRule triggerKind dueOn status perEvent recurrence metOn`;
const OBLIGATION_FIELDS = `${DEADLINE_FIELDS} evidence waiverReason`;
/** VIEWER and ADMIN read deadlines, not the evidence behind them (TIC 8.1(i)). */
const fieldsFor = (as: Caller) =>
  as.role === 'VIEWER' || as.role === 'ADMIN' ? DEADLINE_FIELDS : OBLIGATION_FIELDS;

const EVENT_FIELDS =
  'id contractId kind occurredOn description concernsParty amount currency reference recordedParty';

const OBLIGATIONS = (fields = OBLIGATION_FIELDS) => `query Obligations(
  $filter: ObligationFilterInput, $first: Int!, $after: String) {
  obligations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${fields} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const UPCOMING = (fields = OBLIGATION_FIELDS) => `query Upcoming(
  $within: Int!, $asOf: LocalDate, $includeOverdue: Boolean!) {
  upcomingDeadlines(within: $within, asOf: $asOf, includeOverdue: $includeOverdue, first: 100) {
    nodes { ${fields} }
  }
}`;

const RECORD_EVENT = `mutation RecordEvent($input: RecordEventInput!) {
  recordEvent(input: $input) { ${EVENT_FIELDS} }
}`;

const MARK_MET = `mutation MarkMet($input: MarkObligationMetInput!) {
  markObligationMet(input: $input) { ${OBLIGATION_FIELDS} }
}`;

const WAIVE = `mutation Waive($input: WaiveObligationInput!) {
  waiveObligation(input: $input) { ${OBLIGATION_FIELDS} }
}`;

const CONTRACT = `query Contract($id: ID!) {
  contract(id: $id) {
    id code status effectiveOn termYears termStartsOn expiresOn
    statusHistory { fromStatus toStatus changedOn article reason }
  }
}`;

const CONTRACT_EVENTS = `query ContractEvents($id: ID!) {
  contract(id: $id) { code events { ${EVENT_FIELDS} } }
}`;

const AUDIT_EVENTS = `query Audit($filter: AuditEventFilterInput) {
  auditEvents(filter: $filter, first: 100) {
    edges { node { actorUserId actorParty operation entity entityId before after } }
    pageInfo { hasNextPage }
  }
}`;

function recordEvent(
  contract: ContractCode,
  input: EventInput,
  as: Caller,
): Promise<GraphQLResponse<{ recordEvent: EventView }>> {
  return t.gql<{ recordEvent: EventView }>(
    RECORD_EVENT,
    { input: { contractId: contractIds[contract], ...input } },
    as,
  );
}

async function obligationPage(
  filter: ObligationFilter,
  page: { first: number; after?: string | null },
  as: Caller = VALENCE_LEGAL,
): Promise<ObligationPage['obligations']> {
  const { data, errors } = await t.gql<ObligationPage>(
    OBLIGATIONS(fieldsFor(as)),
    { filter, ...page },
    as,
  );
  expect(errors).toBeUndefined();
  return data!.obligations;
}

/** Every obligation matching `filter`, in the order the API returns them. */
async function allObligations(
  filter: ObligationFilter,
  as: Caller = VALENCE_LEGAL,
): Promise<ObligationView[]> {
  const all: ObligationView[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await obligationPage(filter, { first: 100, after }, as);
    all.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

/**
 * Every obligation, dated or not, with its stored status: the union of what the three
 * parties see, since each sees only what it owes or is owed (auth/visibility.ts).
 */
async function everyObligation(): Promise<ObligationView[]> {
  const byId = new Map<string, ObligationView>();
  for (const as of [VALENCE_LEGAL, FENGFAN_LEGAL, JV_LEGAL]) {
    for (const o of await allObligations({ includeUndated: true, asOf: BEFORE_EVERY_DEADLINE }, as))
      byId.set(o.id, o);
  }
  return [...byId.values()].sort(byDueThenCode);
}

const byDueThenCode = (a: ObligationView, b: ObligationView) =>
  (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.code.localeCompare(b.code);

/**
 * Runs a mutation and reports how the obligations changed: those it created and those it
 * updated (their new state), each sorted by due date.
 */
async function observe<T>(
  run: () => Promise<T>,
): Promise<{ result: T; created: ObligationView[]; updated: ObligationView[] }> {
  const before = new Map((await everyObligation()).map((o) => [o.id, o]));
  const result = await run();
  const after = await everyObligation();
  const created = after.filter((o) => !before.has(o.id)).sort(byDueThenCode);
  const updated = after
    .filter((o) => before.has(o.id) && JSON.stringify(before.get(o.id)) !== JSON.stringify(o))
    .sort(byDueThenCode);
  return { result, created, updated };
}

/** Records an event that must succeed; returns it and the obligations it created or dated. */
async function recorded(contract: ContractCode, input: EventInput, as: Caller) {
  const { result, created, updated } = await observe(() => recordEvent(contract, input, as));
  expect(result.errors).toBeUndefined();
  return { event: result.data!.recordEvent, created, updated };
}

async function markMet(
  obligationId: string,
  as: Caller,
  metOn = '2025-10-01',
  evidence = 'Payment confirmation from the bank',
) {
  return t.gql<{ markObligationMet: ObligationView }>(
    MARK_MET,
    { input: { obligationId, metOn, evidence } },
    as,
  );
}

async function waive(obligationId: string, as: Caller, reason = 'Waived in writing') {
  return t.gql<{ waiveObligation: ObligationView }>(WAIVE, { input: { obligationId, reason } }, as);
}

async function contract(code: ContractCode): Promise<ContractView> {
  const { data, errors } = await t.gql<{ contract: ContractView }>(
    CONTRACT,
    { id: contractIds[code] },
    VALENCE_LEGAL,
  );
  expect(errors).toBeUndefined();
  return data!.contract;
}

/** The audit events of one entity, as the given caller (its own party's events only). */
async function auditTrail(as: Caller, entity: string, entityId: string): Promise<AuditView[]> {
  const { data, errors } = await t.gql<{
    auditEvents: { edges: Array<{ node: AuditView }>; pageInfo: { hasNextPage: boolean } };
  }>(AUDIT_EVENTS, { filter: { entity, entityId } }, as);
  expect(errors).toBeUndefined();
  expect(data!.auditEvents.pageInfo.hasNextPage).toBe(false);
  return data!.auditEvents.edges.map((edge) => edge.node);
}

/** Asserts the acting party's LEGAL sees `operation` on the entity, by the acting user. */
async function expectAudited(
  as: Caller,
  entity: string,
  entityId: string,
  operation: string,
): Promise<AuditView> {
  const trail = await auditTrail(legal(as.party), entity, entityId);
  const entry = trail.find((event) => event.operation === operation);
  expect(entry).toMatchObject({
    actorParty: as.party,
    actorUserId: await t.userId(as.party, as.role),
    entity,
    entityId,
    operation,
  });
  return entry!;
}

/** Rows in every table an event or obligation mutation writes to. */
async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await t.db.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM audit_event) AS audit_events,
            (SELECT count(*)::int FROM contract_event) AS contract_events,
            (SELECT count(*)::int FROM contract_status_change) AS status_changes,
            (SELECT count(*)::int FROM obligation) AS obligations,
            (SELECT count(*)::int FROM obligation WHERE due_on IS NOT NULL) AS dated,
            (SELECT count(*)::int FROM obligation WHERE status <> 'OPEN') AS closed,
            (SELECT count(*)::int FROM contract WHERE term_starts_on IS NOT NULL) AS started`,
  );
  return row;
}

/** Runs a mutation that must fail with `code`, and checks it wrote nothing, audit included. */
async function expectRefused<T>(
  code: string,
  run: () => Promise<GraphQLResponse<T>>,
): Promise<GraphQLResponse<T>> {
  const before = await rowCounts();
  const response = await run();
  expect(errorCodes(response)).toEqual([code]);
  expect(returnedNothing(response)).toBe(true);
  expect(await rowCounts()).toEqual(before);
  return response;
}

const invoice = (occurredOn: string, reference: string): EventInput => ({
  kind: 'INVOICE',
  occurredOn,
  description: `Associated Expenses invoice ${reference}`,
  amount: '1250.00',
  currency: 'USD',
  reference,
});

/** Records an invoice as Valence and returns the one obligation (TIC 6.3) it creates. */
async function invoiced(occurredOn: string, reference: string): Promise<ObligationView> {
  const { created, updated } = await recorded('TIC', invoice(occurredOn, reference), VALENCE_LEGAL);
  expect(updated).toEqual([]);
  expect(created).toHaveLength(1);
  return created[0];
}

describe('the seeded obligations (before any event is recorded)', () => {
  // [contract, article, trigger, obligor, beneficiaries, perEvent, how many]
  const SEEDED: Array<
    [ContractCode, string, string, PartyCode | null, PartyCode[], boolean, number]
  > = [
    ['TIC', 'TIC 6.3', 'INVOICE', 'JV', ['VALENCE'], true, 1],
    ['TIC', 'TIC 7.1(a)', 'EFFECTIVE_DATE', 'VALENCE', ['JV'], false, 1],
    ['TIC', 'TIC 7.1(b)', 'EFFECTIVE_DATE', 'VALENCE', ['JV'], false, 1],
    // TIC 1.8: Production Startup is a date per line; TIC 7.3 runs from the cell line's.
    ['TIC', 'TIC 7.3', 'CELL_PRODUCTION_STARTUP', 'JV', ['VALENCE'], false, 1],
    ['TIC', 'TIC 7.3', 'CELL_PRODUCTION_STARTUP', 'VALENCE', ['JV'], false, 1],
    // TIC 7.4 runs from Powder production's and binds "the Licensee and Valence".
    ['TIC', 'TIC 7.4', 'POWDER_PRODUCTION_STARTUP', 'JV', ['VALENCE'], false, 1],
    ['TIC', 'TIC 7.4', 'POWDER_PRODUCTION_STARTUP', 'VALENCE', ['JV'], false, 1],
    ['TIC', 'TIC 11.2', 'BREACH_NOTICE_RECEIVED', null, [], true, 1],
    ['JVC', 'JVC Art. 35', 'CAPITAL_VERIFICATION_REPORT', 'JV', [], true, 1],
    // the first board meeting, and one regular meeting in each calendar year
    ['JVC', 'JVC Art. 58', 'ESTABLISHMENT_DATE', 'JV', ['FENGFAN', 'VALENCE'], false, 2],
    // draft minutes (30 days) and final minutes (60 days)
    ['JVC', 'JVC Art. 61', 'BOARD_MEETING', 'JV', ['FENGFAN', 'VALENCE'], true, 2],
    // the monthly and the quarterly report
    ['JVC', 'JVC Art. 88', 'ESTABLISHMENT_DATE', 'JV', ['FENGFAN', 'VALENCE'], false, 2],
    // JVC Art. 103: an option window of the Parties, no one's duty.
    ['JVC', 'JVC Art. 103', 'ESTABLISHMENT_DATE', null, ['FENGFAN', 'VALENCE'], false, 1],
    ['JVC', 'JVC Art. 104(2)', 'BREACH_NOTICE_RECEIVED', null, [], true, 1],
    ['JVC', 'JVC Art. 105', 'TERMINATION_NOTICE_RECEIVED', null, [], true, 1],
    ['JVC', 'JVC Art. 115', 'FORCE_MAJEURE_NOTIFIED', null, [], true, 1],
  ];

  let seeded: ObligationView[];
  beforeAll(async () => {
    // The JV owes or is owed every seeded obligation (or it is a standing clause), so its
    // LEGAL sees them all; a VIEWER would see them too, but not the evidence fields asked here.
    seeded = await allObligations({ includeUndated: true }, JV_LEGAL);
  });

  it.each(SEEDED)(
    'in the %s, %s waits for %s: owed by %s to %j',
    (code, article, trigger, obligor, beneficiaries, perEvent, count) => {
      const matching = seeded.filter(
        (o) =>
          o.contractId === contractIds[code] &&
          o.article === article &&
          o.triggerKind === trigger &&
          o.obligorParty === obligor,
      );
      expect(matching).toHaveLength(count);
      for (const obligation of matching) {
        expect([...obligation.beneficiaryParties].sort()).toEqual(beneficiaries);
        expect(obligation).toMatchObject({ dueOn: null, status: 'OPEN', perEvent });
        expect(obligation.description).not.toBe('');
        expect(obligation.dueRule).not.toBe('');
      }
    },
  );

  it('are all undated and open', () => {
    // TIC (11): 6.3; 7.1(a); 7.1(b); 7.1 examination, cure of non-conformity and Verification
    // Certificate; 7.3 for the Licensee and for Valence; 7.4 for the Licensee and for Valence;
    // 11.2.
    // JVC (12): 35; 58 first, regular and interim meeting; 61 draft and final minutes; 88 monthly
    // and quarterly report; 103; 104(2); 105; 115.
    expect(seeded).toHaveLength(23);
    expect(seeded.filter((o) => o.dueOn !== null || o.status !== 'OPEN')).toEqual([]);
  });

  it.each<Caller>([VALENCE_LEGAL, FENGFAN_LEGAL, { party: 'JV', role: 'VIEWER' }])(
    'are not listed without includeUndated, as $party $role (no event recorded yet)',
    async (as) => {
      const page = await obligationPage({}, { first: 100 }, as);
      expect(page.edges).toEqual([]);
      expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
      expect(await allObligations({ includeUndated: false }, as)).toEqual([]);
    },
  );
});

describe('recordEvent on the TIC', () => {
  describe('INVOICE (TIC 6.3)', () => {
    it('may be recorded only by VALENCE: the JV LEGAL gets FORBIDDEN citing TIC 6.3', async () => {
      const response = await expectRefused('FORBIDDEN', () =>
        recordEvent('TIC', invoice('2026-03-10', 'INV-JV'), JV_LEGAL),
      );
      expect(response.errors![0].extensions?.article).toEqual(expect.stringContaining('TIC 6.3'));
    });

    it('needs a LEGAL user: VALENCE COMPLIANCE gets FORBIDDEN', async () => {
      await expectRefused('FORBIDDEN', () =>
        recordEvent('TIC', invoice('2026-03-10', 'INV-COMPLIANCE'), {
          party: 'VALENCE',
          role: 'COMPLIANCE',
        }),
      );
    });

    let first: ObligationView;
    it("creates a dated obligation of the JV, owed to VALENCE, 30 days after the invoice's date", async () => {
      const { event, created, updated } = await recorded(
        'TIC',
        invoice('2026-03-10', 'INV-2026-001'),
        VALENCE_LEGAL,
      );
      expect(event).toEqual({
        id: expect.any(String),
        contractId: contractIds.TIC,
        kind: 'INVOICE',
        occurredOn: '2026-03-10',
        description: 'Associated Expenses invoice INV-2026-001',
        concernsParty: null,
        amount: '1250.00',
        currency: 'USD',
        reference: 'INV-2026-001',
        recordedParty: 'VALENCE',
      });
      // The standing TIC 6.3 obligation stays undated: each invoice gets its own copy.
      expect(updated).toEqual([]);
      expect(created).toHaveLength(1);
      first = created[0];
      expect(first).toMatchObject({
        contractId: contractIds.TIC,
        article: 'TIC 6.3',
        obligorParty: 'JV',
        beneficiaryParties: ['VALENCE'],
        triggerKind: 'INVOICE',
        dueOn: '2026-04-09',
        status: 'OPEN',
        perEvent: false,
        metOn: null,
      });

      await expectAudited(VALENCE_LEGAL, 'ContractEvent', event.id, 'recordEvent');
      const scheduled = await expectAudited(
        VALENCE_LEGAL,
        'Obligation',
        first.id,
        'scheduleObligation',
      );
      expect(scheduled.after).toMatchObject({ dueOn: '2026-04-09' });
      // The trail is the party's own: the JV's LEGAL does not see Valence's entries.
      expect(await auditTrail(JV_LEGAL, 'ContractEvent', event.id)).toEqual([]);
    });

    it('creates a second, separate obligation for a second invoice', async () => {
      const { created } = await recorded(
        'TIC',
        invoice('2026-03-10', 'INV-2026-002'),
        VALENCE_LEGAL,
      );
      expect(created).toHaveLength(1);
      expect(created[0].id).not.toBe(first.id);
      expect(created[0].code).not.toBe(first.code);
      expect(created[0]).toMatchObject({ article: 'TIC 6.3', dueOn: '2026-04-09' });
      const due = await allObligations({
        contractId: contractIds.TIC,
        dueFrom: '2026-04-09',
        dueTo: '2026-04-09',
        asOf: '2026-03-10',
      });
      expect(due.map((o) => o.id).sort()).toEqual([first.id, created[0].id].sort());
      expect(due.map((o) => o.status)).toEqual(['OPEN', 'OPEN']);
    });
  });

  describe('PRODUCTION_STARTUP: two dates, one per line (TIC 1.8)', () => {
    it('is refused without naming the line: BAD_USER_INPUT on kind', async () => {
      const response = await expectRefused('BAD_USER_INPUT', () =>
        recordEvent(
          'TIC',
          { kind: 'PRODUCTION_STARTUP', occurredOn: '2026-05-20', description: 'Startup' },
          JV_LEGAL,
        ),
      );
      expect(response.errors![0].extensions?.field).toBe('kind');
    });

    it('is recorded by either side of the verification, not by Fengfan: FORBIDDEN', async () => {
      await expectRefused('FORBIDDEN', () =>
        recordEvent(
          'TIC',
          { kind: 'CELL_PRODUCTION_STARTUP', occurredOn: '2026-05-20', description: 'Startup' },
          FENGFAN_LEGAL,
        ),
      );
    });

    it('the cell line dates the verification of cells (TIC 7.3), for the Licensee and Valence', async () => {
      const { event, created, updated } = await recorded(
        'TIC',
        {
          kind: 'CELL_PRODUCTION_STARTUP',
          occurredOn: '2026-05-20',
          description: 'Bellcore Cell line installed and debugged',
        },
        JV_LEGAL,
      );
      expect(created).toEqual([]);
      expect(
        updated
          .map((o) => [o.article, o.obligorParty, o.dueOn])
          .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
      ).toEqual([
        ['TIC 7.3', 'JV', '2026-11-20'],
        ['TIC 7.3', 'VALENCE', '2026-11-20'],
      ]);
      await expectAudited(JV_LEGAL, 'ContractEvent', event.id, 'recordEvent');
      for (const obligation of updated) {
        await expectAudited(JV_LEGAL, 'Obligation', obligation.id, 'scheduleObligation');
      }
    });

    it('powder production dates the verification of Powder and Film (TIC 7.4), binding "the Licensee and Valence"', async () => {
      const { created, updated } = await recorded(
        'TIC',
        {
          kind: 'POWDER_PRODUCTION_STARTUP',
          occurredOn: '2026-06-10',
          description: 'Powder production installed and debugged',
        },
        VALENCE_LEGAL,
      );
      expect(created).toEqual([]);
      expect(
        updated
          .map((o) => [o.article, o.obligorParty, o.dueOn])
          .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
      ).toEqual([
        ['TIC 7.4', 'JV', '2026-12-10'],
        ['TIC 7.4', 'VALENCE', '2026-12-10'],
      ]);
    });

    it('cannot be recorded twice: CONFLICT', async () => {
      await expectRefused('CONFLICT', () =>
        recordEvent(
          'TIC',
          { kind: 'CELL_PRODUCTION_STARTUP', occurredOn: '2026-06-01', description: 'Again' },
          VALENCE_LEGAL,
        ),
      );
    });
  });
});

describe('recordEvent on the JVC', () => {
  let annual2026: ObligationView;

  it('ESTABLISHMENT_DATE starts the 50-year term and dates what runs from it', async () => {
    const { event, created, updated } = await recorded(
      'JVC',
      {
        kind: 'ESTABLISHMENT_DATE',
        occurredOn: '2026-02-10',
        description: 'Business License issued',
      },
      FENGFAN_LEGAL,
    );
    expect(await contract('JVC')).toMatchObject({
      // the JVC takes effect on approval (JVC Art. 10, 126), not on establishment
      status: 'SIGNED',
      termYears: 50,
      termStartsOn: '2026-02-10',
      expiresOn: '2076-02-10',
    });

    expect(updated.map((o) => [o.article, o.obligorParty, o.recurrence, o.dueOn])).toEqual([
      // first board meeting within one month of the Establishment Date
      ['JVC Art. 58', 'JV', null, '2026-03-10'],
      // the extension window closes six months before the 50 years run out: an option
      ['JVC Art. 103', null, null, '2075-08-10'],
    ]);
    // Every period from the Establishment Date to today (2026-06-30) has its instance, each
    // report due one month after its period ends (JVC Art. 88), the regular meeting by the end
    // of its calendar year (JVC Art. 58).
    expect(created.map((o) => [o.article, o.code.split('#')[1], o.dueOn, o.status])).toEqual([
      // A last day on a Saturday moves to the Monday (PRC Civil Code Art. 203; JVC Art. 118).
      ['JVC Art. 88', '2026-02', '2026-03-30', 'OPEN'],
      ['JVC Art. 88', '2026-03', '2026-04-30', 'OPEN'],
      ['JVC Art. 88', '2026-Q1', '2026-04-30', 'OPEN'],
      ['JVC Art. 88', '2026-04', '2026-06-01', 'OPEN'],
      ['JVC Art. 88', '2026-05', '2026-06-30', 'OPEN'],
      ['JVC Art. 88', '2026-06', '2026-07-30', 'OPEN'],
      ['JVC Art. 88', '2026-Q2', '2026-07-30', 'OPEN'],
      ['JVC Art. 58', '2026', '2026-12-31', 'OPEN'],
    ]);
    for (const obligation of created) {
      expect(obligation.obligorParty).toBe('JV');
      expect([...obligation.beneficiaryParties].sort()).toEqual(['FENGFAN', 'VALENCE']);
    }
    annual2026 = created[7];

    await expectAudited(FENGFAN_LEGAL, 'ContractEvent', event.id, 'recordEvent');
    const start = await expectAudited(
      FENGFAN_LEGAL,
      'Contract',
      contractIds.JVC,
      'startContractTerm',
    );
    expect(start.after).toEqual({ termStartsOn: '2026-02-10' });
    for (const obligation of [...updated, ...created]) {
      await expectAudited(FENGFAN_LEGAL, 'Obligation', obligation.id, 'scheduleObligation');
    }
  });

  it('ESTABLISHMENT_DATE cannot be recorded twice: CONFLICT', async () => {
    await expectRefused('CONFLICT', () =>
      recordEvent(
        'JVC',
        { kind: 'ESTABLISHMENT_DATE', occurredOn: '2026-03-01', description: 'Again' },
        VALENCE_LEGAL,
      ),
    );
    expect(await contract('JVC')).toMatchObject({ termStartsOn: '2026-02-10' });
  });

  it('BOARD_MEETING may be recorded only by the JV: FENGFAN gets FORBIDDEN', async () => {
    await expectRefused('FORBIDDEN', () =>
      recordEvent(
        'JVC',
        { kind: 'BOARD_MEETING', occurredOn: '2026-04-15', description: 'Board meeting' },
        FENGFAN_LEGAL,
      ),
    );
  });

  it("BOARD_MEETING meets the year's regular meeting and dates the minutes", async () => {
    const { event, created, updated } = await recorded(
      'JVC',
      { kind: 'BOARD_MEETING', occurredOn: '2026-04-15', description: 'Regular board meeting' },
      JV_LEGAL,
    );
    // The meeting discharges the regular meeting of 2026 and the (late) first meeting, whose
    // due date had passed: performance is recorded, lateness shows in metOn > dueOn.
    expect(updated).toHaveLength(2);
    expect(updated).toEqual(
      expect.arrayContaining([
        {
          ...annual2026,
          status: 'MET',
          metOn: '2026-04-15',
          evidence: 'Regular board meeting',
        },
        expect.objectContaining({
          code: 'JVC-58-first-board-meeting',
          dueOn: '2026-03-10',
          status: 'MET',
          metOn: '2026-04-15',
        }),
      ]),
    );
    // The regular meeting of 2027 is not created by this meeting: it exists once 2027 begins.
    expect(created.map((o) => [o.article, o.dueOn, o.status])).toEqual([
      ['JVC Art. 61', '2026-05-15', 'OPEN'], // draft minutes within 30 days
      // final minutes within 60 days: Sunday 14 June, so Monday 15 June (PRC Civil Code Art. 203)
      ['JVC Art. 61', '2026-06-15', 'OPEN'],
    ]);
    for (const obligation of created) {
      expect(obligation.obligorParty).toBe('JV');
      expect([...obligation.beneficiaryParties].sort()).toEqual(['FENGFAN', 'VALENCE']);
    }

    await expectAudited(JV_LEGAL, 'ContractEvent', event.id, 'recordEvent');
    const met = await expectAudited(JV_LEGAL, 'Obligation', annual2026.id, 'meetObligation');
    expect(met.after).toMatchObject({ status: 'MET', metOn: '2026-04-15' });
    for (const obligation of created) {
      await expectAudited(JV_LEGAL, 'Obligation', obligation.id, 'scheduleObligation');
    }
  });

  it('CAPITAL_VERIFICATION_REPORT requires concernsParty: BAD_USER_INPUT without it', async () => {
    const response = await expectRefused('BAD_USER_INPUT', () =>
      recordEvent(
        'JVC',
        {
          kind: 'CAPITAL_VERIFICATION_REPORT',
          occurredOn: '2026-03-01',
          description: 'Capital verification report',
        },
        JV_LEGAL,
      ),
    );
    expect(response.errors![0].extensions?.field).toBe('concernsParty');
  });

  it('CAPITAL_VERIFICATION_REPORT cannot concern the JV, which contributes no capital', async () => {
    // JVC Art. 35: the investment certificate goes to the Party that contributed, i.e. Party A
    // (FENGFAN) or Party B (VALENCE); the Joint Venture Company issues it and cannot owe it to itself.
    const response = await expectRefused('BAD_USER_INPUT', () =>
      recordEvent(
        'JVC',
        {
          kind: 'CAPITAL_VERIFICATION_REPORT',
          occurredOn: '2026-03-01',
          description: 'Capital verification report',
          concernsParty: 'JV',
        },
        JV_LEGAL,
      ),
    );
    expect(response.errors![0].extensions?.field).toBe('concernsParty');
  });

  it('CAPITAL_VERIFICATION_REPORT makes a JVC Art. 35 obligation owed to that party, due in 60 days', async () => {
    const { event, created, updated } = await recorded(
      'JVC',
      {
        kind: 'CAPITAL_VERIFICATION_REPORT',
        occurredOn: '2026-03-01',
        description: "Verification of Valence's contribution",
        concernsParty: 'VALENCE',
        amount: '5900000',
        currency: 'USD',
      },
      JV_LEGAL,
    );
    expect(event).toMatchObject({ concernsParty: 'VALENCE', amount: '5900000' });
    expect(updated).toEqual([]);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      contractId: contractIds.JVC,
      article: 'JVC Art. 35',
      obligorParty: 'JV',
      beneficiaryParties: ['VALENCE'],
      dueOn: '2026-04-30',
      status: 'OPEN',
    });
    await expectAudited(JV_LEGAL, 'ContractEvent', event.id, 'recordEvent');
    await expectAudited(JV_LEGAL, 'Obligation', created[0].id, 'scheduleObligation');
  });
});

describe('the TIC takes effect (TIC 1.4, 4.1; JVC Art. 42)', () => {
  it('its Effective Date is not recorded directly: BAD_USER_INPUT on kind', async () => {
    const response = await expectRefused('BAD_USER_INPUT', () =>
      recordEvent(
        'TIC',
        { kind: 'EFFECTIVE_DATE', occurredOn: '2026-01-31', description: 'Effective' },
        FENGFAN_LEGAL,
      ),
    );
    expect(response.errors![0].extensions?.field).toBe('kind');
  });

  it("refuses a ratification before the Licensee's establishment (10 February 2026)", async () => {
    const response = await expectRefused('BAD_USER_INPUT', () =>
      recordEvent(
        'TIC',
        { kind: 'LICENSEE_RATIFICATION', occurredOn: '2026-02-01', description: 'Too early' },
        JV_LEGAL,
      ),
    );
    expect(response.errors![0].extensions?.field).toBe('occurredOn');
  });

  it("the Authority's approval alone changes nothing yet", async () => {
    const { created, updated } = await recorded(
      'TIC',
      {
        kind: 'APPROVAL_AUTHORITY_APPROVAL',
        occurredOn: '2026-01-20',
        description: 'Approved with the Joint Venture Contract',
      },
      FENGFAN_LEGAL,
    );
    expect([created, updated]).toEqual([[], []]);
    expect(await contract('TIC')).toMatchObject({ status: 'SIGNED', effectiveOn: null });
  });

  it('the ratification by the JV fixes the Effective Date; the deliveries are SUSPENDED (TIC 4.1)', async () => {
    await expectRefused('FORBIDDEN', () =>
      recordEvent(
        'TIC',
        { kind: 'LICENSEE_RATIFICATION', occurredOn: '2026-03-03', description: 'Ratified' },
        VALENCE_LEGAL,
      ),
    );
    const { updated } = await recorded(
      'TIC',
      {
        kind: 'LICENSEE_RATIFICATION',
        occurredOn: '2026-03-03',
        description: 'Ratified by the Board at its first meeting',
      },
      JV_LEGAL,
    );
    // Not yet in effect: the export approval is also a condition of taking effect (TIC 4.1).
    expect(await contract('TIC')).toMatchObject({
      status: 'SIGNED',
      effectiveOn: '2026-03-03',
      termStartsOn: '2026-03-03',
      expiresOn: '2036-03-03',
    });
    expect(updated.map((o) => [o.article, o.dueOn])).toEqual([
      ['TIC 7.1(a)', '2026-04-03'],
      // 1.5 months end on Saturday 18 April: the next business day in California (TIC 13.4).
      ['TIC 7.1(b)', '2026-04-20'],
    ]);
    // Past their dates as of today, but SUSPENDED citing TIC 4.1, never MISSED.
    const suspended = await allObligations(
      { contractId: contractIds.TIC, status: 'SUSPENDED' },
      JV_LEGAL,
    );
    expect(suspended.map((o) => o.article)).toEqual(['TIC 7.1(a)', 'TIC 7.1(b)']);
    const missed = await allObligations(
      { contractId: contractIds.TIC, status: 'MISSED', dueFrom: '2026-04-01', dueTo: '2026-04-30' },
      JV_LEGAL,
    );
    expect(missed.filter((o) => o.article.startsWith('TIC 7.1('))).toEqual([]);
    const [row] = await t.db.query<Array<{ condition_article: string }>>(
      `SELECT condition_article FROM obligation WHERE id = $1`,
      [suspended[0].id],
    );
    expect(row.condition_article).toBe('TIC 4.1');
  });

  it('the export approval, recorded by Valence, puts it in effect and dates the deliveries from it', async () => {
    await expectRefused('FORBIDDEN', () =>
      recordEvent(
        'TIC',
        { kind: 'EXPORT_APPROVAL', occurredOn: '2026-05-10', description: 'BIS licence' },
        JV_LEGAL,
      ),
    );
    const { updated } = await recorded(
      'TIC',
      { kind: 'EXPORT_APPROVAL', occurredOn: '2026-05-10', description: 'BIS licence granted' },
      VALENCE_LEGAL,
    );
    const tic = await contract('TIC');
    expect(tic).toMatchObject({ status: 'EFFECTIVE', effectiveOn: '2026-03-03' });
    const conditions = await t.gql<{
      contract: { conditionsToTakeEffect: Array<{ article: string; fulfilledOn: string }> };
    }>(
      `query($id: ID!) { contract(id: $id) { conditionsToTakeEffect { article fulfilledOn } } }`,
      { id: contractIds.TIC },
      FENGFAN_LEGAL,
    );
    expect(conditions.data!.contract.conditionsToTakeEffect).toEqual([
      { article: 'TIC 1.4; JVC Art. 8', fulfilledOn: '2026-02-10' },
      { article: 'TIC 1.4; JVC Art. 42', fulfilledOn: '2026-03-03' },
      { article: 'JVC Art. 42', fulfilledOn: '2026-01-20' },
      { article: 'TIC 4.1', fulfilledOn: '2026-05-10' },
    ]);
    expect(tic.statusHistory.at(-1)).toEqual({
      fromStatus: 'SIGNED',
      toStatus: 'EFFECTIVE',
      changedOn: '2026-05-10',
      article: 'TIC 1.4, 4.1',
      reason: expect.any(String),
    });
    // The later of the offset (3 and 18 April) and the export approval (Sunday 10 May), on
    // the next business day in California: Monday 11 May (TIC 13.4; Cal. Civ. Code § 11).
    expect(updated.map((o) => [o.article, o.dueOn])).toEqual([
      ['TIC 7.1(a)', '2026-05-11'],
      ['TIC 7.1(b)', '2026-05-11'],
    ]);
    const asOf = async (date: string) =>
      (
        await allObligations(
          { contractId: contractIds.TIC, dueFrom: '2026-05-11', dueTo: '2026-05-11', asOf: date },
          JV_LEGAL,
        )
      )
        .filter((o) => o.article.startsWith('TIC 7.1('))
        .map((o) => o.status);
    expect(await asOf('2026-05-09')).toEqual(['SUSPENDED', 'SUSPENDED']);
    expect(await asOf('2026-05-10')).toEqual(['OPEN', 'OPEN']);
    expect(await asOf('2026-05-11')).toEqual(['OPEN', 'OPEN']);
    expect(await asOf('2026-05-12')).toEqual(['MISSED', 'MISSED']);

    await expectRefused('CONFLICT', () =>
      recordEvent(
        'TIC',
        { kind: 'EXPORT_APPROVAL', occurredOn: '2026-05-12', description: 'Again' },
        VALENCE_LEGAL,
      ),
    );
  });
});

describe('disputeEvent: the other side of the clock', () => {
  const DISPUTE = `mutation($input: DisputeEventInput!) {
    disputeEvent(input: $input) { id disputedParty disputedOn disputeReason }
  }`;
  let startup: EventView;
  beforeAll(async () => {
    const response = await t.gql<{ contract: { events: EventView[] } }>(
      CONTRACT_EVENTS,
      { id: contractIds.TIC },
      JV_LEGAL,
    );
    startup = response.data!.contract.events.find((e) => e.kind === 'POWDER_PRODUCTION_STARTUP')!;
    expect(startup.recordedParty).toBe('VALENCE');
  });

  it('the recorder cannot dispute its own record: FORBIDDEN', async () => {
    await expectRefused('FORBIDDEN', () =>
      t.gql(DISPUTE, { input: { eventId: startup.id, reason: 'No' } }, VALENCE_LEGAL),
    );
  });

  it('a party the event does not concern does not see it: NOT_FOUND', async () => {
    await expectRefused('NOT_FOUND', () =>
      t.gql(DISPUTE, { input: { eventId: startup.id, reason: 'No' } }, FENGFAN_LEGAL),
    );
  });

  it('the Licensee disputes it with its reason, once', async () => {
    const reason = 'The powder line was not debugged until 25 June 2026';
    const response = await t.gql<{ disputeEvent: Record<string, unknown> }>(
      DISPUTE,
      { input: { eventId: startup.id, reason } },
      JV_LEGAL,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.disputeEvent).toEqual({
      id: startup.id,
      disputedParty: 'JV',
      disputedOn: TODAY,
      disputeReason: reason,
    });
    await expectAudited(JV_LEGAL, 'ContractEvent', startup.id, 'disputeEvent');
    await expectRefused('CONFLICT', () =>
      t.gql(DISPUTE, { input: { eventId: startup.id, reason: 'Again' } }, JV_LEGAL),
    );
  });
});

describe('recordEvent refusals', () => {
  it.each<[string, ContractCode, EventInput, Caller]>([
    ['an invoice dated in the future', 'TIC', invoice(FUTURE, 'INV-FUTURE'), VALENCE_LEGAL],
    [
      'a capital verification report dated in the future',
      'JVC',
      {
        kind: 'CAPITAL_VERIFICATION_REPORT',
        occurredOn: FUTURE,
        description: 'Report',
        concernsParty: 'FENGFAN',
      },
      JV_LEGAL,
    ],
    ['an INVOICE on the JVC (a TIC event)', 'JVC', invoice('2026-03-10', 'INV-JVC'), VALENCE_LEGAL],
    [
      'a BOARD_MEETING on the TIC (a JVC event)',
      'TIC',
      { kind: 'BOARD_MEETING', occurredOn: '2026-04-15', description: 'Board meeting' },
      JV_LEGAL,
    ],
    [
      'an ESTABLISHMENT_DATE on the TIC (a JVC event)',
      'TIC',
      { kind: 'ESTABLISHMENT_DATE', occurredOn: '2026-02-10', description: 'Business License' },
      FENGFAN_LEGAL,
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, code, input, as) => {
    await expectRefused('BAD_USER_INPUT', () => recordEvent(code, input, as));
  });

  it('refuses a date that is not a calendar date', async () => {
    await expectRefused('BAD_USER_INPUT', () =>
      recordEvent('TIC', invoice('2026-02-30', 'INV-BAD-DATE'), VALENCE_LEGAL),
    );
  });
});

describe('obligations(filter)', () => {
  // Dues January-June 2025; judged as of 5 April 2025 unless a row says otherwise.
  const WINDOW = { dueFrom: '2025-01-01', dueTo: '2025-06-30', asOf: '2025-04-05' };
  type Label = 'A' | 'B' | 'CV' | 'C' | 'D';
  const ids = {} as Record<Label, string>;
  const labelOf = (id: string) =>
    (Object.keys(ids) as Label[]).find((label) => ids[label] === id) ?? id;

  beforeAll(async () => {
    ids.A = (await invoiced('2025-01-10', 'F-A')).id; // due 2025-02-09
    ids.B = (await invoiced('2025-02-10', 'F-B')).id; // due 2025-03-12, met on 2025-03-01
    const cv = await recorded(
      'JVC',
      {
        kind: 'CAPITAL_VERIFICATION_REPORT',
        occurredOn: '2025-02-01',
        description: "Verification of Fengfan's contribution",
        concernsParty: 'FENGFAN',
      },
      JV_LEGAL,
    );
    expect(cv.created).toHaveLength(1);
    ids.CV = cv.created[0].id; // due 2025-04-02, owed to FENGFAN
    ids.C = (await invoiced('2025-03-10', 'F-C')).id; // due 2025-04-09
    ids.D = (await invoiced('2025-04-10', 'F-D')).id; // due 2025-05-10
    const met = await markMet(ids.B, JV_LEGAL, '2025-03-01', 'Wire transfer');
    expect(met.errors).toBeUndefined();
  });

  it('lists them by due date with their articles and due dates', async () => {
    const listed = await allObligations(WINDOW, JV_LEGAL);
    expect(listed.map((o) => [labelOf(o.id), o.article, o.dueOn, o.status])).toEqual([
      // Sunday 9 February and Saturday 10 May move to the Monday (TIC 13.4; Cal. Civ. Code § 11).
      ['A', 'TIC 6.3', '2025-02-10', 'MISSED'],
      ['B', 'TIC 6.3', '2025-03-12', 'MET'],
      ['CV', 'JVC Art. 35', '2025-04-02', 'MISSED'],
      ['C', 'TIC 6.3', '2025-04-09', 'OPEN'],
      ['D', 'TIC 6.3', '2025-05-12', 'OPEN'],
    ]);
    // Each party sees what it owes or is owed, whatever its role: the JV owes all five;
    // Fengfan is owed only the investment certificate, Valence only the payments.
    const asViewer = await allObligations(WINDOW, { party: 'JV', role: 'VIEWER' });
    expect(asViewer).toEqual(
      listed.map(({ evidence: _e, waiverReason: _w, ...deadline }) => deadline),
    );
    const byFengfan = await allObligations(WINDOW, { party: 'FENGFAN', role: 'VIEWER' });
    expect(byFengfan.map((o) => labelOf(o.id))).toEqual(['CV']);
    const byValence = await allObligations(WINDOW, { party: 'VALENCE', role: 'VIEWER' });
    expect(byValence.map((o) => labelOf(o.id))).toEqual(['A', 'B', 'C', 'D']);
  });

  it.each<[string, ObligationFilter, Label[]]>([
    ['contractId TIC', { contractId: 'TIC' }, ['A', 'B', 'C', 'D']],
    ['contractId JVC', { contractId: 'JVC' }, ['CV']],
    ['obligor JV', { obligor: 'JV' }, ['A', 'B', 'CV', 'C', 'D']],
    ['obligor VALENCE', { obligor: 'VALENCE' }, []],
    ['beneficiary FENGFAN', { beneficiary: 'FENGFAN' }, ['CV']],
    ['beneficiary VALENCE', { beneficiary: 'VALENCE' }, ['A', 'B', 'C', 'D']],
    ['beneficiary JV', { beneficiary: 'JV' }, []],
    [
      'dueFrom/dueTo, both inclusive',
      { dueFrom: '2025-03-12', dueTo: '2025-04-09' },
      ['B', 'CV', 'C'],
    ],
    ['dueFrom', { dueFrom: '2025-04-03' }, ['C', 'D']],
    ['dueTo', { dueTo: '2025-03-12' }, ['A', 'B']],
    ['status MET', { status: 'MET' }, ['B']],
    ['status OPEN (not yet due on asOf)', { status: 'OPEN' }, ['C', 'D']],
    ['status MISSED (open, due before asOf)', { status: 'MISSED' }, ['A', 'CV']],
    [
      'status MISSED as of the due date itself',
      { status: 'MISSED', asOf: '2025-04-09' },
      ['A', 'CV'],
    ],
    ['status MISSED the day after', { status: 'MISSED', asOf: '2025-04-10' }, ['A', 'CV', 'C']],
    ['status WAIVED', { status: 'WAIVED' }, []],
    ['contractId TIC and status MISSED', { contractId: 'TIC', status: 'MISSED' }, ['A']],
    [
      'obligor JV and beneficiary VALENCE, status OPEN',
      { obligor: 'JV', beneficiary: 'VALENCE', status: 'OPEN' },
      ['C', 'D'],
    ],
  ])('filters by %s', async (_label, filter, expected) => {
    const contractId =
      filter.contractId === 'TIC' || filter.contractId === 'JVC'
        ? contractIds[filter.contractId]
        : undefined;
    const listed = await allObligations(
      { ...WINDOW, ...filter, ...(contractId ? { contractId } : {}) },
      JV_LEGAL,
    );
    expect(listed.map((o) => labelOf(o.id))).toEqual(expected);
  });

  it('shows an open obligation due before asOf as MISSED, and as OPEN on its due date', async () => {
    const on = await allObligations({ ...WINDOW, asOf: '2025-04-09', contractId: contractIds.TIC });
    expect(on.map((o) => [labelOf(o.id), o.status])).toEqual([
      ['A', 'MISSED'],
      ['B', 'MET'],
      ['C', 'OPEN'],
      ['D', 'OPEN'],
    ]);
    // Without asOf the status is judged as of today, long after these dates.
    const today = await allObligations({ dueFrom: WINDOW.dueFrom, dueTo: WINDOW.dueTo }, JV_LEGAL);
    expect(today.map((o) => [labelOf(o.id), o.status])).toEqual([
      ['A', 'MISSED'],
      ['B', 'MET'],
      ['CV', 'MISSED'],
      ['C', 'MISSED'],
      ['D', 'MISSED'],
    ]);
  });

  it('pages with first/after through the window', async () => {
    const pages: string[][] = [];
    const more: boolean[] = [];
    let after: string | null = null;
    do {
      const page = await obligationPage(WINDOW, { first: 2, after }, JV_LEGAL);
      pages.push(page.edges.map((edge) => labelOf(edge.node.id)));
      more.push(page.pageInfo.hasNextPage);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([['A', 'B'], ['CV', 'C'], ['D']]);
    expect(more).toEqual([true, true, false]);
  });

  it('sorts everything by due date, undated last, and a cursor walk visits each once', async () => {
    const single = await obligationPage({ includeUndated: true }, { first: 100 });
    expect(single.pageInfo.hasNextPage).toBe(false);
    const all = single.edges.map((edge) => edge.node);
    const dues = all.map((o) => o.dueOn);
    const firstUndated = dues.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(dues.slice(firstUndated).every((due) => due === null)).toBe(true);
    const dated = dues.slice(0, firstUndated) as string[];
    expect(dated).toEqual([...dated].sort());

    const visited: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await obligationPage({ includeUndated: true }, { first: 7, after });
      expect(page.edges.length).toBeLessThanOrEqual(7);
      visited.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 100);
    expect(new Set(visited).size).toBe(visited.length);
    expect(visited).toEqual(all.map((o) => o.id));
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await t.gql(
      OBLIGATIONS(),
      { filter: WINDOW, first: 2, after: 'not-a-cursor' },
      JV_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('upcomingDeadlines(within, asOf)', () => {
  // Dues in 2024, before every other obligation in this file: includeOverdue has no lower bound.
  // Every due date below is a business day in California, so none is moved (TIC 13.4).
  const AS_OF = '2024-06-03';
  const ids = {} as Record<string, string>;
  const labelOf = (id: string) => Object.keys(ids).find((label) => ids[label] === id) ?? id;

  beforeAll(async () => {
    ids.overdue = (await invoiced('2024-04-01', 'U-overdue')).id; // due 2024-05-01
    ids.onAsOf = (await invoiced('2024-05-04', 'U-on')).id; // due Monday 2024-06-03
    ids.inside = (await invoiced('2024-05-21', 'U-in')).id; // due 2024-06-20
    ids.lastDay = (await invoiced('2024-06-03', 'U-last')).id; // due 2024-07-03
    // due 4 July, Independence Day: moved to 2024-07-05, after the window either way
    ids.tooLate = (await invoiced('2024-06-04', 'U-late')).id;
    ids.waived = (await invoiced('2024-05-10', 'U-waived')).id; // due 2024-06-09
    ids.met = (await invoiced('2024-05-15', 'U-met')).id; // due 2024-06-14
    expect((await waive(ids.waived, VALENCE_LEGAL)).errors).toBeUndefined();
    expect((await markMet(ids.met, JV_LEGAL, '2024-06-10')).errors).toBeUndefined();
  });

  async function upcoming(
    as: Caller,
    variables: { within: number; asOf?: string; includeOverdue?: boolean },
  ): Promise<ObligationView[]> {
    const { data, errors } = await t.gql<{ upcomingDeadlines: { nodes: ObligationView[] } }>(
      UPCOMING(fieldsFor(as)),
      { includeOverdue: false, ...variables },
      as,
    );
    expect(errors).toBeUndefined();
    return data!.upcomingDeadlines.nodes;
  }

  it.each<Caller>([
    JV_LEGAL,
    VALENCE_LEGAL,
    { party: 'JV', role: 'VIEWER' },
    { party: 'VALENCE', role: 'ADMIN' },
  ])(
    'lists the open obligations $party owes or is owed due in [asOf, asOf + within], soonest first (as $role)',
    async (as) => {
      const listed = await upcoming(as, { within: 30, asOf: AS_OF });
      expect(listed.map((o) => [labelOf(o.id), o.dueOn, o.article, o.status])).toEqual([
        ['onAsOf', '2024-06-03', 'TIC 6.3', 'OPEN'],
        ['inside', '2024-06-20', 'TIC 6.3', 'OPEN'],
        ['lastDay', '2024-07-03', 'TIC 6.3', 'OPEN'],
      ]);
    },
  );

  it('with within 0 lists only what falls due on asOf', async () => {
    const listed = await upcoming(JV_LEGAL, { within: 0, asOf: AS_OF });
    expect(listed.map((o) => labelOf(o.id))).toEqual(['onAsOf']);
  });

  it('with includeOverdue adds the missed ones, shown as MISSED', async () => {
    const listed = await upcoming(JV_LEGAL, { within: 30, asOf: AS_OF, includeOverdue: true });
    expect(listed.map((o) => [labelOf(o.id), o.dueOn, o.status])).toEqual([
      ['overdue', '2024-05-01', 'MISSED'],
      ['onAsOf', '2024-06-03', 'OPEN'],
      ['inside', '2024-06-20', 'OPEN'],
      ['lastDay', '2024-07-03', 'OPEN'],
    ]);
  });

  it.each<Caller>([FENGFAN_LEGAL, { party: 'FENGFAN', role: 'VIEWER' }])(
    'shows a party that neither owes nor is owed TIC 6.3 nothing ($party $role)',
    async (as) => {
      expect(await upcoming(as, { within: 30, asOf: AS_OF })).toEqual([]);
      expect(await upcoming(as, { within: 30, asOf: AS_OF, includeOverdue: true })).toEqual([]);
    },
  );

  it.each([-1, 3661])('refuses within = %d', async (within) => {
    const response = await t.gql(
      UPCOMING(),
      { within, asOf: AS_OF, includeOverdue: false },
      JV_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('markObligationMet and waiveObligation', () => {
  // Dues July-October 2025.
  let byObligor: ObligationView;
  let byBeneficiary: ObligationView;
  let toWaive: ObligationView;
  beforeAll(async () => {
    byObligor = await invoiced('2025-07-01', 'M-obligor'); // due 2025-07-31
    byBeneficiary = await invoiced('2025-07-02', 'M-beneficiary'); // due 2025-08-01
    // due Sunday 31 August 2025; Monday 1 September is Labor Day: Tuesday 2 September
    toWaive = await invoiced('2025-08-01', 'W-1');
  });

  it.each<[string, () => ObligationView, Caller]>([
    ['the obligor', () => byObligor, JV_LEGAL],
    ['the beneficiary', () => byBeneficiary, VALENCE_LEGAL],
  ])('%s LEGAL records performance with evidence and date: MET', async (_who, target, as) => {
    const obligation = target();
    const response = await markMet(obligation.id, as, '2025-07-20', 'SWIFT MT103 ref 42');
    expect(response.errors).toBeUndefined();
    expect(response.data!.markObligationMet).toEqual({
      ...obligation,
      status: 'MET',
      metOn: '2025-07-20',
      evidence: 'SWIFT MT103 ref 42',
    });
    const [listed] = await allObligations({
      contractId: contractIds.TIC,
      dueFrom: obligation.dueOn!,
      dueTo: obligation.dueOn!,
      asOf: '2025-12-31',
    });
    expect(listed).toMatchObject({ id: obligation.id, status: 'MET', metOn: '2025-07-20' });

    const audit = await expectAudited(as, 'Obligation', obligation.id, 'markObligationMet');
    expect(audit.before).toMatchObject({ status: 'OPEN', metOn: null });
    expect(audit.after).toMatchObject({ status: 'MET', metOn: '2025-07-20' });

    await expectRefused('CONFLICT', () => markMet(obligation.id, as, '2025-07-21'));
  });

  it.each<[string, Caller]>([
    ['a role other than LEGAL (JV COMPLIANCE)', { party: 'JV', role: 'COMPLIANCE' }],
    ['a role other than LEGAL (VALENCE ADMIN)', { party: 'VALENCE', role: 'ADMIN' }],
  ])('refuses performance recorded by %s: FORBIDDEN', async (_who, as) => {
    await expectRefused('FORBIDDEN', () => markMet(toWaive.id, as));
  });

  it('does not show a party an obligation it neither owes nor is owed: NOT_FOUND', async () => {
    // FENGFAN is a party to the TIC but not to the JV's payment to Valence (TIC 6.3).
    await expectRefused('NOT_FOUND', () => markMet(toWaive.id, FENGFAN_LEGAL));
    await expectRefused('NOT_FOUND', () => waive(toWaive.id, FENGFAN_LEGAL));
  });

  it.each<[string, string, PartyCode]>([
    ['the standing TIC 6.3 obligation', 'TIC 6.3', 'JV'],
    ['TIC 7.1 examination (no Technology Information received)', 'TIC 7.1', 'JV'],
  ])('refuses an undated obligation (%s): CONFLICT', async (_label, article, obligor) => {
    const undated = (
      await allObligations({ includeUndated: true, contractId: contractIds.TIC })
    ).filter((o) => o.dueOn === null && o.article === article && o.obligorParty === obligor);
    expect(undated.length).toBeGreaterThan(0);
    await expectRefused('CONFLICT', () => markMet(undated[0].id, legal(obligor)));
  });

  it('refuses a date of performance in the future: BAD_USER_INPUT', async () => {
    await expectRefused('BAD_USER_INPUT', () => markMet(toWaive.id, JV_LEGAL, FUTURE));
  });

  it("refuses the obligor's waiver: FORBIDDEN citing TIC 13.7", async () => {
    const response = await expectRefused('FORBIDDEN', () => waive(toWaive.id, JV_LEGAL));
    expect(response.errors![0].extensions?.article).toEqual(expect.stringContaining('TIC 13.7'));
  });

  it.each<[string, Caller]>([
    ["the beneficiary's COMPLIANCE", { party: 'VALENCE', role: 'COMPLIANCE' }],
  ])('refuses a waiver by %s: FORBIDDEN', async (_who, as) => {
    await expectRefused('FORBIDDEN', () => waive(toWaive.id, as));
  });

  it("records the beneficiary's waiver with its reason: WAIVED", async () => {
    const reason = 'Letter of 15 August 2025: Valence waives invoice W-1';
    const response = await waive(toWaive.id, VALENCE_LEGAL, reason);
    expect(response.errors).toBeUndefined();
    expect(response.data!.waiveObligation).toEqual({
      ...toWaive,
      status: 'WAIVED',
      waiverReason: reason,
    });
    // Waived stays waived after its due date: it is not MISSED.
    const [listed] = await allObligations({
      contractId: contractIds.TIC,
      status: 'WAIVED',
      dueFrom: '2025-09-02',
      dueTo: '2025-09-02',
      asOf: '2025-12-31',
    });
    expect(listed).toMatchObject({ id: toWaive.id, status: 'WAIVED', waiverReason: reason });

    const audit = await expectAudited(VALENCE_LEGAL, 'Obligation', toWaive.id, 'waiveObligation');
    expect(audit.after).toMatchObject({ status: 'WAIVED', waiverReason: reason });

    await expectRefused('CONFLICT', () => waive(toWaive.id, VALENCE_LEGAL));
    await expectRefused('CONFLICT', () => markMet(toWaive.id, JV_LEGAL));
  });

  it('refuses to waive an obligation already met: CONFLICT', async () => {
    await expectRefused('CONFLICT', () => waive(byObligor.id, VALENCE_LEGAL));
  });
});

describe('Contract.events', () => {
  let recordedInvoice: EventView;
  beforeAll(async () => {
    const { event } = await recorded('TIC', invoice('2025-11-03', 'E-1'), VALENCE_LEGAL);
    recordedInvoice = event;
  });

  const ACCESS: Array<[PartyCode, Role, 'allowed' | 'FORBIDDEN']> = [
    ['VALENCE', 'LEGAL', 'allowed'],
    ['VALENCE', 'COMPLIANCE', 'allowed'],
    ['VALENCE', 'ENGINEER', 'allowed'],
    ['VALENCE', 'VIEWER', 'FORBIDDEN'],
    ['VALENCE', 'ADMIN', 'FORBIDDEN'],
    ['FENGFAN', 'LEGAL', 'allowed'],
    ['FENGFAN', 'COMPLIANCE', 'allowed'],
    ['FENGFAN', 'ENGINEER', 'allowed'],
    ['FENGFAN', 'VIEWER', 'FORBIDDEN'],
    ['FENGFAN', 'ADMIN', 'FORBIDDEN'],
    ['JV', 'LEGAL', 'allowed'],
    ['JV', 'COMPLIANCE', 'allowed'],
    ['JV', 'ENGINEER', 'allowed'],
    ['JV', 'VIEWER', 'FORBIDDEN'],
    ['JV', 'ADMIN', 'FORBIDDEN'],
  ];

  it.each(ACCESS)('%s %s: %s', async (party, role, expected) => {
    const response = await t.gql<{ contract: { code: string; events: EventView[] } }>(
      CONTRACT_EVENTS,
      { id: contractIds.TIC },
      { party, role },
    );
    if (expected === 'FORBIDDEN') {
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.errors![0].path).toEqual(['contract', 'events']);
      expect(returnedNothing(response)).toBe(true);
      return;
    }
    expect(response.errors).toBeUndefined();
    const events = response.data!.contract.events;
    // The invoice passes between Valence and the Licensee (TIC 6.3): Fengfan does not see it.
    if (party === 'FENGFAN') expect(events.map((e) => e.id)).not.toContain(recordedInvoice.id);
    else expect(events).toContainEqual(recordedInvoice);
    expect(events.every((event) => event.contractId === contractIds.TIC)).toBe(true);
    const dates = events.map((event) => event.occurredOn);
    expect(dates).toEqual([...dates].sort());
  });
});
