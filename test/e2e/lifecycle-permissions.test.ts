import { randomUUID } from 'node:crypto';
import type { PartyCode } from '../../src/domain/parties';
import { AuditEventEntity, ContractEntity, ObligationEntity } from '../../src/entities';
import { errorCodes, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import {
  ALL_ROLES,
  CALLERS,
  everyParty,
  matrixCases,
  PARTIES,
  type Caller,
  type Grants,
} from '../support/permission-matrix';

type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;

const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });

type QueryField =
  'searchArticles' | 'obligations' | 'upcomingDeadlines' | 'contractDiscrepancies' | 'notices';
type NestedField =
  'Contract.keyTerms' | 'Contract.events' | 'Contract.amendments' | 'Contract.statusHistory';
type MutationField =
  | 'recordNotice'
  | 'recordBreachCured'
  | 'recordContinuationAgreed'
  | 'recordEvent'
  | 'markObligationMet'
  | 'waiveObligation'
  | 'proposeAmendment'
  | 'signAmendment'
  | 'recordAmendmentApproval'
  | 'terminateContract';
type Field = QueryField | NestedField | MutationField;

/**
 * The expected policy for the fields of the contracts-as-data slice, written out: for each
 * field, the roles of each party that may use it. Every other demo user gets FORBIDDEN.
 */
const ALLOWED: Record<Field, Grants> = {
  searchArticles: everyParty(ALL_ROLES),
  obligations: everyParty(ALL_ROLES),
  upcomingDeadlines: everyParty(ALL_ROLES),
  contractDiscrepancies: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  notices: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.keyTerms': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.events': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.amendments': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.statusHistory': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  recordNotice: everyParty(['LEGAL']),
  recordBreachCured: everyParty(['LEGAL']),
  recordContinuationAgreed: everyParty(['LEGAL']),
  recordEvent: everyParty(['LEGAL']),
  markObligationMet: everyParty(['LEGAL']),
  waiveObligation: everyParty(['LEGAL']),
  proposeAmendment: everyParty(['LEGAL']),
  signAmendment: everyParty(['LEGAL']),
  recordAmendmentApproval: everyParty(['LEGAL']),
  terminateContract: everyParty(['LEGAL']),
};

/** An article every denial of the field must cite (the denial may cite more). */
const CITES: Record<
  Exclude<Field, 'searchArticles' | 'obligations' | 'upcomingDeadlines'>,
  string
> = {
  contractDiscrepancies: 'TIC 8.1',
  notices: 'TIC 8.1',
  'Contract.keyTerms': 'TIC 8.1',
  'Contract.events': 'TIC 8.1',
  'Contract.amendments': 'TIC 8.1',
  'Contract.statusHistory': 'TIC 8.1',
  recordNotice: 'TIC 13.3',
  recordBreachCured: 'TIC 13.3',
  recordContinuationAgreed: 'JVC Art. 127',
  recordEvent: 'TIC 6.3',
  markObligationMet: 'TIC 13.7',
  waiveObligation: 'TIC 13.7',
  proposeAmendment: 'TIC 13.8',
  signAmendment: 'TIC 13.8',
  recordAmendmentApproval: 'JVC Art. 122',
  terminateContract: 'JVC Art. 104',
};

let t: TestApp;
/** Rows the matrix works on, made through the API by LEGAL users before it runs. */
const ids = {
  tic: '',
  jvc: '',
  breachNotice: '',
  terminationNotice: '',
  establishmentEvent: '',
  firstBoardMeeting: '',
  extensionApplication: '',
  ticAmendment: '',
  jvcAmendment: '',
};

/** The data of a setup call, which must succeed. */
async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`setup call failed: ${JSON.stringify(errors)}`);
  return data;
}

