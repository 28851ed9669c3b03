import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PartyCode } from '../../../src/domain/parties';
import { importScreeningList } from '../../../src/services/export/screening-import';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../../support/test-app';
import {
  CALLERS,
  everyParty,
  matrixCases,
  PARTIES,
  type Caller,
  type Grants,
} from '../../support/permission-matrix';

/**
 * Who may do what with export control (TIC 4.1, 12.2, 2.8, 10.1), written out for the 15 demo
 * users, and which rows each party then sees.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');

type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;

const compliance = (party: PartyCode): Caller => ({ party, role: 'COMPLIANCE' });

type Field =
  | 'runExportCheck'
  | 'exportChecks'
  | 'exportCheck'
  | 'reviewScreeningMatch'
  | 'classifyItem'
  | 'classifications'
  | 'createExportLicense'
  | 'updateExportLicense'
  | 'exportLicenses';

const WORKERS = ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const;

/** The expected policy, written out: every other demo user is refused. */
const ALLOWED: Record<Field, Grants> = {
  // TIC 12.2: every party checks the transfers it makes.
  runExportCheck: { VALENCE: WORKERS, FENGFAN: WORKERS, JV: WORKERS },
  exportChecks: { VALENCE: WORKERS, FENGFAN: WORKERS, JV: WORKERS },
  exportCheck: { VALENCE: WORKERS, FENGFAN: WORKERS, JV: WORKERS },
  // A compliance officer clears or confirms a possible match.
  reviewScreeningMatch: everyParty(['COMPLIANCE']),
  // TIC 4.1: Valence obtains the U.S. export approvals, so it classifies and keeps licences.
  classifyItem: { VALENCE: ['COMPLIANCE'], FENGFAN: [], JV: [] },
  createExportLicense: { VALENCE: ['COMPLIANCE'], FENGFAN: [], JV: [] },
  updateExportLicense: { VALENCE: ['COMPLIANCE'], FENGFAN: [], JV: [] },
  classifications: { VALENCE: WORKERS, FENGFAN: WORKERS, JV: WORKERS },
  exportLicenses: { VALENCE: WORKERS, FENGFAN: WORKERS, JV: WORKERS },
};

/** An article every denial of the field must cite (it may cite more). */
const CITES: Record<Field, string> = {
  runExportCheck: 'TIC 12.2',
  exportChecks: 'TIC 12.2',
  exportCheck: 'TIC 12.2',
  reviewScreeningMatch: 'TIC 12.2',
  classifyItem: 'TIC 4.1',
  createExportLicense: 'TIC 4.1',
  updateExportLicense: 'TIC 4.1',
  classifications: 'TIC 12.2',
  exportLicenses: 'TIC 12.2',
};

const CHECK_FIELDS = 'id runParty decision decisionAtRun matches { key level review }';
const RUN = `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { ${CHECK_FIELDS} } }`;
const LIST = `{ exportChecks(first: 100) { edges { node { id runParty } } } }`;
const GET = `query($id: ID!) { exportCheck(id: $id) { ${CHECK_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewScreeningMatchInput!) {
  reviewScreeningMatch(input: $input) { ${CHECK_FIELDS} }
}`;
const CLASSIFY = `mutation($input: ClassifyItemInput!) {
  classifyItem(input: $input) { id itemKind itemRef eccn }
}`;
const CLASSIFICATIONS = `{ classifications(first: 50) { edges { node { id itemKind itemRef eccn } } } }`;
const CREATE_LICENCE = `mutation($input: CreateExportLicenseInput!) {
  createExportLicense(input: $input) { id number coveredParties }
}`;
const UPDATE_LICENCE = `mutation($id: ID!, $input: ExportLicenseInput!) {
  updateExportLicense(id: $id, input: $input) { id number conditions }
}`;
const LICENCES = `{ exportLicenses(first: 50) { edges { node { id number coveredParties } } } }`;

// The slice is from 2022: imported as today's list, or every check would fail closed.
const TODAY = new Date().toISOString().slice(0, 10);

let t: TestApp;

async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`setup call failed: ${JSON.stringify(errors)}`);
  return data;
}

const data = (response: GraphQLResponse<Data>) => {
  expect(response.errors).toBeUndefined();
  return response.data!;
};

const CIVIL = 'Manufacture of lithium-ion battery cells for electric buses';
const JV_NAME = 'Baoding Fengfan-Valence Battery Co., Ltd.';

