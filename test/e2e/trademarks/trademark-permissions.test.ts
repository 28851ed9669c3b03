/**
 * Who may call each trademark field (TIC 5.2, 5.3, 10.4; JVC Art. 50), written out for the 15
 * demo users: an allowed call works, a refused one is FORBIDDEN with the article and writes
 * nothing.
 */
import type { PartyCode } from '../../../src/domain/parties';
import {
  everyParty,
  matrixCases,
  CALLERS,
  type Caller,
  type Grants,
} from '../../support/permission-matrix';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from '../../support/test-app';
import { legal, must, REGISTER, registerMark } from './support';

type Field =
  | 'marks'
  | 'mark'
  | 'checkMarkConflict'
  | 'registerMark'
  | 'addMarkRegistration'
  | 'grantTrademarkLicense'
  | 'trademarkLicenses'
  | 'requestTrademarkUse'
  | 'approveTrademarkUse'
  | 'rejectTrademarkUse'
  | 'approveTrademarkWarrantyTerms'
  | 'trademarkUses'
  | 'reportTrademarkInfringement';

const ALL = ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'] as const;
const WORKERS = ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const;
const NONE = [] as const;

/** The expected policy, written out from the articles. */
const ALLOWED: Record<Field, Grants> = {
  // TIC 10.4; JVC Art. 50: every party must know every party's marks to keep clear of them.
  marks: everyParty(ALL),
  mark: everyParty(ALL),
  checkMarkConflict: everyParty(['LEGAL', 'COMPLIANCE']),
  // TIC 10.4: each party designates its own marks in writing, through its LEGAL.
  registerMark: everyParty(['LEGAL']),
  addMarkRegistration: everyParty(['LEGAL']),
  // JVC Art. 50: a written licence "signed with that Party" — the Parties grant, the JV holds.
  grantTrademarkLicense: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: NONE },
  trademarkLicenses: everyParty(WORKERS),
  requestTrademarkUse: { VALENCE: NONE, FENGFAN: NONE, JV: ['LEGAL'] },
  approveTrademarkUse: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: NONE },
  rejectTrademarkUse: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: NONE },
  // TIC 5.2: "subject to the approval of Valence".
  approveTrademarkWarrantyTerms: { VALENCE: ['LEGAL'], FENGFAN: NONE, JV: NONE },
  trademarkUses: everyParty(WORKERS),
  // TIC 5.3: "Fengfan and Licensee shall promptly notify Valence in writing".
  reportTrademarkInfringement: { VALENCE: NONE, FENGFAN: ['LEGAL'], JV: ['LEGAL'] },
};

const CITES: Record<Field, string> = {
  marks: 'TIC 10.4',
  mark: 'TIC 10.4',
  checkMarkConflict: 'TIC 10.4',
  registerMark: 'TIC 10.4',
  addMarkRegistration: 'TIC 10.4',
  grantTrademarkLicense: 'JVC Art. 50',
  trademarkLicenses: 'JVC Art. 50',
  requestTrademarkUse: 'JVC Art. 50',
  approveTrademarkUse: 'JVC Art. 50',
  rejectTrademarkUse: 'JVC Art. 50',
  approveTrademarkWarrantyTerms: 'TIC 5.2',
  trademarkUses: 'JVC Art. 50',
  reportTrademarkInfringement: 'TIC 5.3',
};

let t: TestApp;
const ids = {
  saphion: '',
  own: {} as Record<PartyCode, string>,
  licence: '',
  fengfanLicence: '',
  /** Requested uses, one per allowed decider and mutation. */
  toApprove: {} as Record<string, string>,
  toReject: {} as Record<string, string>,
  battery: '',
};

const REQUEST = `mutation($input: RequestTrademarkUseInput!) { requestTrademarkUse(input: $input) { id status } }`;

async function requestUse(markId: string, licenseId: string, product = 'POWDER_LVP') {
  const data = await must(
    t.gql<{ requestTrademarkUse: { id: string } }>(
      REQUEST,
      {
        input: {
          markId,
          licenseId,
          product,
          kind: 'PACKAGING',
          territory: ['CN'],
          periodFrom: '2026-03-01',
          periodTo: '2026-06-30',
          warrantyTerms: product === 'POWDER_LVP' ? null : '12 months',
        },
      },
      legal('JV'),
    ),
  );
  return data.requestTrademarkUse.id;
}