const RECORD_NOTICE = `mutation($input: RecordNoticeInput!) {
  recordNotice(input: $input) { id contractId senderParty recipientParties kind deemedReceivedOn }
}`;
const RECORD_BREACH_CURED = `mutation($input: RecordBreachCuredInput!) {
  recordBreachCured(input: $input) { id curedOn }
}`;
const RECORD_CONTINUATION = `mutation($input: RecordContinuationAgreedInput!) {
  recordContinuationAgreed(input: $input) { id continuationAgreedOn }
}`;
const RECORD_EVENT = `mutation($input: RecordEventInput!) {
  recordEvent(input: $input) { id contractId kind occurredOn recordedParty }
}`;
const MARK_MET = `mutation($input: MarkObligationMetInput!) {
  markObligationMet(input: $input) { id status metOn evidence }
}`;
const WAIVE = `mutation($input: WaiveObligationInput!) {
  waiveObligation(input: $input) { id status waiverReason }
}`;
const PROPOSE = `mutation($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) { id contractId proposedParty effective }
}`;
const SIGN = `mutation($input: SignAmendmentInput!) {
  signAmendment(input: $input) { id signatures { party signedOn } missingSignatures effective }
}`;
const APPROVE = `mutation($input: RecordAmendmentApprovalInput!) {
  recordAmendmentApproval(input: $input) { id approvalAuthorityApprovedOn effective }
}`;
const TERMINATE = `mutation($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    id status terminatedOn terminationArticle statusHistory { fromStatus toStatus article }
  }
}`;

beforeAll(async () => {
  t = await startTestApp();
  const contracts = t.db.getRepository(ContractEntity);
  ids.tic = (await contracts.findOneByOrFail({ code: 'TIC' })).id;
  ids.jvc = (await contracts.findOneByOrFail({ code: 'JVC' })).id;

  const breach = await must(
    t.gql<{ recordNotice: { id: string } }>(
      RECORD_NOTICE,
      {
        input: {
          contractId: ids.tic,
          recipients: ['FENGFAN', 'JV'],
          kind: 'BREACH',
          method: 'COURIER',
          sentAt: '2026-02-02T03:00:00Z',
          confirmationReceived: false,
          subject: 'Material breach of TIC 2.4',
        },
      },
      legal('VALENCE'),
    ),
  );
  ids.breachNotice = breach.recordNotice.id;
  const termination = await must(
    t.gql<{ recordNotice: { id: string } }>(
      RECORD_NOTICE,
      {
        input: {
          contractId: ids.jvc,
          // To the other Party: the JV is not a Party to the JVC (JVC Art. 104).
          recipients: ['VALENCE'],
          kind: 'TERMINATION',
          method: 'COURIER',
          sentAt: '2026-03-02T02:00:00Z',
          confirmationReceived: false,
          subject: 'Notice of termination under JVC Art. 104',
          languages: ['zh', 'en'],
        },
      },
      legal('FENGFAN'),
    ),
  );
  ids.terminationNotice = termination.recordNotice.id;
  const established = await must(
    t.gql<{ recordEvent: { id: string } }>(
      RECORD_EVENT,
      {
        input: {
          contractId: ids.jvc,
          kind: 'ESTABLISHMENT_DATE',
          occurredOn: '2026-01-20',
          description: 'Business License issued',
        },
      },
      legal('JV'),
    ),
  );
  ids.establishmentEvent = established.recordEvent.id;
  const obligations = t.db.getRepository(ObligationEntity);
  ids.firstBoardMeeting = (
    await obligations.findOneByOrFail({ contractId: ids.jvc, code: 'JVC-58-first-board-meeting' })
  ).id;
  ids.extensionApplication = (
    await obligations.findOneByOrFail({
      contractId: ids.jvc,
      code: 'JVC-103-extension-application',
    })
  ).id;
  const ticAmendment = await must(
    t.gql<{ proposeAmendment: { id: string } }>(
      PROPOSE,
      { input: { contractId: ids.tic, title: 'TIC amendment', text: 'Replace TIC 6.3.' } },
      legal('VALENCE'),
    ),
  );
  ids.ticAmendment = ticAmendment.proposeAmendment.id;
  const jvcAmendment = await must(
    t.gql<{ proposeAmendment: { id: string } }>(
      PROPOSE,
      { input: { contractId: ids.jvc, title: 'JVC amendment', text: 'Replace JVC Art. 88.' } },
      legal('FENGFAN'),
    ),
  );
  ids.jvcAmendment = jvcAmendment.proposeAmendment.id;
});
afterAll(() => t.close());

