import { noticeClocks, type NoticeClockFacts } from '../../../src/rules/notice-clocks';

const facts = (overrides: Partial<NoticeClockFacts> & Pick<NoticeClockFacts, 'sentOn'>) => ({
  governingContract: 'TIC' as const,
  kind: 'BREACH' as const,
  deemedReceivedOn: null,
  acceptedCureOn: null,
  continuationAgreedOn: null,
  ...overrides,
});

describe('noticeClocks: TIC 11.2, both readings of "60 days after the date of the notice"', () => {
  // Valence hands a breach notice to the courier in Nevada on Thursday 24 September 2026; TIC
  // 13.3 deems it received 14 days later, Thursday 8 October.
  // From the notice's date: 24 Sep + 6 = 30 Sep, + 31 = 31 Oct, + 23 = Monday 23 November.
  // From the deemed receipt: 8 Oct + 23 = 31 Oct, + 30 = 30 Nov, + 7 = Monday 7 December.
  const notice = facts({ sentOn: '2026-09-24', deemedReceivedOn: '2026-10-08' });

  it('gives both ends; the breaching party cures by the earlier, termination after the later', () => {
    const { cure } = noticeClocks({ ...notice, asOf: '2026-10-08' });
    expect(cure).toEqual({
      byNoticeDate: expect.objectContaining({ unrolledOn: '2026-11-23', rolledOn: '2026-11-23' }),
      byReceipt: expect.objectContaining({ unrolledOn: '2026-12-07', rolledOn: '2026-12-07' }),
      deadline: '2026-11-23',
      terminationFrom: '2026-12-08',
      article: 'TIC 11.2',
      reading: expect.stringContaining('after the date of the notice'),
    });
  });

  it.each([
    { asOf: '2026-11-24', available: false },
    { asOf: '2026-12-07', available: false },
    { asOf: '2026-12-08', available: true },
  ])('termination right as of $asOf: $available', ({ asOf, available }) => {
    expect(noticeClocks({ ...notice, asOf }).terminationRight).toMatchObject({
      available,
      from: '2026-12-08',
      article: 'TIC 11.2',
    });
  });

  it('only a cure the sender accepted, made by the date asked, closes the right', () => {
    const cured = { ...notice, acceptedCureOn: '2026-11-20' };
    expect(noticeClocks({ ...cured, asOf: '2026-12-08' }).terminationRight).toMatchObject({
      available: false,
      reason: expect.stringContaining('cured'),
    });
    // Asked before the cure happened, the breach was still uncured.
    expect(noticeClocks({ ...cured, asOf: '2026-11-19' }).terminationRight).toMatchObject({
      available: false,
      reason: expect.stringContaining('only from 2026-12-08'),
    });
  });

  it('rolls each reading by California law (TIC 13.4): Thanksgiving, the day after, a weekend', () => {
    // Sent Sunday 27 September: + 60 days is Thursday 26 November 2026, Thanksgiving, then
    // Friday 27 (a California holiday) and the weekend: Monday 30 November. Received 11 October:
    // + 60 days is Thursday 10 December, a working day.
    const { cure } = noticeClocks({
      ...facts({ sentOn: '2026-09-27', deemedReceivedOn: '2026-10-11' }),
      asOf: '2026-10-11',
    });
    expect(cure).toMatchObject({
      byNoticeDate: {
        unrolledOn: '2026-11-26',
        rolledOn: '2026-11-30',
        article: 'TIC 13.4; Cal. Civ. Code §§ 10, 11',
      },
      byReceipt: { unrolledOn: '2026-12-10', rolledOn: '2026-12-10' },
      deadline: '2026-11-30',
      terminationFrom: '2026-12-11',
    });
  });

  it('starts no clock from a breach notice that is not deemed received', () => {
    const clocks = noticeClocks({ ...facts({ sentOn: '2026-09-24' }), asOf: '2026-12-31' });
    expect(clocks).toEqual({
      cure: null,
      terminationRight: null,
      negotiationWindow: null,
      evidenceDue: null,
    });
  });
});

describe('noticeClocks: the JVC (Art. 104(2), 105, 115), by PRC law', () => {
  it('counts the cure from the deemed receipt only: 28 August + 60 = Tuesday 27 October', () => {
    const clocks = noticeClocks({
      ...facts({ governingContract: 'JVC', sentOn: '2026-08-14', deemedReceivedOn: '2026-08-28' }),
      asOf: '2026-10-28',
    });
    expect(clocks.cure).toMatchObject({
      byNoticeDate: null,
      byReceipt: { unrolledOn: '2026-10-27', rolledOn: '2026-10-27' },
      deadline: '2026-10-27',
      terminationFrom: '2026-10-28',
      article: 'JVC Art. 104(2)',
    });
    expect(clocks.terminationRight).toMatchObject({ available: true, from: '2026-10-28' });
  });

  it('ends the Art. 105 window on the next working day when its 30th day is a Saturday', () => {
    // Received Thursday 15 October 2026: day 30 is Saturday 14 November → Monday 16 November.
    const notice = facts({
      governingContract: 'JVC',
      kind: 'TERMINATION',
      sentOn: '2026-10-01',
      deemedReceivedOn: '2026-10-15',
    });
    expect(noticeClocks({ ...notice, asOf: '2026-11-16' }).negotiationWindow).toMatchObject({
      windowEndsOn: '2026-11-16',
      windowEnd: { unrolledOn: '2026-11-14', rolledOn: '2026-11-16' },
      deemedTerminated: false,
    });
    expect(noticeClocks({ ...notice, asOf: '2026-11-17' }).negotiationWindow).toMatchObject({
      deemedTerminated: true,
    });
    expect(
      noticeClocks({ ...notice, continuationAgreedOn: '2026-11-10', asOf: '2027-01-01' })
        .negotiationWindow,
    ).toMatchObject({ deemedTerminated: false });
  });

  it('rolls the force majeure evidence deadline past National Day (Art. 115)', () => {
    // Informed Wednesday 16 September 2026: + 15 days is Thursday 1 October, within 1-7 October
    // off: the evidence is due Thursday 8 October.
    const { evidenceDue } = noticeClocks({
      ...facts({ governingContract: 'JVC', kind: 'FORCE_MAJEURE', sentOn: '2026-09-16' }),
      asOf: '2026-09-16',
    });
    expect(evidenceDue).toMatchObject({
      dueOn: '2026-10-08',
      end: { unrolledOn: '2026-10-01', rolledOn: '2026-10-08' },
      article: 'JVC Art. 115',
    });
  });

  it('opens no negotiation window for a TIC termination notice', () => {
    expect(
      noticeClocks({
        ...facts({ kind: 'TERMINATION', sentOn: '2026-10-01', deemedReceivedOn: '2026-10-15' }),
        asOf: '2026-10-20',
      }).negotiationWindow,
    ).toBeNull();
  });
});
