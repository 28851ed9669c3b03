import type { ContractStatus } from '../../../src/domain/contracts';
import type { GoverningContract } from '../../../src/rules/citation';
import { expiryDate, statusOn, statusTransition } from '../../../src/rules/contract-status';

const STATUSES: ContractStatus[] = ['DRAFT', 'SIGNED', 'EFFECTIVE', 'TERMINATED', 'EXPIRED'];

const ALLOWED: Array<{
  governingContract: GoverningContract;
  from: ContractStatus;
  to: ContractStatus;
  article: string;
}> = [
  { governingContract: 'TIC', from: 'DRAFT', to: 'SIGNED', article: 'TIC 13.6' },
  { governingContract: 'TIC', from: 'SIGNED', to: 'EFFECTIVE', article: 'TIC 1.4, 4.1' },
  { governingContract: 'TIC', from: 'EFFECTIVE', to: 'TERMINATED', article: 'TIC 11.1–11.3' },
  { governingContract: 'TIC', from: 'EFFECTIVE', to: 'EXPIRED', article: 'TIC 11.1' },
  { governingContract: 'TIC', from: 'SIGNED', to: 'TERMINATED', article: 'TIC 11.1' },
  { governingContract: 'JVC', from: 'DRAFT', to: 'SIGNED', article: 'JVC Art. 124' },
  { governingContract: 'JVC', from: 'SIGNED', to: 'EFFECTIVE', article: 'JVC Art. 10, 126' },
  { governingContract: 'JVC', from: 'EFFECTIVE', to: 'TERMINATED', article: 'JVC Art. 104–105' },
  { governingContract: 'JVC', from: 'EFFECTIVE', to: 'EXPIRED', article: 'JVC Art. 103' },
  { governingContract: 'JVC', from: 'SIGNED', to: 'TERMINATED', article: 'JVC Art. 104(1), 105' },
];

describe('statusTransition: the moves the contracts provide for', () => {
  it.each(ALLOWED)('$governingContract $from → $to is allowed ($article)', (input) => {
    const { article, ...move } = input;
    expect(statusTransition(move)).toEqual({
      allowed: true,
      article,
      reason: expect.stringContaining(article.split(/[,–]/)[0]),
    });
  });

  it.each<{
    governingContract: GoverningContract;
    from: ContractStatus;
    to: ContractStatus;
    article: string;
    says: RegExp;
  }>([
    {
      governingContract: 'TIC',
      from: 'DRAFT',
      to: 'EFFECTIVE',
      article: 'TIC 13.6',
      says: /must be signed first/,
    },
    {
      governingContract: 'JVC',
      from: 'DRAFT',
      to: 'TERMINATED',
      article: 'JVC Art. 124',
      says: /binds no one/,
    },
    {
      governingContract: 'TIC',
      from: 'SIGNED',
      to: 'EXPIRED',
      article: 'TIC 11.1',
      says: /Effective Date/,
    },
    {
      governingContract: 'JVC',
      from: 'SIGNED',
      to: 'EXPIRED',
      article: 'JVC Art. 103',
      says: /Establishment Date/,
    },
    {
      governingContract: 'TIC',
      from: 'TERMINATED',
      to: 'EFFECTIVE',
      article: 'TIC 11.4',
      says: /licences ended/,
    },
    {
      governingContract: 'TIC',
      from: 'EXPIRED',
      to: 'EFFECTIVE',
      article: 'TIC 11.1',
      says: /ten-year term/,
    },
    {
      governingContract: 'JVC',
      from: 'EXPIRED',
      to: 'EFFECTIVE',
      article: 'JVC Art. 103',
      says: /six months before expiry/,
    },
    {
      governingContract: 'JVC',
      from: 'TERMINATED',
      to: 'EXPIRED',
      article: 'JVC Art. 105',
      says: /dissolve/,
    },
    {
      governingContract: 'TIC',
      from: 'EFFECTIVE',
      to: 'SIGNED',
      article: 'TIC 11.1',
      says: /cannot go back/,
    },
    {
      governingContract: 'JVC',
      from: 'SIGNED',
      to: 'DRAFT',
      article: 'JVC Art. 10, 126',
      says: /cannot go back/,
    },
    {
      governingContract: 'JVC',
      from: 'EFFECTIVE',
      to: 'EFFECTIVE',
      article: 'JVC Art. 103',
      says: /already EFFECTIVE/,
    },
  ])('$governingContract $from → $to is refused ($article)', ({ article, says, ...move }) => {
    const result = statusTransition(move);
    expect(result).toEqual({ allowed: false, article, reason: expect.stringMatching(says) });
  });

  it.each<GoverningContract>(['TIC', 'JVC'])('%s: every other move is refused', (contract) => {
    const allowed = new Set(
      ALLOWED.filter((a) => a.governingContract === contract).map((a) => `${a.from}->${a.to}`),
    );
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const result = statusTransition({ governingContract: contract, from, to });
        expect({ from, to, allowed: result.allowed }).toEqual({
          from,
          to,
          allowed: allowed.has(`${from}->${to}`),
        });
        expect(result.article).toMatch(new RegExp(`^${contract} `));
      }
    }
  });

  it('rejects an unknown status', () => {
    expect(() =>
      statusTransition({ governingContract: 'TIC', from: 'DRAFT', to: 'VOID' as ContractStatus }),
    ).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^to:/) }),
    );
  });
});

