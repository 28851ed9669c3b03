import { randomUUID } from 'node:crypto';
import { matrixCases, type Grants } from '../../support/permission-matrix';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from '../../support/test-app';
import { createSublicense, createSupplier, JV_LEGAL, must, TODAY } from './support';

/**
 * Who may reach each supplier-sublicence field, for the 15 demo users, written out here (never
 * read from policy.ts): the Licensee sublicenses (TIC 2.1(iii)), Valence reads and suspends,
 * Fengfan has no access to any field (TIC 2.4, 2.8).
 */
const WORKERS = ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const;
const READ: Grants = { VALENCE: WORKERS, FENGFAN: [], JV: WORKERS };
const MANAGE: Grants = { VALENCE: [], FENGFAN: [], JV: ['LEGAL', 'COMPLIANCE'] };
const SUSPEND: Grants = { VALENCE: ['LEGAL', 'COMPLIANCE'], FENGFAN: [], JV: [] };
const REVIEW: Grants = { VALENCE: [], FENGFAN: [], JV: ['COMPLIANCE'] };

type Field =
  | 'suppliers'
  | 'supplierSublicenses'
  | 'supplier'
  | 'supplierSublicense'
  | 'checkSupplierSublicense'
  | 'supplierSublicenseReport'
  | 'createSupplier'
  | 'recordOwnershipLink'
  | 'rescreenSupplier'
  | 'reviewSupplierScreeningMatch'
  | 'createSupplierSublicense'
  | 'updateSupplierSublicense'
  | 'suspendSupplierSublicense'
  | 'recordSublicenseTransfer';

const ALLOWED: Record<Field, Grants> = {
  suppliers: READ,
  supplierSublicenses: READ,
  supplier: READ,
  supplierSublicense: READ,
  checkSupplierSublicense: READ,
  supplierSublicenseReport: READ,
  createSupplier: MANAGE,
  recordOwnershipLink: MANAGE,
  rescreenSupplier: MANAGE,
  reviewSupplierScreeningMatch: REVIEW,
  createSupplierSublicense: MANAGE,
  updateSupplierSublicense: MANAGE,
  suspendSupplierSublicense: SUSPEND,
  recordSublicenseTransfer: MANAGE,
};
const FIELDS = Object.keys(ALLOWED) as Field[];

