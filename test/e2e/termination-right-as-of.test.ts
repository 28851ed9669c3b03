import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Right {
  available: boolean;
  from: string;
  article: string;
}

describe('the termination right is judged as of the date asked (TIC 11.2)', () => {
  it('a cure recorded later does not undo a right that had arisen before it', async () => {
    const { data: contracts } = await t.gql<{
      contracts: { edges: Array<{ node: { id: string; code: string } }> };
    }>(
      '{ contracts(first: 5) { edges { node { id code } } } }',
      {},
      { party: 'VALENCE', role: 'LEGAL' },
    );
    const tic = contracts!.contracts.edges.find((e) => e.node.code === 'TIC')!.node.id;
    const sent = await t.gql<{
      recordNotice: { id: string; deemedReceivedOn: string; cureDeadline: string };
    }>(
      `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id deemedReceivedOn cureDeadline } }`,
      {
        input: {
          contractId: tic,
          recipients: ['JV'],
          kind: 'BREACH',
          method: 'COURIER',
          sentAt: '2026-01-05T02:00:00Z',
          confirmationReceived: false,
          subject: 'Unpaid Associated Expenses',
          languages: ['en'],
        },
      },
      { party: 'VALENCE', role: 'LEGAL' },
    );
    expect(sent.errors).toBeUndefined();
    const notice = sent.data!.recordNotice;
    // Courier: handed over in Nevada on 2026-01-04 (02:00 UTC on the 5th), received 14 days
    // later, 2026-01-18. TIC 11.2: the cure is due 60 days after the notice's date (2026-03-05);
    // termination is available after 60 days from receipt (2026-03-19), from 2026-03-20.
    expect(notice).toMatchObject({ deemedReceivedOn: '2026-01-18', cureDeadline: '2026-03-05' });

    const claimed = await t.gql(
      `mutation($input: ClaimCureInput!) { claimCure(input: $input) { id } }`,
      { input: { noticeId: notice.id, curedOn: '2026-04-10', evidence: 'Paid in full' } },
      { party: 'JV', role: 'LEGAL' },
    );
    expect(claimed.errors).toBeUndefined();
    const cured = await t.gql(
      `mutation($input: AcceptCureInput!) { acceptCure(input: $input) { id } }`,
      { input: { noticeId: notice.id, acceptedOn: '2026-04-12' } },
      { party: 'VALENCE', role: 'LEGAL' },
    );
    expect(cured.errors).toBeUndefined();

    const rightOn = async (asOf: string) => {
      const { data } = await t.gql<{
        notices: { edges: Array<{ node: { id: string; terminationRight: Right } }> };
      }>(
        `query($asOf: LocalDate) { notices(first: 10) { edges { node { id terminationRight(asOf: $asOf) { available from article } } } } }`,
        { asOf },
        { party: 'VALENCE', role: 'LEGAL' },
      );
      return data!.notices.edges.find((e) => e.node.id === notice.id)!.node.terminationRight;
    };
    expect(await rightOn('2026-03-19')).toEqual({
      available: false,
      from: '2026-03-20',
      article: 'TIC 11.2',
    });
    expect(await rightOn('2026-04-01')).toEqual({
      available: true,
      from: '2026-03-20',
      article: 'TIC 11.2',
    });
    expect((await rightOn('2026-04-10')).available).toBe(false);
  });
});
