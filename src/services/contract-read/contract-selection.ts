import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What a query asks of each contract, read from its selection set: the contract's own
 * fields, and whether its parties and articles can come with it from the same statement.
 */
export interface ContractSelection {
  /** The Contract fields asked for (names, not aliases), nested ones included. */
  fields: Set<string>;
  /** The Party fields asked under `parties { party { … } }`; null when parties are not asked. */
  parties: Set<string> | null;
  /** The Article fields asked under `articles`; null when articles are not read with it. */
  articles: Set<string> | null;
}

type Trees = Record<string, ResolveTree>;

/** The selection under `contracts { nodes { … } edges { node { … } } }`. */
export function connectionSelection(info: GraphQLResolveInfo): ContractSelection {
  const root = parseResolveInfo(info) as ResolveTree | null;
  const contracts: ResolveTree[] = [];
  for (const child of children(root, 'ContractConnection')) {
    if (child.name === 'nodes') contracts.push(...children(child, 'Contract'));
    if (child.name === 'edges') {
      for (const edge of children(child, 'ContractEdge')) {
        if (edge.name === 'node') contracts.push(...children(edge, 'Contract'));
      }
    }
  }
  return shaped(contracts);
}

/** The selection under `contract(id) { … }`. */
export function contractSelection(info: GraphQLResolveInfo): ContractSelection {
  return shaped(children(parseResolveInfo(info) as ResolveTree | null, 'Contract'));
}

function children(tree: ResolveTree | null | undefined, typeName: string): ResolveTree[] {
  return Object.values((tree?.fieldsByTypeName[typeName] ?? {}) as Trees);
}

/**
 * Parties come with the contract whenever asked, and articles whenever asked whole (no
 * `first` / `afterPosition`): every place that asks gets the same rows, so the fields of
 * all of them are read together. A slice of articles resolves through its loader, which
 * gives the same answer in one statement more.
 */
function shaped(contracts: ResolveTree[]): ContractSelection {
  const partyTrees = contracts.filter((tree) => tree.name === 'parties');
  const wholeArticles = contracts.filter(
    (tree) => tree.name === 'articles' && Object.keys(tree.args).length === 0,
  );
  return {
    fields: new Set(contracts.map((tree) => tree.name)),
    parties:
      partyTrees.length > 0
        ? names(
            partyTrees
              .flatMap((tree) => children(tree, 'ContractParty'))
              .filter((tree) => tree.name === 'party')
              .flatMap((tree) => children(tree, 'Party')),
          )
        : null,
    articles:
      wholeArticles.length > 0
        ? names(wholeArticles.flatMap((tree) => children(tree, 'Article')))
        : null,
  };
}

function names(trees: ResolveTree[]): Set<string> {
  return new Set(trees.map((tree) => tree.name));
}