const DOCUMENTS: Record<Field, string> = {
  suppliers: `{ suppliers(first: 5) { totalCount nodes { id holders { id } screening { names } } } }`,
  supplierSublicenses: `{ supplierSublicenses(first: 5) { totalCount nodes { id supplier { id } transfers { id } } } }`,
  supplier: `query($id: ID!) { supplier(id: $id) { id legalName holders { id } screening { names } affiliation { affiliation } } }`,
  supplierSublicense: `query($id: ID!) { supplierSublicense(id: $id) { id status supplier { id } transfers { id } } }`,
  checkSupplierSublicense: `query($id: ID!) { checkSupplierSublicense(id: $id) { verdict findings { condition } } }`,
  supplierSublicenseReport: `query($since: LocalDate) { supplierSublicenseReport(since: $since) { totals { total } changes { kind } } }`,
  createSupplier: `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
  recordOwnershipLink: `mutation($input: RecordOwnershipLinkInput!) { recordOwnershipLink(input: $input) { id } }`,
  rescreenSupplier: `mutation($id: ID!) { rescreenSupplier(id: $id) { id } }`,
  reviewSupplierScreeningMatch: `mutation($input: ReviewSupplierScreeningMatchInput!) { reviewSupplierScreeningMatch(input: $input) { id } }`,
  createSupplierSublicense: `mutation($input: CreateSupplierSublicenseInput!) { createSupplierSublicense(input: $input) { id } }`,
  updateSupplierSublicense: `mutation($id: ID!, $input: SublicenseTermsInput!) { updateSupplierSublicense(id: $id, input: $input) { id } }`,
  suspendSupplierSublicense: `mutation($id: ID!) { suspendSupplierSublicense(id: $id, reason: "Matrix") { id } }`,
  recordSublicenseTransfer: `mutation($input: RecordSublicenseTransferInput!) { recordSublicenseTransfer(input: $input) { id } }`,
};

let t: TestApp;
let supplierId: string;
let sublicenseId: string;

// Writes against an unknown id answer NOT_FOUND for an allowed caller and write nothing.
const VARIABLES: Record<Field, () => Record<string, unknown>> = {
  suppliers: () => ({}),
  supplierSublicenses: () => ({}),
  supplier: () => ({ id: supplierId }),
  supplierSublicense: () => ({ id: sublicenseId }),
  checkSupplierSublicense: () => ({ id: sublicenseId }),
  supplierSublicenseReport: () => ({ since: TODAY }),
  createSupplier: () => ({
    input: { legalName: 'Matrix Supplier Co., Ltd.', country: 'CN', address: 'Baoding' },
  }),
  recordOwnershipLink: () => ({
    input: { holderParty: 'VALENCE', heldId: randomUUID(), sharePercent: 10 },
  }),
  rescreenSupplier: () => ({ id: supplierId }),
  reviewSupplierScreeningMatch: () => ({
    input: { supplierId: randomUUID(), matchKey: 'EL:1:x', outcome: 'CLEARED', reason: 'Matrix' },
  }),
  createSupplierSublicense: () => ({
    input: {
      supplierId: randomUUID(),
      purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
      purposeText: 'Matrix',
    },
  }),
  updateSupplierSublicense: () => ({ id: sublicenseId, input: { purposeText: 'Matrix edit' } }),
  suspendSupplierSublicense: () => ({ id: randomUUID() }),
  recordSublicenseTransfer: () => ({
    input: {
      sublicenseId: randomUUID(),
      description: 'Matrix',
      items: [{ eccn: 'EAR99' }],
      endUse: 'Matrix',
      transferredOn: TODAY,
    },
  }),
};

beforeAll(async () => {
  t = await startTestApp();
  supplierId = await createSupplier(t, { legalName: 'Matrix Base Supplier Co., Ltd.' }, JV_LEGAL);
  sublicenseId = await createSublicense(t, supplierId);
});
afterAll(() => t.close());

async function state(): Promise<unknown> {
  const [row] = (await t.db.query(`SELECT json_build_object(
    'audit', (SELECT count(*) FROM audit_event),
    'suppliers', (SELECT count(*) FROM supplier),
    'links', (SELECT count(*) FROM ownership_link),
    'sublicenses', (SELECT count(*) FROM supplier_sublicense),
    'edits', (SELECT string_agg(purpose_text || status, ',' ORDER BY id) FROM supplier_sublicense),
    'screenings', (SELECT count(*) FROM supplier_screening),
    'transfers', (SELECT count(*) FROM sublicense_transfer)) AS state`)) as Array<{
    state: unknown;
  }>;
  return row.state;
}

describe('the permission matrix of the supplier-sublicence fields', () => {
  it.each(matrixCases(FIELDS, ALLOWED))(
    '$field as $party $role: $verdict',
    async ({ field, party, role, verdict }) => {
      const before = await state();
      const response: GraphQLResponse = await t.gql(DOCUMENTS[field], VARIABLES[field](), {
        party,
        role,
      });
      if (verdict === 'allowed') {
        expect(errorCodes(response).filter((code) => code !== 'NOT_FOUND')).toEqual([]);
        return;
      }
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      const article = String(response.errors![0].extensions?.article);
      expect(article).toContain('TIC 2.4');
      // Fengfan's denials cite its exclusion from the Technology (TIC 2.8).
      if (party === 'FENGFAN') expect(article).toContain('2.8');
      expect(await state()).toEqual(before);
    },
  );

  it.each(FIELDS)('%s without a token is UNAUTHENTICATED', async (field) => {
    const before = await state();
    const response = await t.gql(DOCUMENTS[field], VARIABLES[field](), null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await state()).toEqual(before);
  });

  it('an allowed reader sees the nested fields; Valence and the JV see the same', async () => {
    for (const as of [JV_LEGAL, { party: 'VALENCE' as const, role: 'ENGINEER' as const }]) {
      const data = await must(
        t.gql<{ supplierSublicense: { id: string; supplier: { id: string } } }>(
          DOCUMENTS.supplierSublicense,
          { id: sublicenseId },
          as,
        ),
      );
      expect(data.supplierSublicense.supplier.id).toBe(supplierId);
    }
  });
});
