import { articleNumber } from '../../../src/rules/article-reference';

describe('articleNumber: the bare article number of a citation', () => {
  it.each<{ citation: string; expected: string; why: string }>([
    { citation: 'TIC 11.2', expected: '11.2', why: 'a TIC clause' },
    { citation: 'TIC 13.11', expected: '13.11', why: 'a two-digit clause, not 13.1' },
    { citation: 'TIC 7.1(a)', expected: '7.1', why: 'a lettered paragraph cites its clause' },
    { citation: 'TIC 11.3(a)', expected: '11.3', why: 'a lettered paragraph of 11.3' },
    { citation: 'TIC 6', expected: '6', why: 'a whole TIC article' },
    { citation: 'JVC Art. 104(2)', expected: '104', why: 'a numbered paragraph cites its article' },
    { citation: 'JVC Art. 58', expected: '58', why: 'a JVC article' },
    { citation: 'JVC Art.104', expected: '104', why: 'no space after "Art."' },
    { citation: 'JVC Art. 58, 61', expected: '58', why: 'several articles: the first' },
    { citation: 'TIC 1.4; JVC Art. 10, 126', expected: '1.4', why: 'several citations: the first' },
    { citation: 'Art. 8.2', expected: '8.2', why: 'no contract named' },
    { citation: '12.2', expected: '12.2', why: 'already a bare number' },
    { citation: 'TIC  13.3', expected: '13.3', why: 'two spaces after the contract' },
    { citation: 'TIC 11.', expected: '11', why: 'a trailing full stop is not part of it' },
  ])('$citation → $expected ($why)', ({ citation, expected }) => {
    expect(articleNumber({ citation })).toBe(expected);
  });

  it.each(['TIC preamble', 'TIC Recital E', 'JVC signature block', ''])(
    'leaves "%s", which has no article number, unchanged',
    (citation) => {
      expect(articleNumber({ citation })).toBe(citation);
    },
  );
});