/**
 * Everything a mutation of this slice could write, in one value: the audit trail, notices,
 * events, obligations, contracts and their status history, amendments and signatures.
 */
async function state(): Promise<unknown> {
  const [row] = (await t.db.query(`SELECT json_build_object(
    'audit', (SELECT count(*) FROM audit_event),
    'notices', (SELECT json_agg(json_build_object('id', id, 'cured', cured_on,
                  'continued', continuation_agreed_on) ORDER BY id) FROM notice),
    'events', (SELECT count(*) FROM contract_event),
    'obligations', (SELECT json_agg(json_build_object('id', id, 'status', status, 'due', due_on,
                  'met', met_on, 'waiver', waiver_reason, 'closed', closed_reason,
                  'survives', survives_until) ORDER BY id) FROM obligation),
    'contracts', (SELECT json_agg(json_build_object('id', id, 'status', status,
                  'effective', effective_on, 'start', term_starts_on, 'ended', terminated_on)
                  ORDER BY id) FROM contract),
    'statusChanges', (SELECT count(*) FROM contract_status_change),
    'amendments', (SELECT json_agg(json_build_object('id', id,
                  'approved', approval_authority_approved_on, 'effective', effective_on)
                  ORDER BY id) FROM amendment),
    'signatures', (SELECT count(*) FROM amendment_signature)
  ) AS state`)) as Array<{ state: unknown }>;
  return row.state;
}

const others = (party: PartyCode) => PARTIES.filter((p) => p !== party);

interface Operation {
  document: string;
  /**
   * For a refused or anonymous caller, an input that would succeed if the guard let it
   * through; for an allowed caller (`allowed`), one that fails cheaply (unknown id).
   */
  variables: (caller: Caller | null, allowed: boolean) => Variables;
  /** What an allowed call must return. */
  check: (response: GraphQLResponse<Data>, caller: Caller) => void;
}

const idOr = (allowed: boolean, id: string) => (allowed ? randomUUID() : id);
const notFound = (response: GraphQLResponse<Data>) => {
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
};
const data = (response: GraphQLResponse<Data>) => {
  expect(response.errors).toBeUndefined();
  return response.data!;
};

