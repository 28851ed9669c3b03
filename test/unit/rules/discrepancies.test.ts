import { findDiscrepancies, type ContractTerm } from '../../../src/rules/discrepancies';

/** The terms both documents state, as the key-term register holds them (normalised values). */
const REAL_TERMS: ContractTerm[] = [
  { contractCode: 'TIC', name: 'technology investment', article: '6.1', value: 'USD 7241000' },
  { contractCode: 'TIC', name: 'technology investment', article: '7.2', value: 'USD 7241000' },
  { contractCode: 'JVC', name: 'technology investment', article: '32', value: 'USD 5900000' },
  { contractCode: 'JVC', name: 'technology investment', article: '42', value: 'USD 5900000' },
  {
    contractCode: 'JVC',
    name: 'JVC signing date',
    article: 'signature block',
    value: '2002-11-08',
  },
  {
    contractCode: 'TIC',
    name: 'JVC signing date',
    article: 'Recital E',
    value: '2003-06-?? (day blank)',
  },
  { contractCode: 'TIC', name: 'JVC signing date', article: '13.11', value: '2003-07-08' },
  { contractCode: 'TIC', name: 'cure period', article: '11.2', value: '60 days' },
  { contractCode: 'JVC', name: 'cure period', article: '104(2)', value: '60 days' },
  {
    contractCode: 'TIC',
    name: 'notice deemed receipt by letter',
    article: '13.3',
    value: '14 days',
  },
  {
    contractCode: 'JVC',
    name: 'notice deemed receipt by letter',
    article: '127',
    value: '14 days',
  },
];

describe('findDiscrepancies', () => {
  it('reports the two real conflicts between the TIC and the JVC, sorted by name', () => {
    expect(findDiscrepancies({ terms: REAL_TERMS })).toEqual([
      {
        name: 'JVC signing date',
        values: [
          { value: '2002-11-08', statedIn: [{ contractCode: 'JVC', article: 'signature block' }] },
          {
            value: '2003-06-?? (day blank)',
            statedIn: [{ contractCode: 'TIC', article: 'Recital E' }],
          },
          { value: '2003-07-08', statedIn: [{ contractCode: 'TIC', article: '13.11' }] },
        ],
        message:
          'JVC signing date is stated differently: 2002-11-08 in JVC signature block; ' +
          '2003-06-?? (day blank) in TIC Recital E; 2003-07-08 in TIC 13.11',
      },
      {
        name: 'technology investment',
        values: [
          {
            value: 'USD 7241000',
            statedIn: [
              { contractCode: 'TIC', article: '6.1' },
              { contractCode: 'TIC', article: '7.2' },
            ],
          },
          {
            value: 'USD 5900000',
            statedIn: [
              { contractCode: 'JVC', article: '32' },
              { contractCode: 'JVC', article: '42' },
            ],
          },
        ],
        message:
          'technology investment is stated differently: USD 7241000 in TIC 6.1, TIC 7.2; ' +
          'USD 5900000 in JVC Art. 32, JVC Art. 42',
      },
    ]);
  });

  it('reports nothing when every statement of a fact agrees', () => {
    const consistent = REAL_TERMS.filter(
      (t) => t.name === 'cure period' || t.name.startsWith('notice'),
    );
    expect(consistent).toHaveLength(4);
    expect(findDiscrepancies({ terms: consistent })).toEqual([]);
    expect(findDiscrepancies({ terms: [] })).toEqual([]);
  });

  it('counts a repeated statement once and finds a conflict inside one contract', () => {
    const result = findDiscrepancies({
      terms: [
        { contractCode: 'TIC', name: 'licence fee', article: '6.1', value: 'USD 7241000' },
        { contractCode: 'TIC', name: 'licence fee', article: '6.1', value: 'USD 7241000' },
        { contractCode: 'TIC', name: 'licence fee', article: '7.2', value: 'USD 7214000' },
      ],
    });
    expect(result).toEqual([
      {
        name: 'licence fee',
        values: [
          { value: 'USD 7241000', statedIn: [{ contractCode: 'TIC', article: '6.1' }] },
          { value: 'USD 7214000', statedIn: [{ contractCode: 'TIC', article: '7.2' }] },
        ],
        message:
          'licence fee is stated differently: USD 7241000 in TIC 6.1; USD 7214000 in TIC 7.2',
      },
    ]);
  });
});