function checkInput(items: Variables[], partyName = JV_NAME, destination = 'CN'): Variables {
  return {
    items,
    releaseKind: 'EXPORT',
    destination,
    parties: [
      { name: partyName, country: destination, role: 'CONSIGNEE' },
      { name: partyName, country: destination, role: 'END_USER' },
    ],
    declaredEndUse: CIVIL,
  };
}

function licenceInput(number: string, coveredParties: PartyCode[], conditions = ''): Variables {
  return {
    number,
    agency: 'BIS',
    eccns: ['3E001'],
    destinations: ['CN'],
    consignees: [JV_NAME],
    endUsers: [JV_NAME],
    coveredParties,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    conditions,
  };
}

/** The rows the matrix and the scoping work on, made through the API before they run. */
const ids = {
  product: '',
  technology: '',
  document: '',
  /** Checks, by who ran them and what they involve. */
  valenceTechnology: '',
  valenceProduct: '',
  fengfanProduct: '',
  fengfanTechnology: '',
  jvProduct: '',
  jvDocument: '',
  jvSoftware: '',
  /** A check per party with one POSSIBLE match, and that match's key. */
  possible: { VALENCE: '', FENGFAN: '', JV: '' } as Record<PartyCode, string>,
  possibleKey: { VALENCE: '', FENGFAN: '', JV: '' } as Record<PartyCode, string>,
  licence: { both: '', valence: '', fengfan: '' },
};

async function run(
  input: Variables,
  caller: Caller,
): Promise<{ id: string; matches: Array<{ key: string; level: string }> }> {
  return (
    await must(
      t.gql<{ runExportCheck: { id: string; matches: Array<{ key: string; level: string }> } }>(
        RUN,
        { input },
        caller,
      ),
    )
  ).runExportCheck;
}

beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  const valence = compliance('VALENCE');

  const classify = async (itemKind: string, itemRef: string, eccn: string) =>
    (
      await must(
        t.gql<{ classifyItem: { id: string } }>(
          CLASSIFY,
          {
            input: {
              itemKind,
              itemRef,
              description: `${itemKind} ${itemRef}`,
              eccn,
              rationale: 'Classified for the matrix',
            },
          },
          valence,
        ),
      )
    ).classifyItem.id;
  ids.product = await classify('PRODUCT', 'LVP-CELL-40AH', 'EAR99');
  ids.technology = await classify('TECHNOLOGY', 'TECH-LVP-CELL', '3E001');
  ids.document = await classify('DOCUMENT', 'DOC-LVP-SPEC', 'EAR99');

  const create = async (number: string, covered: PartyCode[]) =>
    (
      await must(
        t.gql<{ createExportLicense: { id: string } }>(
          CREATE_LICENCE,
          { input: licenceInput(number, covered) },
          valence,
        ),
      )
    ).createExportLicense.id;
  ids.licence.both = await create('D-VALENCE-JV', ['VALENCE', 'JV']);
  ids.licence.valence = await create('D-VALENCE-ONLY', ['VALENCE']);
  ids.licence.fengfan = await create('D-FENGFAN', ['FENGFAN']);

  const technology = { eccn: '3E001', relatedEccn: '3A001.e.1.b' };
  ids.valenceTechnology = (
    await run(checkInput([technology]), { party: 'VALENCE', role: 'ENGINEER' })
  ).id;
  ids.valenceProduct = (
    await run(checkInput([{ classificationId: ids.product }]), { party: 'VALENCE', role: 'LEGAL' })
  ).id;
  ids.fengfanProduct = (
    await run(checkInput([{ classificationId: ids.product }], 'Batterien Handel GmbH', 'DE'), {
      party: 'FENGFAN',
      role: 'LEGAL',
    })
  ).id;
  ids.fengfanTechnology = (
    await run(checkInput([technology]), { party: 'FENGFAN', role: 'ENGINEER' })
  ).id;
  ids.jvProduct = (
    await run(checkInput([{ classificationId: ids.product }]), { party: 'JV', role: 'ENGINEER' })
  ).id;
  ids.jvDocument = (
    await run(checkInput([{ classificationId: ids.document }]), { party: 'JV', role: 'LEGAL' })
  ).id;
  ids.jvSoftware = (
    await run(checkInput([{ eccn: '3D001' }]), { party: 'JV', role: 'COMPLIANCE' })
  ).id;
  for (const party of PARTIES) {
    // "Shugang Technology" is one letter from "Shuguang", an alias of Sugon (EL): POSSIBLE.
    const check = await run(checkInput([{ classificationId: ids.product }], 'Shugang Technology'), {
      party,
      role: 'ENGINEER',
    });
    expect(check.matches.map((m) => m.level)).toEqual(['POSSIBLE']);
    ids.possible[party] = check.id;
    ids.possibleKey[party] = check.matches[0].key;
  }
});
afterAll(() => t.close());

