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
    // Courier: received 14 days after 2026-01-05, cure within 60 days after that.
    expect(notice).toMatchObject({ deemedReceivedOn: '2026-01-19', cureDeadline: '2026-03-20' });

    const cured = await t.gql(
      `mutation($input: RecordBreachCuredInput!) { recordBreachCured(input: $input) { id } }`,
      { input: { noticeId: notice.id, curedOn: '2026-04-10', evidence: 'Paid in full' } },
      { party: 'JV', role: 'LEGAL' },
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
    expect(await rightOn('2026-03-20')).toEqual({
      available: false,
      from: '2026-03-21',
      article: 'TIC 11.2',
    });
    expect(await rightOn('2026-04-01')).toEqual({
      available: true,
      from: '2026-03-21',
      article: 'TIC 11.2',
    });
    expect((await rightOn('2026-04-10')).available).toBe(false);
  });
});