const OPERATIONS: Record<Field, Operation> = {
  searchArticles: {
    document: `{ searchArticles(query: "sublicense suppliers") { contractCode number snippets } }`,
    variables: () => ({}),
    check: (response) => {
      const hits = data(response).searchArticles as Array<{ contractCode: string; number: string }>;
      expect(hits.map((hit) => `${hit.contractCode} ${hit.number}`)).toEqual([
        'TIC 2.4',
        'TIC 2.1',
      ]);
    },
  },
  obligations: {
    document: `{
      obligations(first: 100, filter: { includeUndated: true }) {
        edges { node { id contractId code article } }
      }
    }`,
    variables: () => ({}),
    check: (response) => {
      const connection = data(response).obligations as {
        edges: Array<{ node: { contractId: string; code: string; article: string } }>;
      };
      const nodes = connection.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.code)).toContain('JVC-58-first-board-meeting');
      expect(nodes.map((node) => node.code)).toContain('TIC-6.3-associated-expenses');
      for (const node of nodes) expect([ids.tic, ids.jvc]).toContain(node.contractId);
    },
  },
  upcomingDeadlines: {
    document: `{
      upcomingDeadlines(within: 120, asOf: "2026-01-20") {
        code article dueOn obligorParty beneficiaryParties
      }
    }`,
    variables: () => ({}),
    check: (response, caller) => {
      const deadlines = data(response).upcomingDeadlines as Array<{
        code: string;
        article: string;
        dueOn: string;
        obligorParty: PartyCode;
        beneficiaryParties: PartyCode[];
      }>;
      const firstMeeting = deadlines.find((d) => d.code === 'JVC-58-first-board-meeting');
      expect(firstMeeting).toMatchObject({ article: 'JVC Art. 58', dueOn: '2026-02-20' });
      const dates = deadlines.map((d) => d.dueOn);
      expect(dates).toEqual([...dates].sort());
      for (const deadline of deadlines) {
        expect(
          deadline.obligorParty === caller.party ||
            deadline.beneficiaryParties.includes(caller.party),
        ).toBe(true);
      }
    },
  },
  contractDiscrepancies: {
    document: `{ contractDiscrepancies { name contractCodes } }`,
    variables: () => ({}),
    check: (response) => {
      expect(data(response).contractDiscrepancies).toEqual([
        { name: 'JVC signing date', contractCodes: ['JVC', 'TIC'] },
        { name: 'Technology investment value', contractCodes: ['JVC', 'TIC'] },
      ]);
    },
  },
  notices: {
    document: `{ notices(first: 20) { edges { node { id senderParty kind } } } }`,
    variables: () => ({}),
    check: (response, caller) => {
      const connection = data(response).notices as {
        edges: Array<{ node: { id: string; senderParty: PartyCode; kind: string } }>;
      };
      // A notice is seen by its sender and its recipients: the JVC termination notice passes
      // between the two Parties only (JVC Art. 104, 127), not to the JV.
      const termination = {
        id: ids.terminationNotice,
        senderParty: 'FENGFAN',
        kind: 'TERMINATION',
      };
      const breach = { id: ids.breachNotice, senderParty: 'VALENCE', kind: 'BREACH' };
      expect(connection.edges.map((edge) => edge.node)).toEqual(
        caller.party === 'JV' ? [breach] : [termination, breach],
      );
    },
  },
  'Contract.keyTerms': {
    document: `query($id: UUID!) { contract(id: $id) { code keyTerms { name article value } } }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as {
        keyTerms: Array<{ name: string; article: string; value: string }>;
      };
      expect(contract.keyTerms).toContainEqual({
        name: 'TIC liability cap',
        article: 'TIC 9.1',
        value: 'USD 500000',
      });
    },
  },
  'Contract.events': {
    document: `query($id: UUID!) { contract(id: $id) { code events { id kind occurredOn } } }`,
    variables: () => ({ id: ids.jvc }),
    check: (response) => {
      const contract = data(response).contract as { events: unknown[] };
      expect(contract.events).toEqual([
        { id: ids.establishmentEvent, kind: 'ESTABLISHMENT_DATE', occurredOn: '2026-01-20' },
      ]);
    },
  },
  'Contract.amendments': {
    document: `query($id: UUID!) { contract(id: $id) { code amendments { id proposedParty } } }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as { amendments: unknown[] };
      expect(contract.amendments).toEqual([{ id: ids.ticAmendment, proposedParty: 'VALENCE' }]);
    },
  },
  'Contract.statusHistory': {
    document: `query($id: UUID!) {
      contract(id: $id) { code statusHistory { fromStatus toStatus changedOn article } }
    }`,
    variables: () => ({ id: ids.jvc }),
    check: (response) => {
      const contract = data(response).contract as { statusHistory: unknown[] };
      // The seeded signature; the Establishment Date starts the term but changes no status.
      expect(contract.statusHistory).toEqual([
        {
          fromStatus: 'DRAFT',
          toStatus: 'SIGNED',
          changedOn: '2002-11-08',
          article: 'JVC signature block; JVC Art. 124',
        },
      ]);
    },
  },
  recordNotice: {
    document: RECORD_NOTICE,
    variables: (caller, allowed) => ({
      input: {
        contractId: idOr(allowed, ids.tic),
        recipients: others(caller?.party ?? 'VALENCE'),
        kind: 'GENERAL',
        method: 'COURIER',
        sentAt: '2026-04-01T00:00:00Z',
        confirmationReceived: false,
        subject: 'Matrix notice',
      },
    }),
    check: notFound,
  },
  recordBreachCured: {
    document: RECORD_BREACH_CURED,
    variables: (_caller, allowed) => ({
      input: {
        noticeId: idOr(allowed, ids.breachNotice),
        curedOn: '2026-03-01',
        evidence: 'Matrix evidence',
      },
    }),
    check: notFound,
  },
  recordContinuationAgreed: {
    document: RECORD_CONTINUATION,
    variables: (_caller, allowed) => ({
      input: { noticeId: idOr(allowed, ids.terminationNotice), agreedOn: '2026-04-01' },
    }),
    check: notFound,
  },
  recordEvent: {
    document: RECORD_EVENT,
    variables: (_caller, allowed) => ({
      input: {
        contractId: idOr(allowed, ids.jvc),
        kind: 'EFFECTIVE_DATE',
        occurredOn: '2026-01-05',
        description: 'Matrix event',
      },
    }),
    check: notFound,
  },
  markObligationMet: {
    document: MARK_MET,
    variables: (_caller, allowed) => ({
      input: {
        obligationId: idOr(allowed, ids.firstBoardMeeting),
        metOn: '2026-02-10',
        evidence: 'Matrix minutes',
      },
    }),
    check: notFound,
  },
  waiveObligation: {
    document: WAIVE,
    // An obligation owed to the caller's party, so that only the guard could refuse it.
    variables: (caller, allowed) => ({
      input: {
        obligationId: idOr(
          allowed,
          caller?.party === 'JV' ? ids.extensionApplication : ids.firstBoardMeeting,
        ),
        reason: 'Matrix waiver',
      },
    }),
    check: notFound,
  },
  proposeAmendment: {
    document: PROPOSE,
    variables: (_caller, allowed) => ({
      input: { contractId: idOr(allowed, ids.tic), title: 'Matrix amendment', text: 'Matrix.' },
    }),
    check: notFound,
  },
  signAmendment: {
    document: SIGN,
    variables: (_caller, allowed) => ({
      input: { amendmentId: idOr(allowed, ids.ticAmendment), signedOn: '2026-03-01' },
    }),
    check: notFound,
  },
  recordAmendmentApproval: {
    document: APPROVE,
    variables: (_caller, allowed) => ({
      input: { amendmentId: idOr(allowed, ids.jvcAmendment), approvedOn: '2026-03-01' },
    }),
    check: notFound,
  },
  terminateContract: {
    document: TERMINATE,
    variables: (_caller, allowed) => ({
      input: {
        contractId: idOr(allowed, ids.tic),
        terminatedOn: '2026-05-01',
        ground: 'Mutual agreement of the parties',
        article: 'TIC 11.1',
      },
    }),
    check: notFound,
  },
};

