import type { GraphQLResolveInfo } from 'graphql';
import { NodeSelection } from '../shaped-read/node-selection';

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

/** The selection under `contracts { nodes { … } edges { node { … } } }`. */
export function connectionSelection(info: GraphQLResolveInfo): ContractSelection {
  return shaped(NodeSelection.ofConnection(info, 'ContractConnection', 'Contract'));
}

/** The selection under `contract(id) { … }`. */
export function contractSelection(info: GraphQLResolveInfo): ContractSelection {
  return shaped(NodeSelection.ofNode(info, 'Contract'));
}

/**
 * Parties come with the contract whenever asked, and articles whenever asked whole (no
 * `first` / `afterPosition`): every place that asks gets the same rows, so the fields of
 * all of them are read together. A slice of articles resolves through its loader, which
 * gives the same answer in one statement more.
 */
function shaped(contracts: NodeSelection): ContractSelection {
  const parties = contracts.under('parties', 'ContractParty');
  return {
    fields: contracts.fields,
    parties: parties ? (parties.nested('party', 'Party') ?? new Set()) : null,
    articles: contracts.nested('articles', 'Article'),
  };
}
