import type { PartyCode } from '../../../src/domain/parties';
import type { GraphQLResponse, TestApp } from '../../support/test-app';

export const legal = (party: PartyCode) => ({ party, role: 'LEGAL' as const });

export const REGISTER = `mutation($input: RegisterMarkInput!) {
  registerMark(input: $input) { id text ownerParty protectionBasis consent { party documentRef } }
}`;

/** Setup calls must succeed; their failure is the setup's, not the assertion's. */
export async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`setup call failed: ${JSON.stringify(errors)}`);
  return data;
}

/** Registers a mark for `party` through the API; returns its id. */
export async function registerMark(
  t: TestApp,
  party: PartyCode,
  input: Record<string, unknown>,
): Promise<string> {
  const data = await must(
    t.gql<{ registerMark: { id: string } }>(
      REGISTER,
      {
        input: {
          language: 'en',
          protectionBasis: 'DESIGNATED_IN_WRITING',
          designatedOn: '2026-01-10',
          designationRef: `Letter designating ${String(input.text)}`,
          ...input,
        },
      },
      legal(party),
    ),
  );
  return data.registerMark.id;
}
