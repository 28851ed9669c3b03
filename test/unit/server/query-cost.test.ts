import { buildSchema, parse } from 'graphql';
import { queryCost } from '../../../src/server/query-cost';

/** A small schema of the same shape as the API's connections, so costs are worked by hand. */
const schema = buildSchema(`
  type Article { number: String heading: String contract: Contract }
  type Contract { code: String articles(first: Int = 10): [Article!]! }
  type Edge { cursor: String node: Contract }
  type Connection { totalCount: Int edges: [Edge!]! }
  type Query {
    contracts(first: Int = 20, after: String): Connection
    contract(id: ID!): Contract
  }
  type Mutation { touch(id: ID!): Contract }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  queryCost({ schema, document: parse(query), variables, operationName });

describe('queryCost', () => {
  it.each<[string, string, Record<string, unknown> | undefined, number]>([
    // contract 1; code is a scalar and free
    ['one object with a scalar', '{ contract(id: "x") { code } }', undefined, 1],
    // contracts 1 + 5 × (edges 1 + 1 × (node 1)) = 1 + 5 × 2
    ['a literal first', '{ contracts(first: 5) { edges { node { code } } } }', undefined, 11],
    // the same with $n = 5: a variable counts like a literal
    [
      'a variable first',
      'query($n: Int) { contracts(first: $n) { edges { node { code } } } }',
      { n: 5 },
      11,
    ],
    // the argument's default (20) when none is given: 1 + 20 × 2
    ['the default first', '{ contracts { edges { node { code } } } }', undefined, 41],
    // nested lists multiply: articles = 1 + 3 × (contract 1) = 4; node = 1 + 4 = 5;
    // edges = 1 + 5 = 6; contracts = 1 + 2 × 6 = 13
    [
      'nested sized lists',
      '{ contracts(first: 2) { edges { node { articles(first: 3) { contract { code } } } } } }',
      undefined,
      13,
    ],
    // fragments count where they are spread: the same as writing the fields in place
    [
      'a fragment',
      '{ contracts(first: 5) { edges { node { ...C } } } } fragment C on Contract { code }',
      undefined,
      11,
    ],
    // totalCount is a scalar of the connection: only the connection counts
    ['a scalar on the connection', '{ contracts(first: 4) { totalCount } }', undefined, 1],
  ])('%s', (_label, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it('costs the named operation of a document with several', () => {
    const document = `
      query Small { contract(id: "x") { code } }
      query Large { contracts(first: 50) { edges { node { code } } } }`;
    expect(cost(document, undefined, 'Small')).toBe(1);
    expect(cost(document, undefined, 'Large')).toBe(101);
  });

  it('costs mutations like queries', () => {
    // touch 1 + articles (1 + 10 × 0), the default size of articles being 10
    expect(cost('mutation { touch(id: "x") { code articles { heading } } }')).toBe(2);
  });
});
