import type { GoverningContract } from '../../../src/rules/citation';
import { checkTermination, terminationArticles } from '../../../src/rules/termination-grounds';

describe('terminationArticles: the articles under which each contract may be terminated', () => {
  it.each<{ governingContract: GoverningContract; expected: string[] }>([
    // TIC 11.1 (mutual agreement), 11.2 (uncured material breach), 11.3 (Valence's grounds)
    { governingContract: 'TIC', expected: ['TIC 11.1', 'TIC 11.2', 'TIC 11.3'] },
    // JVC Art. 55 (deadlock), 104 and 105 (the listed events), 119 (no economic adjustment)
    {
      governingContract: 'JVC',
      expected: ['JVC Art. 55', 'JVC Art. 104', 'JVC Art. 105', 'JVC Art. 119'],
    },
  ])('$governingContract: $expected', ({ governingContract, expected }) => {
    expect(terminationArticles({ governingContract })).toEqual(expected);
  });
});

describe('checkTermination: the cited article, then the party', () => {
  it.each<{
    governingContract: GoverningContract;
    citedArticle: string;
    party: string;
    ground: string;
    invokedBy: string[] | null;
  }>([
    {
      governingContract: 'TIC',
      citedArticle: 'TIC 11.1',
      party: 'JV',
      ground: 'TIC 11.1',
      invokedBy: null,
    },
    {
      governingContract: 'TIC',
      citedArticle: 'TIC 11.2',
      party: 'FENGFAN',
      ground: 'TIC 11.2',
      invokedBy: null,
    },
    {
      governingContract: 'TIC',
      citedArticle: 'TIC 11.2(a)',
      party: 'VALENCE',
      ground: 'TIC 11.2',
      invokedBy: null,
    },
    {
      governingContract: 'TIC',
      citedArticle: 'TIC 11.3',
      party: 'VALENCE',
      ground: 'TIC 11.3',
      invokedBy: ['VALENCE'],
    },
    {
      governingContract: 'TIC',
      citedArticle: 'TIC 11.3(b)',
      party: 'VALENCE',
      ground: 'TIC 11.3',
      invokedBy: ['VALENCE'],
    },
    {
      governingContract: 'JVC',
      citedArticle: 'JVC Art. 55',
      party: 'FENGFAN',
      ground: 'JVC Art. 55',
      invokedBy: null,
    },
    {
      governingContract: 'JVC',
      citedArticle: 'JVC Art. 104(2)',
      party: 'VALENCE',
      ground: 'JVC Art. 104',
      invokedBy: null,
    },
    {
      governingContract: 'JVC',
      citedArticle: 'JVC Art. 105',
      party: 'VALENCE',
      ground: 'JVC Art. 105',
      invokedBy: null,
    },
    {
      governingContract: 'JVC',
      citedArticle: 'JVC Art. 119',
      party: 'FENGFAN',
      ground: 'JVC Art. 119',
      invokedBy: null,
    },
  ])(
    '$party may terminate the $governingContract under $citedArticle ($ground)',
    ({ governingContract, citedArticle, party, ground, invokedBy }) => {
      expect(checkTermination({ governingContract, citedArticle, party, signatory: true })).toEqual(
        { allowed: true, ground: { article: ground, invokedBy } },
      );
    },
  );

  it.each<{ governingContract: GoverningContract; citedArticle: string; why: string }>([
    { governingContract: 'TIC', citedArticle: 'TIC 11.25', why: 'another clause, not 11.2' },
    { governingContract: 'TIC', citedArticle: 'TIC 11', why: 'Art. 11 as a whole' },
    { governingContract: 'TIC', citedArticle: 'TIC 11.4', why: 'consequences, not a ground' },
    { governingContract: 'TIC', citedArticle: 'tic 11.2', why: 'the contract is named as TIC' },
    { governingContract: 'TIC', citedArticle: 'JVC Art. 104', why: 'an article of the JVC' },
    { governingContract: 'TIC', citedArticle: '', why: 'no article' },
  ])(
    'refuses $citedArticle under the TIC ($why), listing the grounds',
    ({ governingContract, citedArticle }) => {
      expect(
        checkTermination({ governingContract, citedArticle, party: 'VALENCE', signatory: true }),
      ).toEqual({
        allowed: false,
        field: 'article',
        reason: `${citedArticle} is not a termination article of the TIC; use one of TIC 11.1, TIC 11.2, TIC 11.3`,
        article: 'TIC 11.1, TIC 11.2, TIC 11.3',
      });
    },
  );

  it.each([
    { citedArticle: 'JVC Art. 1040', why: 'another article, not 104' },
    { citedArticle: 'JVC Art. 10', why: 'the Effective Date, not a ground' },
    { citedArticle: 'TIC 11.2', why: 'an article of the TIC' },
  ])('refuses $citedArticle under the JVC ($why)', ({ citedArticle }) => {
    expect(
      checkTermination({
        governingContract: 'JVC',
        citedArticle,
        party: 'FENGFAN',
        signatory: true,
      }),
    ).toEqual({
      allowed: false,
      field: 'article',
      reason: `${citedArticle} is not a termination article of the JVC; use one of JVC Art. 55, JVC Art. 104, JVC Art. 105, JVC Art. 119`,
      article: 'JVC Art. 55, JVC Art. 104, JVC Art. 105, JVC Art. 119',
    });
  });

  it.each<{ governingContract: GoverningContract; citedArticle: string; ground: string }>([
    { governingContract: 'JVC', citedArticle: 'JVC Art. 104(2)', ground: 'JVC Art. 104' },
    { governingContract: 'JVC', citedArticle: 'JVC Art. 119', ground: 'JVC Art. 119' },
    { governingContract: 'TIC', citedArticle: 'TIC 11.2', ground: 'TIC 11.2' },
  ])(
    'refuses a party that is not a Party to the $governingContract ($citedArticle)',
    ({ governingContract, citedArticle, ground }) => {
      expect(
        checkTermination({ governingContract, citedArticle, party: 'JV', signatory: false }),
      ).toEqual({
        allowed: false,
        field: 'party',
        reason: `JV is not a Party to the ${governingContract} and has no right to terminate it`,
        article: ground,
      });
    },
  );

  it.each(['JV', 'FENGFAN'])('refuses TIC 11.3 to %s: the ground is for Valence only', (party) => {
    expect(
      checkTermination({
        governingContract: 'TIC',
        citedArticle: 'TIC 11.3(a)',
        party,
        signatory: true,
      }),
    ).toEqual({
      allowed: false,
      field: 'party',
      reason: 'TIC 11.3 gives the right to terminate to VALENCE only',
      article: 'TIC 11.3',
    });
  });

  it('judges the article before the party: a wrong article by a non-Party is an article error', () => {
    expect(
      checkTermination({
        governingContract: 'JVC',
        citedArticle: 'JVC Art. 99',
        party: 'JV',
        signatory: false,
      }),
    ).toMatchObject({ allowed: false, field: 'article' });
  });
});
