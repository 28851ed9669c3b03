import { todayAt } from '../../../src/services/clock';
import type { PartyCode, Role } from '../../../src/domain/parties';
import type { GraphQLResponse, TestApp } from '../../support/test-app';

/** Shared helpers of the supplier-sublicence tests: GraphQL calls as a client makes them. */
export type Caller = { party: PartyCode; role: Role };
export const JV_LEGAL: Caller = { party: 'JV', role: 'LEGAL' };
export const JV_COMPLIANCE: Caller = { party: 'JV', role: 'COMPLIANCE' };
export const VALENCE_LEGAL: Caller = { party: 'VALENCE', role: 'LEGAL' };

/** Today as the server reckons it (the contracts' calendar, services/clock.ts). */
export const TODAY = todayAt(new Date());

/** A date `days` from TODAY, as YYYY-MM-DD. */
export function isoDay(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`call failed: ${JSON.stringify(errors)}`);
  return data;
}

/** The TIC in force for two years already (Effective Date two years ago, TIC 11.1: ten years). */
export async function ticInForce(t: TestApp): Promise<void> {
  await t.db.query(
    `UPDATE contract SET status = 'EFFECTIVE', effective_on = $1, term_starts_on = $1,
            terminated_on = NULL WHERE code = 'TIC'`,
    [isoDay(-730)],
  );
}

export async function createSupplier(
  t: TestApp,
  input: Record<string, unknown>,
  as: Caller = JV_LEGAL,
): Promise<string> {
  const data = await must(
    t.gql<{ createSupplier: { id: string } }>(
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      { input: { country: 'CN', address: 'Baoding, Hebei, CN', ...input } },
      as,
    ),
  );
  return data.createSupplier.id;
}

export async function link(t: TestApp, input: Record<string, unknown>): Promise<string> {
  const data = await must(
    t.gql<{ recordOwnershipLink: { id: string } }>(
      `mutation($input: RecordOwnershipLinkInput!) { recordOwnershipLink(input: $input) { id } }`,
      { input },
      JV_LEGAL,
    ),
  );
  return data.recordOwnershipLink.id;
}

/** Every term the TIC requires, recorded as met (TIC 2.1(iii), 2.4, 5.6, 8.1). */
export const VALID_TERMS = {
  status: 'ACTIVE',
  purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
  purposeText: 'Vanadium pentoxide for the LVP powder line',
  materials: [{ material: 'vanadium pentoxide', recipients: ['LICENSEE', 'VALENCE'] }],
  agreementExecutedOn: isoDay(-210),
  documentReference: 'SUP-2025-014',
  documentSha256: 'ab'.repeat(32),
  noFurtherSublicensing: true,
  noPowderOffer: true,
  valenceTerms: true,
  confidentialityUndertaking: true,
  validFrom: isoDay(-200),
  validTo: isoDay(400),
};

export async function createSublicense(
  t: TestApp,
  supplierId: string,
  terms: Record<string, unknown> = {},
): Promise<string> {
  const data = await must(
    t.gql<{ createSupplierSublicense: { id: string } }>(
      `mutation($input: CreateSupplierSublicenseInput!) { createSupplierSublicense(input: $input) { id } }`,
      { input: { supplierId, ...VALID_TERMS, ...terms } },
      JV_LEGAL,
    ),
  );
  return data.createSupplierSublicense.id;
}

export interface CheckResult {
  verdict: string;
  findings: Array<{ condition: string; article: string; status: string; message: string }>;
}

export async function check(
  t: TestApp,
  id: string,
  asOf: string = TODAY,
  as: Caller = VALENCE_LEGAL,
): Promise<CheckResult> {
  const data = await must(
    t.gql<{ checkSupplierSublicense: CheckResult }>(
      `query($id: ID!, $asOf: LocalDate) {
         checkSupplierSublicense(id: $id, asOf: $asOf) {
           verdict findings { condition article status message }
         }
       }`,
      { id, asOf },
      as,
    ),
  );
  return data.checkSupplierSublicense;
}

/** The conditions that did not pass, as "CONDITION:STATUS". */
export const notPassing = (result: CheckResult) =>
  result.findings.filter((f) => f.status !== 'PASS').map((f) => `${f.condition}:${f.status}`);
