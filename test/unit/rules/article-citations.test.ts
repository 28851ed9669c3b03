import { citedArticles } from '../../../src/rules/article-citations';

describe('citedArticles: every article a citation names', () => {
  it.each<{ citation: string; expected: Array<[string | null, string]>; why: string }>([
    { citation: 'TIC 7.1(b)', expected: [['TIC', '7.1']], why: 'a lettered paragraph cites 7.1' },
    { citation: 'TIC 13.11', expected: [['TIC', '13.11']], why: 'a two-digit clause' },
    {
      citation: 'JVC Art. 104(2)',
      expected: [['JVC', '104']],
      why: 'the paragraph number is not an article',
    },
    {
      citation: 'TIC 1.4; JVC Art. 10, 126',
      expected: [
        ['TIC', '1.4'],
        ['JVC', '10'],
        ['JVC', '126'],
      ],
      why: 'the code carries over to the numbers after it',
    },
    {
      citation: 'TIC 11.6, 6.3',
      expected: [
        ['TIC', '11.6'],
        ['TIC', '6.3'],
      ],
      why: 'two TIC clauses',
    },
    { citation: 'Art. 8.2', expected: [[null, '8.2']], why: 'no contract named' },
    { citation: 'TIC 7.1(a), 7.1(b)', expected: [['TIC', '7.1']], why: 'one article, once' },
    { citation: 'TIC preamble', expected: [], why: 'no article number' },
  ])('$citation ($why)', ({ citation, expected }) => {
    expect(
      citedArticles({ citation }).map(({ contractCode, number }) => [contractCode, number]),
    ).toEqual(expected);
  });
});
