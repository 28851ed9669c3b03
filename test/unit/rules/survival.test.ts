import type { GoverningContract } from '../../../src/rules/citation';
import { survivesTermination } from '../../../src/rules/survival';

const terminatedOn = '2026-06-30';

describe('survivesTermination: TIC (TIC 11.6, 8.7, 12.2), indefinitely', () => {
  it.each<{ article: string; expected: boolean; decidedBy: string; what: string }>([
    { article: '6', expected: true, decidedBy: 'TIC 11.6', what: 'Art. 6 (Associated Expenses)' },
    { article: '6.2', expected: true, decidedBy: 'TIC 11.6', what: 'Associated Expenses' },
    { article: '6.3', expected: true, decidedBy: 'TIC 11.6', what: 'payment within 30 days' },
    { article: '6.1', expected: false, decidedBy: 'TIC 11.6', what: 'licence fee, not expenses' },
    { article: '8.1', expected: true, decidedBy: 'TIC 8.7', what: 'confidentiality' },
    { article: '8.3(d)', expected: true, decidedBy: 'TIC 8.7', what: 'disclosure by law' },
    { article: '8.7', expected: true, decidedBy: 'TIC 8.7', what: 'survival of Art. 8' },
    { article: '10.1', expected: true, decidedBy: 'TIC 11.6', what: 'proprietary rights' },
    { article: '10.4', expected: true, decidedBy: 'TIC 11.6', what: 'Valence Marks' },
    { article: '11.4', expected: true, decidedBy: 'TIC 11.6', what: 'cease use' },
    { article: '11.5', expected: true, decidedBy: 'TIC 11.6', what: 'return or destroy' },
    { article: '11.6', expected: true, decidedBy: 'TIC 11.6', what: 'survival itself' },
    { article: '11.1', expected: false, decidedBy: 'TIC 11.6', what: 'term' },
    { article: '11.2', expected: false, decidedBy: 'TIC 11.6', what: 'breach termination' },
    { article: '11', expected: false, decidedBy: 'TIC 11.6', what: 'Art. 11 as a whole' },
    { article: '12.1', expected: true, decidedBy: 'TIC 11.6', what: 'compliance with laws' },
    { article: '12.2', expected: true, decidedBy: 'TIC 12.2', what: 'export control' },
    { article: '13.3', expected: true, decidedBy: 'TIC 11.6', what: 'notices' },
    { article: '13.4', expected: true, decidedBy: 'TIC 11.6', what: 'governing law, arbitration' },
    { article: '2.1', expected: false, decidedBy: 'TIC 11.6', what: 'licence grant' },
    { article: '5.2', expected: false, decidedBy: 'TIC 11.6', what: 'warranty approval' },
    { article: '7.1', expected: false, decidedBy: 'TIC 11.6', what: 'technology delivery' },
    { article: '9.1', expected: false, decidedBy: 'TIC 11.6', what: 'liability cap' },
    { article: 'Art. 8.2', expected: true, decidedBy: 'TIC 8.7', what: '"Art." prefix accepted' },
  ])(
    'TIC $article ($what) survives: $expected ($decidedBy)',
    ({ article, expected, decidedBy }) => {
      const result = survivesTermination({ governingContract: 'TIC', article, terminatedOn });
      expect(result).toEqual({
        survives: expected,
        until: null,
        article: decidedBy,
        reason: expect.stringContaining(expected ? 'survives' : 'does not survive'),
      });
    },
  );
});

describe('survivesTermination: JVC Chapter 17 for two years (JVC Art. 96, 100), nothing else', () => {
  it.each<{
    article: string;
    on: string;
    expected: boolean;
    until: string | null;
    decidedBy: string;
  }>([
    {
      article: '96',
      on: terminatedOn,
      expected: true,
      until: '2028-06-30',
      decidedBy: 'JVC Art. 96, 100',
    },
    {
      article: '97',
      on: terminatedOn,
      expected: true,
      until: '2028-06-30',
      decidedBy: 'JVC Art. 96, 100',
    },
    {
      article: '98',
      on: terminatedOn,
      expected: true,
      until: '2028-06-30',
      decidedBy: 'JVC Art. 96, 100',
    },
    {
      article: '99',
      on: terminatedOn,
      expected: true,
      until: '2028-06-30',
      decidedBy: 'JVC Art. 96, 100',
    },
    {
      article: '100',
      on: terminatedOn,
      expected: true,
      until: '2028-06-30',
      decidedBy: 'JVC Art. 96, 100',
    },
    {
      article: 'Art. 96',
      on: '2028-02-29',
      expected: true,
      until: '2030-02-28',
      decidedBy: 'JVC Art. 96, 100',
    },
    { article: '95', on: terminatedOn, expected: false, until: null, decidedBy: 'JVC Art. 100' },
    { article: '101', on: terminatedOn, expected: false, until: null, decidedBy: 'JVC Art. 100' },
    {
      article: '104(2)',
      on: terminatedOn,
      expected: false,
      until: null,
      decidedBy: 'JVC Art. 100',
    },
    { article: '127', on: terminatedOn, expected: false, until: null, decidedBy: 'JVC Art. 100' },
  ])(
    'JVC Art. $article, terminated $on → survives $expected until $until',
    ({ article, on, expected, until, decidedBy }) => {
      expect(survivesTermination({ governingContract: 'JVC', article, terminatedOn: on })).toEqual({
        survives: expected,
        until,
        article: decidedBy,
        reason: expect.stringContaining(expected ? `until ${until}` : 'does not survive'),
      });
    },
  );
});

