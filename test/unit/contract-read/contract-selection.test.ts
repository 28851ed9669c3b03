import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import {
  connectionSelection,
  type ContractSelection,
} from '../../../src/services/contract-read/contract-selection';

/** The shapes of the API's contract list, enough to read a selection from. */
const schema = buildSchema(`
  type Query { contracts: ContractConnection }
  type ContractConnection { nodes: [Contract!]! edges: [ContractEdge!]! totalCount: Int! }
  type ContractEdge { cursor: String! node: Contract! }
  type Contract {
    id: ID! code: String! status: String! keyTerms: [String!]!
    parties: [ContractParty!]! articles(first: Int, afterPosition: Int): [Article!]!
  }
  type ContractParty { role: String! party: Party! }
  type Party { code: String! shortName: String! }
  type Article { number: String! heading: String body: String! }
`);

async function selectionOf(query: string): Promise<ContractSelection> {
  let selection: ContractSelection | undefined;
  const rootValue = {
    contracts: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      selection = connectionSelection(info);
      return null;
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return selection!;
}

const sorted = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('the selection a contract list reads', () => {
  it('merges nodes and edges, and names the party and article fields asked', async () => {
    const selection = await selectionOf(`{ contracts {
      totalCount
      nodes { code parties { role party { code } } }
      edges { cursor node { id articles { number heading } parties { party { shortName } } } }
    } }`);
    expect(sorted(selection.fields)).toEqual(['articles', 'code', 'id', 'parties']);
    expect(sorted(selection.parties)).toEqual(['code', 'shortName']);
    expect(sorted(selection.articles)).toEqual(['heading', 'number']);
  });

  it('follows fragments and skips what @skip removes', async () => {
    const selection = await selectionOf(`
      fragment Row on Contract { code articles { body } }
      { contracts { nodes { ...Row status @skip(if: true) } } }`);
    expect(sorted(selection.fields)).toEqual(['articles', 'code']);
    expect(sorted(selection.articles)).toEqual(['body']);
    expect(selection.parties).toBeNull();
  });

  it('leaves a slice of articles to the loaders, and reads whole ones under any alias', async () => {
    const slice = await selectionOf(`{ contracts { nodes { articles(first: 2) { number } } } }`);
    expect(slice.articles).toBeNull();
    const twice = await selectionOf(
      `{ contracts { nodes { articles { number } all: articles { body } head: articles(first: 1) { heading } } } }`,
    );
    expect(sorted(twice.articles)).toEqual(['body', 'number']);
  });

  it('names fields it does not prefetch, so that they get every column', async () => {
    const selection = await selectionOf(`{ contracts { nodes { keyTerms } } }`);
    expect(sorted(selection.fields)).toEqual(['keyTerms']);
    expect(selection.parties).toBeNull();
    expect(selection.articles).toBeNull();
  });
});
