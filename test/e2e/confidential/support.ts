import type { PartyCode, Role } from '../../../src/domain/parties';
import type { GraphQLResponse, TestApp } from '../../support/test-app';

/** Shared steps of the confidential-register tests, written as a client would send them. */
export type As = { party: PartyCode; role: Role };
export const as = (party: PartyCode, role: Role): As => ({ party, role });

export const ITEM_FIELDS =
  'id title status disclosingParty receivingParty valenceTechnology protectedUntil protectionRule contentSha256';

export const REGISTER = `mutation($input: RegisterConfidentialItemInput!) {
  registerConfidentialItem(input: $input) { ${ITEM_FIELDS} }
}`;

export interface Item {
  id: string;
  title: string;
  status: string;
  disclosingParty: string;
  receivingParty: string;
  valenceTechnology: boolean;
  protectedUntil: string | null;
  protectionRule: string;
  contentSha256: string | null;
}

/** The data of a response that must have succeeded (its errors shown otherwise). */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

export const firstError = (response: GraphQLResponse<unknown>) => response.errors?.[0];

export async function contractId(t: TestApp, code: string): Promise<string> {
  const [{ id }] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM contract WHERE code = $1`,
    [code],
  );
  return id;
}

export async function registerItem(
  t: TestApp,
  by: As,
  input: Record<string, unknown>,
): Promise<Item> {
  return ok(await t.gql<{ registerConfidentialItem: Item }>(REGISTER, { input }, by))
    .registerConfidentialItem;
}

/** A form of `party`'s staff, approved by `approvers`, and the agreement of each user given. */
export async function ndaOnRecord(
  t: TestApp,
  party: PartyCode,
  approvers: PartyCode[],
  signers: Role[],
  kind: 'NDA' | 'JV_UNDERTAKING' = 'NDA',
): Promise<string> {
  const form = ok(
    await t.gql<{ registerNdaForm: { id: string } }>(
      `mutation($input: RegisterNdaFormInput!) { registerNdaForm(input: $input) { id } }`,
      { input: { kind, title: `${party} staff ${kind}`, reference: `${party}-${kind}-v1` } },
      as(party, 'LEGAL'),
    ),
  ).registerNdaForm;
  for (const approver of approvers) {
    ok(
      await t.gql(
        `mutation($id: ID!) { approveNdaForm(formId: $id) { id approvedBy } }`,
        { id: form.id },
        as(approver, 'LEGAL'),
      ),
    );
  }
  for (const role of signers) {
    ok(
      await t.gql(
        `mutation($input: RecordNondisclosureAgreementInput!) {
          recordNondisclosureAgreement(input: $input) { id }
        }`,
        {
          input: { userId: await t.userId(party, role), formId: form.id, executedOn: '2026-01-15' },
        },
        as(party, 'ADMIN'),
      ),
    );
  }
  return form.id;
}

export const GRANT = `mutation($input: GrantNeedToKnowInput!) {
  grantNeedToKnow(input: $input) { id expiresOn userId }
}`;

export const REVEAL = `mutation($itemId: ID!, $purpose: String) {
  revealConfidentialContent(itemId: $itemId, purpose: $purpose) {
    accessId text watermark fingerprint documents { fileName sha256 contentBase64 watermarked }
  }
}`;