const FIELDS = Object.keys(ALLOWED) as Field[];

/** Where the field's value (or its error) sits in the response. */
function pathOf(field: Field): string[] {
  return field.startsWith('Contract.') ? ['contract', field.slice('Contract.'.length)] : [field];
}

describe('the permission matrix of the contracts-as-data fields', () => {
  it('covers the 15 demo users and the 19 new fields', async () => {
    expect(CALLERS).toHaveLength(15);
    expect(FIELDS).toHaveLength(19);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...FIELDS].sort());
    for (const { party, role } of CALLERS) {
      expect(await t.userId(party, role)).toEqual(expect.any(String));
    }
  });

  const cases = matrixCases(FIELDS, ALLOWED);

  it.each(cases)('$field as $party $role: $verdict', async ({ field, party, role, verdict }) => {
    const operation = OPERATIONS[field];
    const caller = { party, role };
    const allowed = verdict === 'allowed';
    const variables = operation.variables(caller, allowed);
    const before = await state();
    const response = await t.gql<Data>(operation.document, variables, caller);
    expect(await state()).toEqual(before);
    if (allowed) {
      for (const code of errorCodes(response)) {
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
      }
      operation.check(response, caller);
      return;
    }
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data ?? null).toBeNull();
    const [error] = response.errors!;
    expect(error.path).toEqual(pathOf(field));
    const article = error.extensions?.article;
    expect(typeof article).toBe('string');
    expect(article).toContain(CITES[field as keyof typeof CITES]);
    expect(error.message).toContain(`(${String(article)})`);
  });
});