const GRANT = `mutation($input: GrantTrademarkLicenseInput!) { grantTrademarkLicense(input: $input) { id licensorParty } }`;
const grantInput = (markId: string, ref: string) => ({
  markIds: [markId],
  products: ['POWDER_LVP', 'BELLCORE_LCO_CELLS'],
  territory: ['CN'],
  executedOn: '2026-01-15',
  documentRef: ref,
  termFrom: '2026-02-01',
  termTo: '2027-01-31',
});

beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-03-01' });
  ids.saphion = await registerMark(t, 'VALENCE', {
    text: 'SAPHION',
    protectionBasis: 'EXHIBIT_B',
    designatedOn: null,
    designationRef: null,
  });
  for (const [text, party] of [
    ['VALENCE', 'VALENCE'],
    ['FENGFAN', 'FENGFAN'],
    ['FENGFAN-VALENCE', 'JV'],
  ] as const) {
    const [row] = await t.db.query<Array<{ id: string }>>(
      `SELECT id FROM trademark WHERE text = $1`,
      [text],
    );
    ids.own[party] = row.id;
  }
  ids.licence = (
    await must(
      t.gql<{ grantTrademarkLicense: { id: string } }>(
        GRANT,
        { input: grantInput(ids.saphion, 'L-V') },
        legal('VALENCE'),
      ),
    )
  ).grantTrademarkLicense.id;
  ids.fengfanLicence = (
    await must(
      t.gql<{ grantTrademarkLicense: { id: string } }>(
        GRANT,
        { input: grantInput(ids.own.FENGFAN, 'L-F') },
        legal('FENGFAN'),
      ),
    )
  ).grantTrademarkLicense.id;
  ids.toApprove.VALENCE = await requestUse(ids.saphion, ids.licence);
  ids.toApprove.FENGFAN = await requestUse(ids.own.FENGFAN, ids.fengfanLicence);
  ids.toReject.VALENCE = await requestUse(ids.saphion, ids.licence);
  ids.toReject.FENGFAN = await requestUse(ids.own.FENGFAN, ids.fengfanLicence);
  ids.battery = await requestUse(ids.saphion, ids.licence, 'BELLCORE_LCO_CELLS');
});

afterAll(() => t.close());

