import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { importScreeningList } from '../../../src/services/export/screening-import';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from '../../support/test-app';
import { everyParty, matrixCases, type Caller, type Grants } from '../../support/permission-matrix';

/**
 * Who may screen names, read the list in use and revoke a remembered clearance, written out for
 * the 15 demo users (the expected policy is written here, never read from policy.ts).
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = new Date().toISOString().slice(0, 10);
const WORKERS = ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const;

type Field = 'screenNames' | 'screeningList' | 'revokeScreeningClearance';
const FIELDS: readonly Field[] = ['screenNames', 'screeningList', 'revokeScreeningClearance'];

const ALLOWED: Record<Field, Grants> = {
  // TIC 12.2: whoever checks a transfer screens its parties; 762.6 keeps the record.
  screenNames: everyParty(WORKERS),
  screeningList: everyParty(WORKERS),
  // A compliance officer withdraws its own party's clearance.
  revokeScreeningClearance: everyParty(['COMPLIANCE']),
};

const DOCUMENTS: Record<Field, string> = {
  screenNames: `mutation($names: [ScreenNameInput!]!) {
    screenNames(names: $names) { recordId listVersionId results { name matches { listCode level } } }
  }`,
  screeningList: `{ screeningList { id entries names stale } }`,
  revokeScreeningClearance: `mutation($input: RevokeScreeningClearanceInput!) {
    revokeScreeningClearance(input: $input) { clearanceId }
  }`,
};

const VARIABLES: Record<Field, () => Record<string, unknown>> = {
  screenNames: () => ({ names: [{ name: 'Acme Cathode Materials', country: 'US' }] }),
  screeningList: () => ({}),
  // An unknown clearance: NOT_FOUND for an allowed caller, nothing written.
  revokeScreeningClearance: () => ({ input: { clearanceId: randomUUID(), reason: 'Matrix' } }),
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
});
afterAll(() => t.close());

async function state(): Promise<unknown> {
  const [row] = (await t.db.query(`SELECT json_build_object(
    'audit', (SELECT count(*) FROM audit_event),
    'records', (SELECT count(*) FROM screening_record),
    'revocations', (SELECT count(*) FROM screening_clearance_revocation)) AS state`)) as Array<{
    state: unknown;
  }>;
  return row.state;
}

describe('the permission matrix of the screening fields', () => {
  it.each(matrixCases(FIELDS, ALLOWED))(
    '$field as $party $role: $verdict',
    async ({ field, party, role, verdict }) => {
      const caller: Caller = { party, role };
      const before = await state();
      const response: GraphQLResponse = await t.gql(DOCUMENTS[field], VARIABLES[field](), caller);
      if (verdict === 'allowed') {
        if (field === 'revokeScreeningClearance') {
          expect(errorCodes(response)).toEqual(['NOT_FOUND']);
        } else {
          expect(response.errors).toBeUndefined();
        }
        if (field === 'screenNames') {
          const [record] = await t.db.query(
            `SELECT run_by, run_party FROM screening_record ORDER BY run_at DESC LIMIT 1`,
          );
          expect(record).toEqual({
            run_by: await t.userId(party, role),
            run_party: party,
          });
        }
        return;
      }
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(String(response.errors![0].extensions?.article)).toContain('TIC 12.2');
      expect(await state()).toEqual(before);
    },
  );

  it.each(FIELDS)('%s without a token is UNAUTHENTICATED', async (field) => {
    const before = await state();
    const response = await t.gql(DOCUMENTS[field], VARIABLES[field](), null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await state()).toEqual(before);
  });
});
