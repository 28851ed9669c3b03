import { startTestApp, type TestApp } from '../support/test-app';

/**
 * An obligation's last day moves off a non-working day by the law its contract chooses, and
 * the API shows both days and the rule: the TIC by California's (TIC 13.4; Cal. Civ. Code
 * §§ 10, 11), the JVC by the PRC's (JVC Art. 118; Civil Code Art. 203).
 */
let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-06-30' });
  const { data } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>(
    '{ contracts(first: 10) { edges { node { id code } } } }',
    {},
    { party: 'VALENCE', role: 'LEGAL' },
  );
  for (const { node } of data!.contracts.edges) ids[node.code] = node.id;
});
afterAll(() => t.close());

const RECORD = `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`;
const OBLIGATIONS = `query($filter: ObligationFilterInput) {
  obligations(filter: $filter, first: 50) { nodes {
    code dueOn dueDate { unrolledOn rolledOn rule article }
  } }
}`;
type Due = { unrolledOn: string; rolledOn: string; rule: string; article: string };

async function invoiceDue(occurredOn: string, reference: string) {
  const recorded = await t.gql(
    RECORD,
    {
      input: {
        contractId: ids.TIC,
        kind: 'INVOICE',
        occurredOn,
        description: `Associated Expenses invoice ${reference}`,
        amount: '100.00',
        currency: 'USD',
        reference,
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(recorded.errors).toBeUndefined();
  const listed = await t.gql<{
    obligations: { nodes: Array<{ code: string; dueOn: string; dueDate: Due }> };
  }>(OBLIGATIONS, { filter: { contractId: ids.TIC } }, { party: 'JV', role: 'LEGAL' });
  expect(listed.errors).toBeUndefined();
  const eventId = (recorded.data as { recordEvent: { id: string } }).recordEvent.id;
  return listed.data!.obligations.nodes.find((o) => o.code.endsWith(`#${eventId.slice(0, 8)}`))!;
}

it('moves a TIC 6.3 payment due on a Sunday to the Monday, and says why', async () => {
  // 30 days after Friday 10 January 2025 is Sunday 9 February.
  const due = await invoiceDue('2025-01-10', 'ROLL-1');
  expect(due.dueOn).toBe('2025-02-10');
  expect(due.dueDate).toEqual({
    unrolledOn: '2025-02-09',
    rolledOn: '2025-02-10',
    rule: expect.stringContaining('next working day, 2025-02-10'),
    article: 'TIC 13.4; Cal. Civ. Code §§ 10, 11',
  });
});

it('moves it past a California holiday: Labor Day 2025', async () => {
  // 30 days after 2 August 2025 is Monday 1 September, Labor Day: Tuesday 2 September.
  const due = await invoiceDue('2025-08-02', 'ROLL-2');
  expect(due.dueDate).toMatchObject({ unrolledOn: '2025-09-01', rolledOn: '2025-09-02' });
});

it('leaves a working day where it is', async () => {
  // 30 days after Monday 10 March 2025 is Wednesday 9 April.
  const due = await invoiceDue('2025-03-10', 'ROLL-3');
  expect(due.dueDate).toMatchObject({ unrolledOn: '2025-04-09', rolledOn: '2025-04-09' });
  expect(due.dueDate.rule).toContain('is a working day');
});
