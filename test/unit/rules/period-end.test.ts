import type { GoverningContract } from '../../../src/rules/citation';
import { rollPeriodEnd } from '../../../src/rules/period-end';

const PRC = 'JVC Art. 118; PRC Civil Code Art. 203';
const CALIFORNIA = 'TIC 13.4; Cal. Civ. Code §§ 10, 11';

describe('rollPeriodEnd: a last day that is not a working day moves by the governing law', () => {
  it.each<{
    example: string;
    governingContract: GoverningContract;
    date: string;
    rolledOn: string;
    article: string;
  }>([
    {
      // 2026 arrangement: 1-7 October off; Thursday 8 October is the day after the holiday.
      example: 'JVC, Thursday 1 October 2026 (National Day): the day after the holiday',
      governingContract: 'JVC',
      date: '2026-10-01',
      rolledOn: '2026-10-08',
      article: PRC,
    },
    {
      example: 'JVC, Saturday 10 October 2026, a make-up working day: unchanged',
      governingContract: 'JVC',
      date: '2026-10-10',
      rolledOn: '2026-10-10',
      article: PRC,
    },
    {
      example: 'JVC, Saturday 14 November 2026: Monday 16 November',
      governingContract: 'JVC',
      date: '2026-11-14',
      rolledOn: '2026-11-16',
      article: PRC,
    },
    {
      // Spring Festival 2026: 15-23 February off; 24 February is the first working day.
      example: 'JVC, Sunday 15 February 2026 (Spring Festival): Tuesday 24 February',
      governingContract: 'JVC',
      date: '2026-02-15',
      rolledOn: '2026-02-24',
      article: PRC,
    },
    {
      example: 'TIC, Thursday 1 October 2026: a working day in California',
      governingContract: 'TIC',
      date: '2026-10-01',
      rolledOn: '2026-10-01',
      article: CALIFORNIA,
    },
    {
      // Thanksgiving and the day after it are California holidays; then a weekend.
      example: 'TIC, Thanksgiving 26 November 2026: Monday 30 November',
      governingContract: 'TIC',
      date: '2026-11-26',
      rolledOn: '2026-11-30',
      article: CALIFORNIA,
    },
    {
      example: 'TIC, Tuesday 31 March 2026 (César Chávez Day, a California holiday): 1 April',
      governingContract: 'TIC',
      date: '2026-03-31',
      rolledOn: '2026-04-01',
      article: CALIFORNIA,
    },
    {
      // California does not keep Columbus Day (Monday 12 October 2026), the federal calendar does.
      example: 'TIC, Saturday 10 October 2026: Monday 12 October',
      governingContract: 'TIC',
      date: '2026-10-10',
      rolledOn: '2026-10-12',
      article: CALIFORNIA,
    },
  ])('$example', ({ governingContract, date, rolledOn, article }) => {
    const end = rollPeriodEnd({ date, governingContract });
    expect(end).toEqual({ rolledOn, unrolledOn: date, article, rule: expect.any(String) });
    expect(end.rule).toContain(
      rolledOn === date ? 'is a working day' : `next working day, ${rolledOn}`,
    );
  });

  it('leaves a time limit counted back from a later day where it falls (JVC Art. 103)', () => {
    // Six months before a term ending Saturday 10 February 2076 is Saturday 10 August 2075:
    // the application must be made by then, not on the Monday after.
    const end = rollPeriodEnd({ date: '2075-08-10', governingContract: 'JVC', countedBack: true });
    expect(end).toEqual({
      rolledOn: '2075-08-10',
      unrolledOn: '2075-08-10',
      article: PRC,
      rule: expect.stringContaining('not moved forward'),
    });
  });

  it('rejects a malformed date and an unknown contract', () => {
    expect(() => rollPeriodEnd({ date: '2026-02-30', governingContract: 'TIC' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() =>
      rollPeriodEnd({ date: '2026-02-03', governingContract: 'XYZ' as GoverningContract }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