describe('expiryDate: TIC 10 years from the Effective Date, JVC 50 from the Establishment Date', () => {
  it.each<{
    input: { governingContract: GoverningContract; startsOn: string };
    expected: { expiresOn: string; termYears: number };
    article: string;
  }>([
    {
      input: { governingContract: 'TIC', startsOn: '2004-03-15' },
      expected: { expiresOn: '2014-03-15', termYears: 10 },
      article: 'TIC 11.1',
    },
    {
      input: { governingContract: 'TIC', startsOn: '2004-02-29' },
      expected: { expiresOn: '2014-02-28', termYears: 10 },
      article: 'TIC 11.1',
    },
    {
      input: { governingContract: 'JVC', startsOn: '2003-08-20' },
      expected: { expiresOn: '2053-08-20', termYears: 50 },
      article: 'JVC Art. 103',
    },
  ])(
    '$input.governingContract from $input.startsOn → $expected.expiresOn',
    ({ input, expected, article }) => {
      expect(expiryDate(input)).toEqual({ ...expected, article });
    },
  );
});

describe('statusOn: an EFFECTIVE contract is EXPIRED once its term has run out (computed)', () => {
  it.each<{ status: ContractStatus; expiresOn: string | null; today: string; expected: string }>([
    // TIC 11.1: effective 2004-03-15, expires 2014-03-15.
    { status: 'EFFECTIVE', expiresOn: '2014-03-15', today: '2014-03-14', expected: 'EFFECTIVE' },
    // In force on the anniversary that ends the term, EXPIRED from the day after.
    { status: 'EFFECTIVE', expiresOn: '2014-03-15', today: '2014-03-15', expected: 'EFFECTIVE' },
    { status: 'EFFECTIVE', expiresOn: '2014-03-15', today: '2014-03-16', expected: 'EXPIRED' },
    { status: 'EFFECTIVE', expiresOn: '2014-03-15', today: '2026-11-20', expected: 'EXPIRED' },
    // The day before an expiry across a year boundary.
    { status: 'EFFECTIVE', expiresOn: '2100-01-01', today: '2099-12-31', expected: 'EFFECTIVE' },
    { status: 'EFFECTIVE', expiresOn: '2099-12-31', today: '2100-01-01', expected: 'EXPIRED' },
    // The term has not started (JVC before its Establishment Date): no expiry, no EXPIRED.
    { status: 'EFFECTIVE', expiresOn: null, today: '2099-01-01', expected: 'EFFECTIVE' },
    // Only an EFFECTIVE contract expires: the others keep their stored status.
    { status: 'SIGNED', expiresOn: '2014-03-15', today: '2026-11-20', expected: 'SIGNED' },
    { status: 'DRAFT', expiresOn: '2014-03-15', today: '2026-11-20', expected: 'DRAFT' },
    { status: 'TERMINATED', expiresOn: '2014-03-15', today: '2026-11-20', expected: 'TERMINATED' },
    { status: 'TERMINATED', expiresOn: '2036-01-10', today: '2026-11-20', expected: 'TERMINATED' },
    { status: 'EXPIRED', expiresOn: '2014-03-15', today: '2010-01-01', expected: 'EXPIRED' },
  ])('$status, expiring $expiresOn, on $today → $expected', ({ expected, ...input }) => {
    expect(statusOn(input)).toBe(expected);
  });
});
