import type { GoverningContract } from '../../../src/rules/citation';
import { curePeriod, terminationRight } from '../../../src/rules/cure-period';
import { deemedReceipt } from '../../../src/rules/notice-receipt';

describe('curePeriod: 60 days after the breach notice is deemed received', () => {
  it.each<{
    input: { governingContract: GoverningContract; deemedReceivedOn: string };
    expected: string;
    article: string;
  }>([
    {
      input: { governingContract: 'TIC', deemedReceivedOn: '2026-03-16' },
      expected: '2026-05-15',
      article: 'TIC 11.2',
    },
    {
      input: { governingContract: 'JVC', deemedReceivedOn: '2026-10-05' },
      expected: '2026-12-04',
      article: 'JVC Art. 104(2)',
    },
    {
      input: { governingContract: 'JVC', deemedReceivedOn: '2026-12-15' },
      expected: '2027-02-13',
      article: 'JVC Art. 104(2)',
    },
    {
      input: { governingContract: 'TIC', deemedReceivedOn: '2027-12-31' },
      expected: '2028-02-29',
      article: 'TIC 11.2',
    },
  ])(
    '$input.governingContract notice received $input.deemedReceivedOn → cure by $expected',
    ({ input, expected, article }) => {
      expect(curePeriod(input)).toEqual({ cureDeadline: expected, article });
    },
  );

  it('rejects a malformed date, naming the field', () => {
    expect(() => curePeriod({ governingContract: 'TIC', deemedReceivedOn: '16/03/2026' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^deemedReceivedOn:/),
      }),
    );
  });
});

describe('terminationRight: from the day after the cure deadline while the breach is uncured', () => {
  it.each<{
    input: {
      governingContract: GoverningContract;
      cureDeadline: string;
      cured: boolean;
      today: string;
    };
    expected: { available: boolean; from: string };
    article: string;
  }>([
    {
      input: {
        governingContract: 'TIC',
        cureDeadline: '2026-05-15',
        cured: false,
        today: '2026-05-15',
      },
      expected: { available: false, from: '2026-05-16' },
      article: 'TIC 11.2',
    },
    {
      input: {
        governingContract: 'TIC',
        cureDeadline: '2026-05-15',
        cured: false,
        today: '2026-05-16',
      },
      expected: { available: true, from: '2026-05-16' },
      article: 'TIC 11.2',
    },
    {
      input: {
        governingContract: 'TIC',
        cureDeadline: '2026-05-15',
        cured: true,
        today: '2026-06-01',
      },
      expected: { available: false, from: '2026-05-16' },
      article: 'TIC 11.2',
    },
    {
      input: {
        governingContract: 'JVC',
        cureDeadline: '2026-12-04',
        cured: false,
        today: '2026-11-01',
      },
      expected: { available: false, from: '2026-12-05' },
      article: 'JVC Art. 104(2)',
    },
    {
      input: {
        governingContract: 'JVC',
        cureDeadline: '2026-12-31',
        cured: false,
        today: '2027-01-01',
      },
      expected: { available: true, from: '2027-01-01' },
      article: 'JVC Art. 104(2)',
    },
    {
      input: {
        governingContract: 'JVC',
        cureDeadline: '2026-12-31',
        cured: true,
        today: '2027-01-01',
      },
      expected: { available: false, from: '2027-01-01' },
      article: 'JVC Art. 104(2)',
    },
  ])(
    '$input.governingContract deadline $input.cureDeadline, cured $input.cured, on $input.today → $expected.available',
    ({ input, expected, article }) => {
      const result = terminationRight(input);
      expect(result).toEqual({ ...expected, article, reason: expect.stringContaining(article) });
    },
  );

  it('explains each outcome', () => {
    const base = { governingContract: 'TIC' as const, cureDeadline: '2026-05-15' };
    expect(terminationRight({ ...base, cured: true, today: '2026-06-01' }).reason).toMatch(/cured/);
    expect(terminationRight({ ...base, cured: false, today: '2026-05-01' }).reason).toMatch(
      /only from 2026-05-16/,
    );
    expect(terminationRight({ ...base, cured: false, today: '2026-05-16' }).reason).toMatch(
      /immediately upon giving written notice of termination/,
    );
    expect(
      terminationRight({ ...base, governingContract: 'JVC', cured: false, today: '2026-05-16' })
        .reason,
    ).toMatch(/JVC Art\. 105/);
  });

  it('worked example: a faxed breach notice to the JV, then the termination right', () => {
    const receipt = deemedReceipt({
      governingContract: 'TIC',
      method: 'FAX',
      sentAt: new Date('2026-09-30T15:00:00+08:00'),
      confirmationReceived: true,
      senderCountry: 'US',
      recipientCountry: 'CN',
    });
    // 1-7 October 2026 are days off in China (National Day): received Thursday 8 October.
    expect(receipt.deemedReceivedOn).toBe('2026-10-08');
    const { cureDeadline } = curePeriod({
      governingContract: 'TIC',
      deemedReceivedOn: receipt.deemedReceivedOn as string,
    });
    expect(cureDeadline).toBe('2026-12-07');
    const right = (today: string) =>
      terminationRight({ governingContract: 'TIC', cureDeadline, cured: false, today });
    expect(right('2026-12-07')).toMatchObject({ available: false, from: '2026-12-08' });
    expect(right('2026-12-08')).toMatchObject({
      available: true,
      from: '2026-12-08',
      article: 'TIC 11.2',
    });
  });
});