async function audits(): Promise<number> {
  const [row] = await t.db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM audit_event`,
  );
  return row.n;
}

const NEW_TEXT: Record<PartyCode, string> = {
  VALENCE: 'Aurorabyte',
  FENGFAN: 'Kestrelon',
  JV: 'Quillomat',
};

interface Operation {
  document: string;
  variables: (caller: Caller) => Record<string, unknown>;
  check: (response: GraphQLResponse, caller: Caller) => void;
}

const ok = (field: string) => (response: GraphQLResponse) => {
  expect(response.errors).toBeUndefined();
  expect(response.data?.[field]).toBeTruthy();
};

let serial = 0;
const OPERATIONS: Record<Field, Operation> = {
  marks: {
    document: `{ marks(first: 5) { totalCount nodes { id text registrations { id } renderings { id } consent { party } } } }`,
    variables: () => ({}),
    check: (response) => {
      expect(response.errors).toBeUndefined();
      expect((response.data!.marks as { totalCount: number }).totalCount).toBe(4);
    },
  },
  mark: {
    document: `query($id: ID!) { mark(id: $id) { id text ownerParty } }`,
    variables: () => ({ id: ids.saphion }),
    check: (response) =>
      expect(response.data?.mark).toEqual({
        id: ids.saphion,
        text: 'SAPHION',
        ownerParty: 'VALENCE',
      }),
  },
  checkMarkConflict: {
    document: `query { checkMarkConflict(text: "Saphion", forParty: JV, niceClasses: [9]) { level } }`,
    variables: () => ({}),
    check: (response) => expect(response.data?.checkMarkConflict).toEqual({ level: 'IDENTICAL' }),
  },
  registerMark: {
    document: REGISTER,
    variables: (caller) => ({
      input: {
        text: NEW_TEXT[caller.party],
        language: 'en',
        protectionBasis: 'DESIGNATED_IN_WRITING',
        designatedOn: '2026-02-01',
        designationRef: 'Letter of designation',
      },
    }),
    check: (response, caller) =>
      expect(response.data?.registerMark).toMatchObject({ ownerParty: caller.party }),
  },
  addMarkRegistration: {
    document: `mutation($input: AddMarkRegistrationInput!) { addMarkRegistration(input: $input) { id country } }`,
    variables: (caller) => ({
      input: {
        markId: ids.own[caller.party],
        country: 'CN',
        number: `CN-${caller.party}-${++serial}`,
        niceClasses: [9],
        status: 'FILED',
      },
    }),
    check: ok('addMarkRegistration'),
  },
  grantTrademarkLicense: {
    document: GRANT,
    variables: (caller) => ({
      input: grantInput(
        caller.party === 'FENGFAN' ? ids.own.FENGFAN : ids.saphion,
        `M-${++serial}`,
      ),
    }),
    check: (response, caller) =>
      expect(response.data?.grantTrademarkLicense).toMatchObject({ licensorParty: caller.party }),
  },
  trademarkLicenses: {
    document: `{ trademarkLicenses(first: 20) { totalCount } }`,
    variables: () => ({}),
    check: ok('trademarkLicenses'),
  },
  requestTrademarkUse: {
    document: REQUEST,
    variables: () => ({
      input: {
        markId: ids.saphion,
        licenseId: ids.licence,
        product: 'POWDER_LVP',
        kind: 'ONLINE',
        territory: ['CN'],
        periodFrom: '2026-03-01',
      },
    }),
    check: (response) =>
      expect(response.data?.requestTrademarkUse).toMatchObject({ status: 'REQUESTED' }),
  },
  approveTrademarkUse: {
    document: `mutation($id: ID!) { approveTrademarkUse(id: $id) { status } }`,
    variables: (caller) => ({ id: ids.toApprove[caller.party] ?? ids.toApprove.VALENCE }),
    check: (response) => expect(response.data?.approveTrademarkUse).toEqual({ status: 'APPROVED' }),
  },
  rejectTrademarkUse: {
    document: `mutation($id: ID!) { rejectTrademarkUse(id: $id, reason: "Not this season") { status } }`,
    variables: (caller) => ({ id: ids.toReject[caller.party] ?? ids.toReject.VALENCE }),
    check: (response) => expect(response.data?.rejectTrademarkUse).toEqual({ status: 'REJECTED' }),
  },
  approveTrademarkWarrantyTerms: {
    document: `mutation($id: ID!) { approveTrademarkWarrantyTerms(id: $id) { warrantyApprovedOn } }`,
    variables: () => ({ id: ids.battery }),
    check: (response) =>
      expect(response.data?.approveTrademarkWarrantyTerms).toEqual({
        warrantyApprovedOn: '2026-03-01',
      }),
  },
  trademarkUses: {
    document: `{ trademarkUses(first: 50) { totalCount } }`,
    variables: () => ({}),
    check: ok('trademarkUses'),
  },
  reportTrademarkInfringement: {
    document: `mutation($input: ReportTrademarkInfringementInput!) {
      reportTrademarkInfringement(input: $input) { recipientParties }
    }`,
    variables: () => ({
      input: {
        markId: ids.saphion,
        description: 'Counterfeit SAPHION labels',
        method: 'FAX',
        sentAt: '2026-02-20T03:00:00Z',
        confirmationReceived: true,
      },
    }),
    check: (response) =>
      expect(response.data?.reportTrademarkInfringement).toEqual({ recipientParties: ['VALENCE'] }),
  },
};

const FIELDS = Object.keys(ALLOWED) as Field[];

describe('the permission matrix of the trademark fields', () => {
  it('covers the 15 demo users and every field', () => {
    expect(CALLERS).toHaveLength(15);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...FIELDS].sort());
  });

  it.each(matrixCases(FIELDS, ALLOWED))(
    '$field as $party $role: $verdict',
    async ({ field, party, role, verdict }) => {
      const operation = OPERATIONS[field];
      const caller = { party, role };
      const before = await audits();
      const response = await t.gql(operation.document, operation.variables(caller), caller);
      if (verdict === 'allowed') {
        operation.check(response, caller);
      } else {
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(String(response.errors?.[0].extensions?.article)).toContain(CITES[field]);
        expect(await audits()).toBe(before);
      }
    },
  );
});
