import { negotiationWindow } from '../../../src/rules/termination-negotiation';

describe('negotiationWindow (JVC Art. 105): 30 days of receipt, then deemed termination', () => {
  it.each<{
    input: { deemedReceivedOn: string; agreedToContinue: boolean; today: string };
    expected: { windowEndsOn: string; deemedTerminated: boolean };
    article: string;
  }>([
    {
      input: { deemedReceivedOn: '2026-10-05', agreedToContinue: false, today: '2026-10-20' },
      expected: { windowEndsOn: '2026-11-04', deemedTerminated: false },
      article: 'JVC Art. 105',
    },
    {
      input: { deemedReceivedOn: '2026-10-05', agreedToContinue: false, today: '2026-11-04' },
      expected: { windowEndsOn: '2026-11-04', deemedTerminated: false },
      article: 'JVC Art. 105',
    },
    {
      input: { deemedReceivedOn: '2026-10-05', agreedToContinue: false, today: '2026-11-05' },
      expected: { windowEndsOn: '2026-11-04', deemedTerminated: true },
      article: 'JVC Art. 105',
    },
    {
      input: { deemedReceivedOn: '2026-10-05', agreedToContinue: true, today: '2027-06-01' },
      expected: { windowEndsOn: '2026-11-04', deemedTerminated: false },
      article: 'JVC Art. 105',
    },
    {
      input: { deemedReceivedOn: '2027-02-01', agreedToContinue: false, today: '2027-03-04' },
      expected: { windowEndsOn: '2027-03-03', deemedTerminated: true },
      article: 'JVC Art. 105',
    },
  ])(
    'received $input.deemedReceivedOn, agreed $input.agreedToContinue, on $input.today → $expected.deemedTerminated',
    ({ input, expected, article }) => {
      expect(negotiationWindow(input)).toEqual({
        ...expected,
        // None of these last days is a holiday in the PRC: nothing rolls.
        windowEnd: expect.objectContaining({
          rolledOn: expected.windowEndsOn,
          unrolledOn: expected.windowEndsOn,
        }),
        article,
        reason: expect.stringContaining(article),
      });
    },
  );

  it('says why', () => {
    const input = { deemedReceivedOn: '2026-10-05', agreedToContinue: false };
    expect(negotiationWindow({ ...input, today: '2026-11-05' }).reason).toMatch(
      /deemed to have agreed to terminate the contract and dissolve the Joint Venture Company/,
    );
    expect(negotiationWindow({ ...input, today: '2026-10-06' }).reason).toMatch(
      /open until 2026-11-04/,
    );
    expect(
      negotiationWindow({ ...input, agreedToContinue: true, today: '2026-11-05' }).reason,
    ).toMatch(/agreed in writing to continue/);
  });

  it('ends on the next PRC working day when the 30th day is a holiday (PRC Civil Code Art. 203)', () => {
    // Received Thursday 15 October 2026: the 30th day is Saturday 14 November, so the window
    // runs to Monday 16 November.
    const window = negotiationWindow({
      deemedReceivedOn: '2026-10-15',
      agreedToContinue: false,
      today: '2026-11-16',
    });
    expect(window).toMatchObject({
      windowEndsOn: '2026-11-16',
      windowEnd: { unrolledOn: '2026-11-14', rolledOn: '2026-11-16' },
      deemedTerminated: false,
    });
    expect(
      negotiationWindow({
        deemedReceivedOn: '2026-10-15',
        agreedToContinue: false,
        today: '2026-11-17',
      }).deemedTerminated,
    ).toBe(true);
  });

  it('rejects a malformed today', () => {
    expect(() =>
      negotiationWindow({ deemedReceivedOn: '2026-10-05', agreedToContinue: false, today: 'now' }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