describe('anonymous calls', () => {
  it.each(FIELDS)('%s without a token is UNAUTHENTICATED', async (field) => {
    const operation = OPERATIONS[field];
    const variables = operation.variables(null, false);
    const before = await state();
    const response = await t.gql<Data>(operation.document, variables, null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
    expect(response.errors![0].path).toEqual([pathOf(field)[0]]);
    expect(await state()).toEqual(before);
  });
});

describe("LEGAL's mutations take effect and are audited", () => {
  async function lastAudit(operation: string, entityId: string) {
    const events = await t.db
      .getRepository(AuditEventEntity)
      .find({ where: { operation, entityId }, order: { id: 'DESC' } });
    return events[0];
  }

  async function expectAudited(operation: string, entityId: string, caller: Caller) {
    const event = await lastAudit(operation, entityId);
    expect(event).toMatchObject({
      actorParty: caller.party,
      actorUserId: await t.userId(caller.party, caller.role),
    });
  }

  it('recordNotice, recordEvent and proposeAmendment (made before the matrix)', async () => {
    await expectAudited('recordNotice', ids.breachNotice, legal('VALENCE'));
    await expectAudited('recordNotice', ids.terminationNotice, legal('FENGFAN'));
    await expectAudited('recordEvent', ids.establishmentEvent, legal('JV'));
    await expectAudited('proposeAmendment', ids.ticAmendment, legal('VALENCE'));
    await expectAudited('proposeAmendment', ids.jvcAmendment, legal('FENGFAN'));
    // The breach notice opened a cure obligation for each recipient (TIC 11.2).
    const cures = await t.db
      .getRepository(ObligationEntity)
      .findBy({ contractId: ids.tic, noticeId: ids.breachNotice });
    expect(cures.map((o) => o.obligorParty).sort()).toEqual(['FENGFAN', 'JV']);
    expect(cures.every((o) => o.status === 'OPEN' && o.dueOn !== null)).toBe(true);
  });

  it('recordBreachCured: a recipient records the cure; its cure obligations are met', async () => {
    const response = await t.gql<{ recordBreachCured: { id: string; curedOn: string } }>(
      RECORD_BREACH_CURED,
      { input: { noticeId: ids.breachNotice, curedOn: '2026-03-01', evidence: 'Agreement ended' } },
      legal('FENGFAN'),
    );
    expect(data(response)).toEqual({
      recordBreachCured: { id: ids.breachNotice, curedOn: '2026-03-01' },
    });
    const cures = await t.db
      .getRepository(ObligationEntity)
      .findBy({ contractId: ids.tic, noticeId: ids.breachNotice });
    expect(cures.map((o) => [o.status, o.metOn])).toEqual([
      ['MET', '2026-03-01'],
      ['MET', '2026-03-01'],
    ]);
    await expectAudited('recordBreachCured', ids.breachNotice, legal('FENGFAN'));
  });

  it('recordContinuationAgreed: a recipient records the agreement to continue', async () => {
    const response = await t.gql<{ recordContinuationAgreed: Data }>(
      RECORD_CONTINUATION,
      { input: { noticeId: ids.terminationNotice, agreedOn: '2026-04-01' } },
      legal('VALENCE'),
    );
    expect(data(response)).toEqual({
      recordContinuationAgreed: { id: ids.terminationNotice, continuationAgreedOn: '2026-04-01' },
    });
    const negotiations = await t.db
      .getRepository(ObligationEntity)
      .findBy({ contractId: ids.jvc, noticeId: ids.terminationNotice });
    expect(negotiations.map((o) => o.obligorParty)).toEqual(['VALENCE']);
    expect(negotiations.every((o) => o.status === 'MET' && o.metOn === '2026-04-01')).toBe(true);
    await expectAudited('recordContinuationAgreed', ids.terminationNotice, legal('VALENCE'));
  });

  it('markObligationMet: the obligor records performance with evidence', async () => {
    const response = await t.gql<{ markObligationMet: Data }>(
      MARK_MET,
      {
        input: {
          obligationId: ids.firstBoardMeeting,
          metOn: '2026-02-10',
          evidence: 'Minutes of the first board meeting',
        },
      },
      legal('JV'),
    );
    expect(data(response)).toEqual({
      markObligationMet: {
        id: ids.firstBoardMeeting,
        status: 'MET',
        metOn: '2026-02-10',
        evidence: 'Minutes of the first board meeting',
      },
    });
    await expectAudited('markObligationMet', ids.firstBoardMeeting, legal('JV'));
  });

  it('waiveObligation: only a beneficiary waives (TIC 13.7; JVC Art. 120)', async () => {
    const input = {
      obligationId: ids.extensionApplication,
      reason: 'Written waiver of 2026-03-03',
    };
    // FENGFAN owes the extension application: it cannot waive what it owes.
    const refused = await t.gql(WAIVE, { input }, legal('FENGFAN'));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(String(refused.errors![0].extensions?.article)).toContain('JVC Art. 120');
    expect(await lastAudit('waiveObligation', ids.extensionApplication)).toBeUndefined();

    const response = await t.gql<{ waiveObligation: Data }>(WAIVE, { input }, legal('JV'));
    expect(data(response)).toEqual({
      waiveObligation: {
        id: ids.extensionApplication,
        status: 'WAIVED',
        waiverReason: 'Written waiver of 2026-03-03',
      },
    });
    await expectAudited('waiveObligation', ids.extensionApplication, legal('JV'));
  });

  it('signAmendment: the caller signs for its own party', async () => {
    const response = await t.gql<{ signAmendment: Data }>(
      SIGN,
      { input: { amendmentId: ids.ticAmendment, signedOn: '2026-03-01' } },
      legal('JV'),
    );
    const signed = data(response).signAmendment as {
      signatures: unknown[];
      missingSignatures: string[];
      effective: boolean;
    };
    expect(signed.signatures).toEqual([{ party: 'JV', signedOn: '2026-03-01' }]);
    expect([...signed.missingSignatures].sort()).toEqual(['FENGFAN', 'VALENCE']);
    expect(signed.effective).toBe(false);
    await expectAudited('signAmendment', ids.ticAmendment, legal('JV'));
  });

  it('recordAmendmentApproval: the Approval Authority’s approval of a JVC amendment', async () => {
    const response = await t.gql<{ recordAmendmentApproval: Data }>(
      APPROVE,
      { input: { amendmentId: ids.jvcAmendment, approvedOn: '2026-03-01' } },
      legal('VALENCE'),
    );
    expect(data(response)).toEqual({
      recordAmendmentApproval: {
        id: ids.jvcAmendment,
        approvalAuthorityApprovedOn: '2026-03-01',
        // JVC Art. 122: approved, but not yet signed by the parties.
        effective: false,
      },
    });
    await expectAudited('recordAmendmentApproval', ids.jvcAmendment, legal('VALENCE'));
  });

  it('terminateContract: a signed TIC ends by mutual agreement (TIC 11.1)', async () => {
    const response = await t.gql<{ terminateContract: Data }>(
      TERMINATE,
      {
        input: {
          contractId: ids.tic,
          terminatedOn: '2026-05-01',
          ground: 'Mutual agreement of the parties',
          article: 'TIC 11.1',
        },
      },
      legal('FENGFAN'),
    );
    expect(data(response)).toEqual({
      terminateContract: {
        id: ids.tic,
        status: 'TERMINATED',
        terminatedOn: '2026-05-01',
        terminationArticle: 'TIC 11.1',
        statusHistory: [
          { fromStatus: 'DRAFT', toStatus: 'SIGNED', article: 'TIC preamble; TIC 13.6' },
          { fromStatus: 'SIGNED', toStatus: 'TERMINATED', article: 'TIC 11.1' },
        ],
      },
    });
    await expectAudited('terminateContract', ids.tic, legal('FENGFAN'));
  });
});
