import type { PartyCode, Role } from '../../../src/domain/parties';
import type { TestApp } from '../../support/test-app';

/**
 * The records the desk's tests build their worked examples from, through GraphQL as a client
 * would: each call fails the test if the API refuses it.
 */
type Caller = { party: PartyCode; role: Role };

async function ok(t: TestApp, query: string, input: Record<string, unknown>, as: Caller) {
  const response = await t.gql(query, { input }, as);
  expect(response.errors).toBeUndefined();
}

/** The data of a GraphQL answer, failing the test if the API refused the request. */
export async function succeeded<T>(
  response: Promise<{ errors?: unknown; data?: T | null }>,
): Promise<T> {
  const answer = await response;
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

/** Valence's invoice under the TIC: its TIC 6.3 payment falls due 30 days later. */
export function recordInvoice(
  t: TestApp,
  contractId: string,
  invoice: { occurredOn: string; reference: string; description?: string; amount?: string },
): Promise<void> {
  return ok(
    t,
    `mutation R($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    {
      contractId,
      kind: 'INVOICE',
      occurredOn: invoice.occurredOn,
      description: invoice.description ?? `Invoice ${invoice.reference}`,
      amount: invoice.amount ?? '1000.00',
      currency: 'USD',
      reference: invoice.reference,
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
}

/** Valence's breach notice to the JV by courier (TIC 11.2, 13.3). */
export function recordBreachNotice(
  t: TestApp,
  contractId: string,
  notice: { sentAt: string; subject: string },
): Promise<void> {
  return ok(
    t,
    `mutation N($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
    {
      contractId,
      recipients: ['JV'],
      kind: 'BREACH',
      method: 'COURIER',
      sentAt: notice.sentAt,
      confirmationReceived: false,
      subject: notice.subject,
      languages: ['en'],
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
}

/** A BIS licence for 3E001 to China covering the JV, held by Valence (TIC 4.1). */
export function createJvLicence(
  t: TestApp,
  licence: { number: string; validFrom: string; validTo: string },
): Promise<void> {
  return ok(
    t,
    `mutation L($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
    {
      number: licence.number,
      agency: 'BIS',
      eccns: ['3E001'],
      destinations: ['CN'],
      consignees: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
      endUsers: [],
      coveredParties: ['JV'],
      validFrom: licence.validFrom,
      validTo: licence.validTo,
      conditions: 'None',
    },
    { party: 'VALENCE', role: 'COMPLIANCE' },
  );
}

/** An export check of EAR99 items to China for one end user, run by `as`. */
export function runEndUserCheck(
  t: TestApp,
  as: Caller,
  check: { endUser: string; description: string; releaseKind: string; endUse: string },
): Promise<void> {
  return ok(
    t,
    `mutation C($input: ExportCheckInput!) { runExportCheck(input: $input) { id } }`,
    {
      items: [{ eccn: 'EAR99', description: check.description }],
      releaseKind: check.releaseKind,
      destination: 'CN',
      parties: [{ name: check.endUser, country: 'CN', role: 'END_USER' }],
      declaredEndUse: check.endUse,
    },
    as,
  );
}