/** Everything a call of this slice could write, in one value. */
async function state(): Promise<unknown> {
  const [row] = (await t.db.query(`SELECT json_build_object(
    'audit', (SELECT count(*) FROM audit_event),
    'checks', (SELECT count(*) FROM export_check),
    'reviews', (SELECT count(*) FROM screening_review),
    'classifications', (SELECT json_agg(json_build_object('id', id, 'eccn', eccn,
                  'rationale', rationale) ORDER BY id) FROM item_classification),
    'licences', (SELECT json_agg(json_build_object('id', id, 'number', number, 'to', valid_to,
                  'conditions', conditions, 'covered', covered_parties) ORDER BY id)
                  FROM export_licence)
  ) AS state`)) as Array<{ state: unknown }>;
  return row.state;
}

interface Operation {
  document: string;
  /**
   * For a refused or anonymous caller, an input that would succeed if the guard let it
   * through; for an allowed caller, one that shows the call works.
   */
  variables: (caller: Caller | null, allowed: boolean) => Variables;
  /** What an allowed call must return (and, for a write, that it was written). */
  check: (response: GraphQLResponse<Data>, caller: Caller) => void | Promise<void>;
}

let serial = 0;
const OPERATIONS: Record<Field, Operation> = {
  runExportCheck: {
    document: RUN,
    variables: () => ({ input: checkInput([{ eccn: 'EAR99' }]) }),
    check: async (response, caller) => {
      const check = data(response).runExportCheck as {
        id: string;
        runParty: string;
        decision: string;
      };
      expect(check).toMatchObject({ runParty: caller.party, decision: 'NO_LICENSE_REQUIRED' });
      const [row] = await t.db.query('SELECT run_by FROM export_check WHERE id = $1', [check.id]);
      expect(row.run_by).toBe(await t.userId(caller.party, caller.role));
    },
  },
  exportChecks: {
    document: LIST,
    variables: () => ({}),
    check: (response, caller) => {
      const nodes = (
        data(response).exportChecks as { edges: Array<{ node: { id: string } }> }
      ).edges.map((e) => e.node.id);
      const seeded = Object.values(visibleChecks()).flat();
      expect(nodes.filter((id) => seeded.includes(id)).sort()).toEqual(
        [...visibleChecks()[caller.party]].sort(),
      );
    },
  },
  exportCheck: {
    document: GET,
    variables: (caller) => ({ id: ids.possible[caller?.party ?? 'JV'] }),
    check: (response, caller) => {
      expect(data(response).exportCheck).toMatchObject({
        id: ids.possible[caller.party],
        runParty: caller.party,
        decision: 'NEEDS_REVIEW',
      });
    },
  },
  reviewScreeningMatch: {
    document: REVIEW,
    // Allowed: an unknown check (NOT_FOUND, nothing written); the reviews themselves are
    // tested below and in export-checks.test.ts.
    variables: (caller, allowed) => {
      const party = caller?.party ?? 'JV';
      return {
        input: {
          checkId: allowed ? randomUUID() : ids.possible[party],
          matchKey: ids.possibleKey[party],
          outcome: 'CLEARED',
          reason: 'A server reseller, not Sugon',
        },
      };
    },
    check: (response) => {
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    },
  },
  classifyItem: {
    document: CLASSIFY,
    variables: () => {
      serial += 1;
      return {
        input: {
          itemKind: 'PRODUCT',
          itemRef: `MATRIX-${serial}`,
          description: 'Matrix product',
          eccn: 'EAR99',
          rationale: 'Matrix',
        },
      };
    },
    check: (response) => {
      expect(data(response).classifyItem).toMatchObject({ itemKind: 'PRODUCT', eccn: 'EAR99' });
    },
  },
  classifications: {
    document: CLASSIFICATIONS,
    variables: () => ({}),
    check: (response, caller) => {
      const nodes = (
        data(response).classifications as {
          edges: Array<{ node: { id: string; itemKind: string } }>;
        }
      ).edges.map((e) => e.node);
      const seeded = [ids.product, ids.technology, ids.document];
      const expected =
        caller.party === 'FENGFAN' ? [ids.product] : [ids.product, ids.technology, ids.document];
      expect(
        nodes
          .map((n) => n.id)
          .filter((id) => seeded.includes(id))
          .sort(),
      ).toEqual(expected.sort());
      if (caller.party === 'FENGFAN')
        expect(nodes.every((n) => n.itemKind === 'PRODUCT')).toBe(true);
    },
  },
  createExportLicense: {
    document: CREATE_LICENCE,
    variables: () => {
      serial += 1;
      return { input: licenceInput(`D-MATRIX-${serial}`, []) };
    },
    check: (response) => {
      expect(data(response).createExportLicense).toMatchObject({ coveredParties: [] });
    },
  },
  updateExportLicense: {
    document: UPDATE_LICENCE,
    variables: () => {
      serial += 1;
      return {
        id: ids.licence.valence,
        input: licenceInput('D-VALENCE-ONLY', ['VALENCE'], `Amended ${serial}`),
      };
    },
    check: (response) => {
      expect(data(response).updateExportLicense).toMatchObject({
        id: ids.licence.valence,
        conditions: expect.stringMatching(/^Amended \d+$/),
      });
    },
  },
  exportLicenses: {
    document: LICENCES,
    variables: () => ({}),
    check: (response, caller) => {
      const numbers = (
        data(response).exportLicenses as { edges: Array<{ node: { number: string } }> }
      ).edges.map((e) => e.node.number);
      const expected: Record<PartyCode, string[]> = {
        VALENCE: ['D-FENGFAN', 'D-VALENCE-JV', 'D-VALENCE-ONLY'],
        FENGFAN: ['D-FENGFAN'],
        JV: ['D-VALENCE-JV'],
      };
      expect(numbers.filter((n) => !n.startsWith('D-MATRIX-'))).toEqual(expected[caller.party]);
      if (caller.party !== 'VALENCE') expect(numbers).toEqual(expected[caller.party]);
    },
  },
};

