import { randomUUID } from 'node:crypto';
import type { PartyCode } from '../../src/domain/parties';
import { AuditEventEntity, ContractEntity, ObligationEntity } from '../../src/entities';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';
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
  | 'Contract.keyTerms'
  | 'Contract.events'
  | 'Contract.amendments'
  | 'Contract.statusHistory'
  | 'Contract.mutualTerminations'
  | 'Contract.insolvencyProceedings'
  | 'Contract.conditionsToTakeEffect';
type MutationField =
  | 'recordNotice'
  | 'claimCure'
  | 'acceptCure'
  | 'disputeCure'
  | 'signContinuation'
  | 'recordDissolutionStep'
  | 'proposeMutualTermination'
  | 'signMutualTermination'
  | 'recordInsolvencyProceeding'
  | 'recordInsolvencyDismissal'
  | 'recordEvent'
  | 'markObligationMet'
  | 'waiveObligation'
  | 'reviewPerformance'
  | 'disputeEvent'
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
  'Contract.mutualTerminations': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.insolvencyProceedings': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  'Contract.conditionsToTakeEffect': everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
  recordNotice: everyParty(['LEGAL']),
  claimCure: everyParty(['LEGAL']),
  acceptCure: everyParty(['LEGAL']),
  disputeCure: everyParty(['LEGAL']),
  // JVC Art. 105: each Party signs; the JV is not a Party to the JVC.
  signContinuation: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
  recordDissolutionStep: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
  proposeMutualTermination: everyParty(['LEGAL']),
  signMutualTermination: everyParty(['LEGAL']),
  recordInsolvencyProceeding: everyParty(['LEGAL']),
  recordInsolvencyDismissal: everyParty(['LEGAL']),
  recordEvent: everyParty(['LEGAL']),
  markObligationMet: everyParty(['LEGAL']),
  waiveObligation: everyParty(['LEGAL']),
  reviewPerformance: everyParty(['LEGAL']),
  disputeEvent: everyParty(['LEGAL']),
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
  'Contract.mutualTerminations': 'TIC 8.1',
  'Contract.insolvencyProceedings': 'TIC 8.1',
  'Contract.conditionsToTakeEffect': 'TIC 8.1',
  recordNotice: 'TIC 13.3',
  claimCure: 'TIC 11.2',
  acceptCure: 'TIC 11.2',
  disputeCure: 'TIC 11.2',
  signContinuation: 'JVC Art. 105',
  recordDissolutionStep: 'JVC Art. 105',
  proposeMutualTermination: 'TIC 11.1',
  signMutualTermination: 'TIC 11.1',
  recordInsolvencyProceeding: 'TIC 11.3(a)',
  recordInsolvencyDismissal: 'TIC 11.3(a)',
  recordEvent: 'TIC 6.3',
  markObligationMet: 'TIC 13.7',
  waiveObligation: 'TIC 13.7',
  reviewPerformance: 'TIC 13.7',
  disputeEvent: 'JVC Art. 120',
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
  mutualTermination: '',
  proceeding: '',
  establishmentEvent: '',
  firstBoardMeeting: '',
  extensionApplication: '',
  januaryReport: '',
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
const CLAIM_CURE = `mutation($input: ClaimCureInput!) {
  claimCure(input: $input) { id cureClaimedOn curedOn }
}`;
const ACCEPT_CURE = `mutation($input: AcceptCureInput!) {
  acceptCure(input: $input) { id cureAnswer curedOn }
}`;
const DISPUTE_CURE = `mutation($input: DisputeCureInput!) {
  disputeCure(input: $input) { id cureAnswer curedOn }
}`;
const SIGN_CONTINUATION = `mutation($input: SignContinuationInput!) {
  signContinuation(input: $input) { id continuationAgreedOn }
}`;
const DISSOLUTION_STEP = `mutation($input: RecordDissolutionStepInput!) {
  recordDissolutionStep(input: $input) {
    id dissolutionAppliedOn dissolutionApprovedOn dissolutionProgress(asOf: "2026-03-10") { stage }
  }
}`;
const PROPOSE_MUTUAL = `mutation($input: ProposeMutualTerminationInput!) {
  proposeMutualTermination(input: $input) { id contractId proposedParty effectiveOn }
}`;
const SIGN_MUTUAL = `mutation($input: SignMutualTerminationInput!) {
  signMutualTermination(input: $input) { id signatures { party signedOn } effectiveOn }
}`;
const RECORD_INSOLVENCY = `mutation($input: RecordInsolvencyProceedingInput!) {
  recordInsolvencyProceeding(input: $input) { id debtorParty commencedOn dismissedOn }
}`;
const RECORD_DISMISSAL = `mutation($input: RecordInsolvencyDismissalInput!) {
  recordInsolvencyDismissal(input: $input) { id dismissedOn }
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
const REVIEW = `mutation($input: ReviewPerformanceInput!) {
  reviewPerformance(input: $input) { id status performanceStatus }
}`;
const DISPUTE = `mutation($input: DisputeEventInput!) {
  disputeEvent(input: $input) { id disputedParty disputeReason }
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
          groundArticle: 'JVC Art. 104(6)',
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
  // The monthly report of January 2026 (JVC Art. 88), owed by the JV to both Parties.
  ids.januaryReport = (
    await obligations.findOneByOrFail({
      contractId: ids.jvc,
      code: 'JVC-88-monthly-financial-report#2026-01',
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
  const mutual = await must(
    t.gql<{ proposeMutualTermination: { id: string } }>(
      PROPOSE_MUTUAL,
      { input: { contractId: ids.tic, reason: 'The parties end the TIC' } },
      legal('VALENCE'),
    ),
  );
  ids.mutualTermination = mutual.proposeMutualTermination.id;
  const proceeding = await must(
    t.gql<{ recordInsolvencyProceeding: { id: string } }>(
      RECORD_INSOLVENCY,
      { input: { contractId: ids.tic, commencedOn: '2026-02-01', description: 'Petition' } },
      legal('VALENCE'),
    ),
  );
  ids.proceeding = proceeding.recordInsolvencyProceeding.id;
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
    'signatures', (SELECT count(*) FROM amendment_signature),
    'cures', (SELECT json_agg(json_build_object('id', id, 'claimed', cure_claimed_on,
                  'answer', cure_answer, 'signed', continuation_signatures,
                  'applied', dissolution_applied_on, 'approved', dissolution_approved_on)
                  ORDER BY id) FROM notice),
    'mutual', (SELECT json_agg(json_build_object('id', id, 'signatures', signatures,
                  'effective', effective_on) ORDER BY id) FROM mutual_termination),
    'insolvency', (SELECT json_agg(json_build_object('id', id, 'dismissed', dismissed_on)
                  ORDER BY id) FROM insolvency_proceeding)
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
      upcomingDeadlines(within: 120, asOf: "2026-01-20", first: 100) {
        nodes { code article dueOn obligorParty beneficiaryParties }
      }
    }`,
    variables: () => ({}),
    check: (response, caller) => {
      const deadlines = (data(response).upcomingDeadlines as { nodes: unknown }).nodes as Array<{
        code: string;
        article: string;
        dueOn: string;
        obligorParty: PartyCode;
        beneficiaryParties: PartyCode[];
      }>;
      const firstMeeting = deadlines.find((d) => d.code === 'JVC-58-first-board-meeting');
      // One month after 20 January falls in the 2026 Spring Festival holiday (15-23 February):
      // the first working day after it, Tuesday 24 February (PRC Civil Code Art. 203).
      expect(firstMeeting).toMatchObject({ article: 'JVC Art. 58', dueOn: '2026-02-24' });
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
    document: `query($id: ID!) { contract(id: $id) { code keyTerms { name article value } } }`,
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
    document: `query($id: ID!) { contract(id: $id) { code events { id kind occurredOn } } }`,
    variables: () => ({ id: ids.jvc }),
    check: (response) => {
      const contract = data(response).contract as { events: unknown[] };
      expect(contract.events).toEqual([
        { id: ids.establishmentEvent, kind: 'ESTABLISHMENT_DATE', occurredOn: '2026-01-20' },
      ]);
    },
  },
  'Contract.amendments': {
    document: `query($id: ID!) { contract(id: $id) { code amendments { id proposedParty } } }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as { amendments: unknown[] };
      expect(contract.amendments).toEqual([{ id: ids.ticAmendment, proposedParty: 'VALENCE' }]);
    },
  },
  'Contract.conditionsToTakeEffect': {
    document: `query($id: ID!) {
      contract(id: $id) { code conditionsToTakeEffect { article fulfilledOn } }
    }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as { conditionsToTakeEffect: unknown[] };
      // The JV was established on 20 January 2026; nothing else is recorded on the TIC.
      expect(contract.conditionsToTakeEffect).toEqual([
        { article: 'TIC 1.4; JVC Art. 8', fulfilledOn: '2026-01-20' },
        { article: 'TIC 1.4; JVC Art. 42', fulfilledOn: null },
        { article: 'JVC Art. 42', fulfilledOn: null },
        { article: 'TIC 4.1', fulfilledOn: null },
      ]);
    },
  },
  'Contract.statusHistory': {
    document: `query($id: ID!) {
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
  'Contract.mutualTerminations': {
    document: `query($id: ID!) { contract(id: $id) { code mutualTerminations { id proposedParty } } }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as { mutualTerminations: unknown[] };
      expect(contract.mutualTerminations).toEqual([
        { id: ids.mutualTermination, proposedParty: 'VALENCE' },
      ]);
    },
  },
  'Contract.insolvencyProceedings': {
    document: `query($id: ID!) { contract(id: $id) { code insolvencyProceedings { id debtorParty } } }`,
    variables: () => ({ id: ids.tic }),
    check: (response) => {
      const contract = data(response).contract as { insolvencyProceedings: unknown[] };
      expect(contract.insolvencyProceedings).toEqual([{ id: ids.proceeding, debtorParty: 'JV' }]);
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
  claimCure: {
    document: CLAIM_CURE,
    variables: (_caller, allowed) => ({
      input: {
        noticeId: idOr(allowed, ids.breachNotice),
        curedOn: '2026-03-01',
        evidence: 'Matrix evidence',
      },
    }),
    check: notFound,
  },
  acceptCure: {
    document: ACCEPT_CURE,
    variables: (_caller, allowed) => ({
      input: { noticeId: idOr(allowed, ids.breachNotice), acceptedOn: '2026-03-02' },
    }),
    check: notFound,
  },
  disputeCure: {
    document: DISPUTE_CURE,
    variables: (_caller, allowed) => ({
      input: {
        noticeId: idOr(allowed, ids.breachNotice),
        disputedOn: '2026-03-02',
        reason: 'Matrix dispute',
      },
    }),
    check: notFound,
  },
  signContinuation: {
    document: SIGN_CONTINUATION,
    variables: (_caller, allowed) => ({
      input: { noticeId: idOr(allowed, ids.terminationNotice), signedOn: '2026-04-01' },
    }),
    check: notFound,
  },
  recordDissolutionStep: {
    document: DISSOLUTION_STEP,
    variables: (_caller, allowed) => ({
      input: {
        noticeId: idOr(allowed, ids.terminationNotice),
        step: 'APPLICATION_SUBMITTED',
        on: '2026-04-20',
      },
    }),
    check: notFound,
  },
  proposeMutualTermination: {
    document: PROPOSE_MUTUAL,
    variables: (_caller, allowed) => ({
      input: { contractId: idOr(allowed, ids.tic), reason: 'Matrix termination' },
    }),
    check: notFound,
  },
  signMutualTermination: {
    document: SIGN_MUTUAL,
    variables: (_caller, allowed) => ({
      input: { mutualTerminationId: idOr(allowed, ids.mutualTermination), signedOn: '2026-04-28' },
    }),
    check: notFound,
  },
  recordInsolvencyProceeding: {
    document: RECORD_INSOLVENCY,
    variables: (_caller, allowed) => ({
      input: {
        contractId: idOr(allowed, ids.tic),
        commencedOn: '2026-02-01',
        description: 'Matrix petition',
      },
    }),
    check: notFound,
  },
  recordInsolvencyDismissal: {
    document: RECORD_DISMISSAL,
    variables: (_caller, allowed) => ({
      input: { proceedingId: idOr(allowed, ids.proceeding), dismissedOn: '2026-03-01' },
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
  reviewPerformance: {
    document: REVIEW,
    variables: (_caller, allowed) => ({
      input: {
        obligationId: idOr(allowed, ids.firstBoardMeeting),
        verdict: 'DISPUTED',
        reason: 'Matrix dispute',
      },
    }),
    check: notFound,
  },
  disputeEvent: {
    document: DISPUTE,
    variables: (_caller, allowed) => ({
      input: { eventId: idOr(allowed, ids.establishmentEvent), reason: 'Matrix dispute' },
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
        basis: 'INSOLVENCY',
        basisId: ids.proceeding,
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
  it('covers the 15 demo users and the 31 new fields', async () => {
    expect(CALLERS).toHaveLength(15);
    expect(FIELDS).toHaveLength(31);
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
    expect(returnedNothing(response)).toBe(true);
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
    expect(returnedNothing(response)).toBe(true);
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

  it('claimCure and acceptCure: a recipient claims the cure, the sender accepts it; its cure obligations are met', async () => {
    const claimed = await t.gql<{ claimCure: Data }>(
      CLAIM_CURE,
      { input: { noticeId: ids.breachNotice, curedOn: '2026-03-01', evidence: 'Agreement ended' } },
      legal('FENGFAN'),
    );
    expect(data(claimed)).toEqual({
      claimCure: { id: ids.breachNotice, cureClaimedOn: '2026-03-01', curedOn: null },
    });
    await expectAudited('claimCure', ids.breachNotice, legal('FENGFAN'));
    const accepted = await t.gql<{ acceptCure: Data }>(
      ACCEPT_CURE,
      { input: { noticeId: ids.breachNotice, acceptedOn: '2026-03-02' } },
      legal('VALENCE'),
    );
    expect(data(accepted)).toEqual({
      acceptCure: { id: ids.breachNotice, cureAnswer: 'ACCEPTED', curedOn: '2026-03-01' },
    });
    const cures = await t.db
      .getRepository(ObligationEntity)
      .findBy({ contractId: ids.tic, noticeId: ids.breachNotice });
    expect(cures.map((o) => [o.status, o.metOn])).toEqual([
      ['MET', '2026-03-01'],
      ['MET', '2026-03-01'],
    ]);
    await expectAudited('acceptCure', ids.breachNotice, legal('VALENCE'));
  });

  it('disputeCure: the sender disputes a claimed cure', async () => {
    const notice = await must(
      t.gql<{ recordNotice: { id: string } }>(
        RECORD_NOTICE,
        {
          input: {
            contractId: ids.tic,
            recipients: ['JV'],
            kind: 'BREACH',
            method: 'COURIER',
            sentAt: '2026-02-10T03:00:00Z',
            confirmationReceived: false,
            subject: 'Material breach of TIC 7.4',
          },
        },
        legal('VALENCE'),
      ),
    );
    const noticeId = notice.recordNotice.id;
    data(
      await t.gql(
        CLAIM_CURE,
        { input: { noticeId, curedOn: '2026-03-01', evidence: 'Fixed' } },
        legal('JV'),
      ),
    );
    const disputed = await t.gql<{ disputeCure: Data }>(
      DISPUTE_CURE,
      { input: { noticeId, disputedOn: '2026-03-03', reason: 'Not fixed' } },
      legal('VALENCE'),
    );
    expect(data(disputed)).toEqual({
      disputeCure: { id: noticeId, cureAnswer: 'DISPUTED', curedOn: null },
    });
    await expectAudited('disputeCure', noticeId, legal('VALENCE'));
  });

  it('signContinuation: each Party signs the agreement to continue; made with the second', async () => {
    const first = await t.gql<{ signContinuation: Data }>(
      SIGN_CONTINUATION,
      { input: { noticeId: ids.terminationNotice, signedOn: '2026-04-01' } },
      legal('VALENCE'),
    );
    expect(data(first)).toEqual({
      signContinuation: { id: ids.terminationNotice, continuationAgreedOn: null },
    });
    const second = await t.gql<{ signContinuation: Data }>(
      SIGN_CONTINUATION,
      { input: { noticeId: ids.terminationNotice, signedOn: '2026-04-01' } },
      legal('FENGFAN'),
    );
    expect(data(second)).toEqual({
      signContinuation: { id: ids.terminationNotice, continuationAgreedOn: '2026-04-01' },
    });
    const negotiations = await t.db
      .getRepository(ObligationEntity)
      .findBy({ contractId: ids.jvc, noticeId: ids.terminationNotice });
    expect(negotiations.map((o) => o.obligorParty)).toEqual(['VALENCE']);
    expect(negotiations.every((o) => o.status === 'MET' && o.metOn === '2026-04-01')).toBe(true);
    await expectAudited('signContinuation', ids.terminationNotice, legal('FENGFAN'));
  });

  it('recordDissolutionStep: the application after the window lapsed, then the approval', async () => {
    // Fengfan hands it over on 5 January 2026 in Baoding; Valence receives it on 19 January;
    // the window's 30th day, 18 February, falls in the Spring Festival days off (15-23
    // February): the window ends on Tuesday 24 February.
    const notice = await must(
      t.gql<{ recordNotice: { id: string } }>(
        RECORD_NOTICE,
        {
          input: {
            contractId: ids.jvc,
            recipients: ['VALENCE'],
            kind: 'TERMINATION',
            method: 'COURIER',
            sentAt: '2026-01-05T02:00:00Z',
            confirmationReceived: false,
            subject: 'Notice of termination under JVC Art. 104(6)',
            languages: ['zh', 'en'],
            groundArticle: 'JVC Art. 104(6)',
          },
        },
        legal('FENGFAN'),
      ),
    );
    const noticeId = notice.recordNotice.id;
    const early = await t.gql(
      DISSOLUTION_STEP,
      { input: { noticeId, step: 'APPLICATION_SUBMITTED', on: '2026-02-24' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    data(
      await t.gql(
        DISSOLUTION_STEP,
        { input: { noticeId, step: 'APPLICATION_SUBMITTED', on: '2026-02-25' } },
        legal('FENGFAN'),
      ),
    );
    const approved = await t.gql<{ recordDissolutionStep: Data }>(
      DISSOLUTION_STEP,
      { input: { noticeId, step: 'APPROVED', on: '2026-03-10' } },
      legal('VALENCE'),
    );
    expect(data(approved)).toEqual({
      recordDissolutionStep: {
        id: noticeId,
        dissolutionAppliedOn: '2026-02-25',
        dissolutionApprovedOn: '2026-03-10',
        dissolutionProgress: { stage: 'APPROVED' },
      },
    });
    await expectAudited('recordDissolutionStep', noticeId, legal('VALENCE'));
  });

  it('recordInsolvencyProceeding and recordInsolvencyDismissal (TIC 11.3(a))', async () => {
    await expectAudited('recordInsolvencyProceeding', ids.proceeding, legal('VALENCE'));
    const dismissed = await t.gql<{ recordInsolvencyDismissal: Data }>(
      RECORD_DISMISSAL,
      { input: { proceedingId: ids.proceeding, dismissedOn: '2026-03-01' } },
      legal('JV'),
    );
    expect(data(dismissed)).toEqual({
      recordInsolvencyDismissal: { id: ids.proceeding, dismissedOn: '2026-03-01' },
    });
    await expectAudited('recordInsolvencyDismissal', ids.proceeding, legal('JV'));
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

  it('waiveObligation: only a beneficiary waives, and only for itself (TIC 13.7; JVC Art. 120)', async () => {
    const input = { obligationId: ids.januaryReport, reason: 'Written waiver of 2026-03-03' };
    // The JV owes the report: it cannot waive what it owes.
    const refused = await t.gql(WAIVE, { input }, legal('JV'));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(String(refused.errors![0].extensions?.article)).toContain('JVC Art. 120');
    expect(await lastAudit('waiveObligationForParty', ids.januaryReport)).toBeUndefined();

    // FENGFAN's waiver binds FENGFAN alone: the report stays owed to VALENCE.
    const response = await t.gql<{ waiveObligation: Data }>(WAIVE, { input }, legal('FENGFAN'));
    expect(data(response)).toEqual({
      waiveObligation: { id: ids.januaryReport, status: 'OPEN', waiverReason: null },
    });
    await expectAudited('waiveObligationForParty', ids.januaryReport, legal('FENGFAN'));
    const last = await t.gql<{ waiveObligation: Data }>(WAIVE, { input }, legal('VALENCE'));
    expect(data(last)).toEqual({
      waiveObligation: {
        id: ids.januaryReport,
        status: 'WAIVED',
        waiverReason: 'Written waiver of 2026-03-03',
      },
    });
    await expectAudited('waiveObligation', ids.januaryReport, legal('VALENCE'));

    // The JVC Art. 103 extension is an option of the Parties, owed by no one: nothing to waive.
    const option = await t.gql(
      WAIVE,
      { input: { obligationId: ids.extensionApplication, reason: 'Waiver' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(option)).toEqual(['CONFLICT']);
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

  it('signMutualTermination: a signed TIC ends by mutual agreement on the last signature (TIC 11.1)', async () => {
    for (const [party, signedOn] of [
      ['VALENCE', '2026-04-28'],
      ['JV', '2026-04-30'],
    ] as const) {
      const signed = await t.gql<{ signMutualTermination: Data }>(
        SIGN_MUTUAL,
        { input: { mutualTerminationId: ids.mutualTermination, signedOn } },
        legal(party),
      );
      expect(data(signed).signMutualTermination).toMatchObject({ effectiveOn: null });
      expect(
        (await t.db.getRepository(ContractEntity).findOneByOrFail({ id: ids.tic })).status,
      ).toBe('SIGNED');
    }
    const last = await t.gql<{ signMutualTermination: Data }>(
      SIGN_MUTUAL,
      { input: { mutualTerminationId: ids.mutualTermination, signedOn: '2026-05-01' } },
      legal('FENGFAN'),
    );
    expect(data(last).signMutualTermination).toMatchObject({ effectiveOn: '2026-05-01' });
    const response = await t.gql<{ contract: Data }>(
      `query($id: ID!) { contract(id: $id) {
        id status terminatedOn terminationArticle statusHistory { fromStatus toStatus article }
      } }`,
      { id: ids.tic },
      legal('FENGFAN'),
    );
    expect(data(response)).toEqual({
      contract: {
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
    await expectAudited('signMutualTermination', ids.mutualTermination, legal('FENGFAN'));
    await expectAudited('terminateContract', ids.tic, legal('FENGFAN'));
  });
});