describe('survivesTermination: whom the surviving articles bind (TIC 11.6, 8.7, 12.2; JVC Art. 45(1))', () => {
  it.each<{
    governingContract: GoverningContract;
    article: string;
    obligor: 'VALENCE' | 'FENGFAN' | 'JV';
    expected: boolean;
    decidedBy: string;
  }>([
    // TIC 11.6: "shall not relieve Licensee of its obligations under Article 6 … 12".
    {
      governingContract: 'TIC',
      article: '6.3',
      obligor: 'JV',
      expected: true,
      decidedBy: 'TIC 11.6',
    },
    {
      governingContract: 'TIC',
      article: '6.3',
      obligor: 'VALENCE',
      expected: false,
      decidedBy: 'TIC 11.6',
    },
    {
      governingContract: 'TIC',
      article: '12.1',
      obligor: 'JV',
      expected: true,
      decidedBy: 'TIC 11.6',
    },
    {
      governingContract: 'TIC',
      article: '12.1',
      obligor: 'VALENCE',
      expected: false,
      decidedBy: 'TIC 11.6',
    },
    // TIC 12.2: "Fengfan's and Licensee's obligations under this Article 12.2 shall survive".
    {
      governingContract: 'TIC',
      article: '12.2',
      obligor: 'FENGFAN',
      expected: true,
      decidedBy: 'TIC 12.2',
    },
    {
      governingContract: 'TIC',
      article: '12.2',
      obligor: 'VALENCE',
      expected: false,
      decidedBy: 'TIC 12.2',
    },
    // TIC 8.7: "Fengfan's, Licensee's and Valence's obligations under this Article 8".
    {
      governingContract: 'TIC',
      article: '8.1',
      obligor: 'VALENCE',
      expected: true,
      decidedBy: 'TIC 8.7',
    },
    // "the following additional Articles shall survive": 10, 11.4, 11.5, 11.6 and 13, whoever is bound.
    {
      governingContract: 'TIC',
      article: '13.3',
      obligor: 'VALENCE',
      expected: true,
      decidedBy: 'TIC 11.6',
    },
    {
      governingContract: 'TIC',
      article: '10.4',
      obligor: 'FENGFAN',
      expected: true,
      decidedBy: 'TIC 11.6',
    },
    // JVC Art. 45(1): Party A "shall not at any time during or after the Contract Term" use it.
    {
      governingContract: 'JVC',
      article: '45',
      obligor: 'FENGFAN',
      expected: true,
      decidedBy: 'JVC Art. 45(1)',
    },
    {
      governingContract: 'JVC',
      article: '45(1)',
      obligor: 'FENGFAN',
      expected: true,
      decidedBy: 'JVC Art. 45(1)',
    },
    {
      governingContract: 'JVC',
      article: '45',
      obligor: 'VALENCE',
      expected: false,
      decidedBy: 'JVC Art. 100',
    },
  ])(
    '$governingContract $article owed by $obligor survives: $expected ($decidedBy)',
    ({ governingContract, article, obligor, expected, decidedBy }) => {
      expect(
        survivesTermination({ governingContract, article, obligor, terminatedOn }),
      ).toMatchObject({ survives: expected, until: null, article: decidedBy });
    },
  );

  it('JVC Art. 45 with no obligor named binds Fengfan, without end', () => {
    expect(survivesTermination({ governingContract: 'JVC', article: '45', terminatedOn })).toEqual({
      survives: true,
      until: null,
      article: 'JVC Art. 45(1)',
      reason: expect.stringContaining('during or after the Contract Term'),
    });
  });
});

describe('survivesTermination: JVC Art. 96 has no tail after the natural expiry of the term', () => {
  it.each(['96', '98', '100'])('JVC Art. %s on expiry: does not survive', (article) => {
    expect(
      survivesTermination({
        governingContract: 'JVC',
        article,
        terminatedOn: '2076-01-20',
        ending: 'EXPIRY',
      }),
    ).toMatchObject({ survives: false, until: null, article: 'JVC Art. 96, 100' });
  });

  it('the same article on an early termination: two years', () => {
    expect(
      survivesTermination({
        governingContract: 'JVC',
        article: '96',
        terminatedOn: '2026-09-15',
        ending: 'TERMINATION',
      }),
    ).toMatchObject({ survives: true, until: '2028-09-15' });
  });
});

describe('survivesTermination: bad input', () => {
  it.each<{ governingContract: GoverningContract; article: string; terminatedOn: string }>([
    { governingContract: 'TIC', article: '14.1', terminatedOn },
    { governingContract: 'TIC', article: 'Recital E', terminatedOn },
    { governingContract: 'JVC', article: '129', terminatedOn },
    { governingContract: 'JVC', article: '96.1', terminatedOn },
    { governingContract: 'JVC', article: '96', terminatedOn: '2026-06-31' },
  ])('$governingContract $article on $terminatedOn is rejected', (input) => {
    expect(() => survivesTermination(input)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