/**
 * The checks made in beforeAll each party sees: its own, and for Valence also the other
 * parties' checks that involve technology (a D or E ECCN, or a TECHNOLOGY, DOCUMENT or
 * CONFIDENTIAL_INFORMATION item) — not their product-only checks.
 */
function visibleChecks(): Record<PartyCode, string[]> {
  return {
    VALENCE: [
      ids.valenceTechnology,
      ids.valenceProduct,
      ids.possible.VALENCE,
      ids.fengfanTechnology,
      ids.jvDocument,
      ids.jvSoftware,
    ],
    FENGFAN: [ids.fengfanProduct, ids.fengfanTechnology, ids.possible.FENGFAN],
    JV: [ids.jvProduct, ids.jvDocument, ids.jvSoftware, ids.possible.JV],
  };
}

const FIELDS = Object.keys(ALLOWED) as Field[];

describe('row scoping', () => {
  it.each(PARTIES)('%s lists exactly the checks it may see', async (party) => {
    const response = await t.gql<Data>(LIST, {}, { party, role: 'LEGAL' });
    const listed = (
      data(response).exportChecks as { edges: Array<{ node: { id: string } }> }
    ).edges.map((e) => e.node.id);
    expect([...listed].sort()).toEqual([...visibleChecks()[party]].sort());
  });

  const all = () => Object.values(visibleChecks()).flat();
  it.each(PARTIES)('%s reads each visible check by id and no other (NOT_FOUND)', async (party) => {
    const visible = visibleChecks()[party];
    for (const id of new Set([...all(), ids.valenceProduct, ids.fengfanProduct, ids.jvProduct])) {
      const response = await t.gql<Data>(GET, { id }, { party, role: 'ENGINEER' });
      if (visible.includes(id)) {
        expect(response.errors).toBeUndefined();
        expect((response.data!.exportCheck as { id: string }).id).toBe(id);
      } else {
        expect(errorCodes(response)).toEqual(['NOT_FOUND']);
        expect(returnedNothing(response)).toBe(true);
      }
    }
  });

  it('Valence does not see the other parties’ product-only checks', async () => {
    for (const id of [ids.fengfanProduct, ids.jvProduct, ids.possible.FENGFAN, ids.possible.JV]) {
      const response = await t.gql<Data>(GET, { id }, compliance('VALENCE'));
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
  });

  it('reviewing a match on a check the reviewer cannot see is NOT_FOUND; nothing written', async () => {
    for (const reviewer of ['VALENCE', 'FENGFAN'] as const) {
      const before = await state();
      const response = await t.gql<Data>(
        REVIEW,
        {
          input: {
            checkId: ids.possible.JV,
            matchKey: ids.possibleKey.JV,
            outcome: 'CLEARED',
            reason: 'Not ours to clear',
          },
        },
        compliance(reviewer),
      );
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(await state()).toEqual(before);
    }
  });

  it.each(PARTIES)("%s's COMPLIANCE clears the match on its own check", async (party) => {
    const own = await run(checkInput([{ eccn: 'EAR99' }], 'Shugang Technology'), {
      party,
      role: 'LEGAL',
    });
    const response = await t.gql<Data>(
      REVIEW,
      {
        input: {
          checkId: own.id,
          matchKey: own.matches[0].key,
          outcome: 'CLEARED',
          reason: 'A server reseller, not Sugon',
        },
      },
      compliance(party),
    );
    expect(data(response).reviewScreeningMatch).toMatchObject({
      id: own.id,
      runParty: party,
      decision: 'NO_LICENSE_REQUIRED',
      decisionAtRun: 'NEEDS_REVIEW',
    });
  });

  it('FENGFAN lists only PRODUCT classifications (TIC 2.8); the JV and Valence all', async () => {
    const kinds = async (party: PartyCode) => {
      const response = await t.gql<Data>(CLASSIFICATIONS, {}, { party, role: 'ENGINEER' });
      return (
        data(response).classifications as { edges: Array<{ node: { itemRef: string } }> }
      ).edges
        .map((e) => e.node.itemRef)
        .sort();
    };
    expect(await kinds('FENGFAN')).toEqual(['LVP-CELL-40AH']);
    expect(await kinds('JV')).toEqual(['DOC-LVP-SPEC', 'LVP-CELL-40AH', 'TECH-LVP-CELL']);
    expect(await kinds('VALENCE')).toEqual(['DOC-LVP-SPEC', 'LVP-CELL-40AH', 'TECH-LVP-CELL']);
  });

  it('exportLicenses: Valence sees every licence, the others those that cover them', async () => {
    const numbers = async (party: PartyCode) => {
      const response = await t.gql<Data>(LICENCES, {}, { party, role: 'COMPLIANCE' });
      return (
        data(response).exportLicenses as { edges: Array<{ node: { number: string } }> }
      ).edges.map((e) => e.node.number);
    };
    expect(await numbers('VALENCE')).toEqual(['D-FENGFAN', 'D-VALENCE-JV', 'D-VALENCE-ONLY']);
    expect(await numbers('FENGFAN')).toEqual(['D-FENGFAN']);
    expect(await numbers('JV')).toEqual(['D-VALENCE-JV']);
  });
});

describe('the permission matrix of the export-control fields', () => {
  it('covers the 15 demo users and the 9 fields', async () => {
    expect(CALLERS).toHaveLength(15);
    expect(FIELDS).toHaveLength(9);
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
    if (allowed) {
      for (const code of errorCodes(response)) {
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
      }
      await operation.check(response, caller);
      return;
    }
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(returnedNothing(response)).toBe(true);
    const [error] = response.errors!;
    expect(error.path).toEqual([field]);
    const article = error.extensions?.article;
    expect(typeof article).toBe('string');
    expect(article).toContain(CITES[field]);
    expect(error.message).toContain(`(${String(article)})`);
    expect(await state()).toEqual(before);
  });
});

describe('anonymous calls', () => {
  it.each(FIELDS)('%s without a token is UNAUTHENTICATED; nothing written', async (field) => {
    const operation = OPERATIONS[field];
    const variables = operation.variables(null, false);
    const before = await state();
    const response = await t.gql<Data>(operation.document, variables, null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(returnedNothing(response)).toBe(true);
    expect(response.errors![0].path).toEqual([field]);
    expect(await state()).toEqual(before);
  });
});
