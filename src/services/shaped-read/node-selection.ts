import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

type Trees = Record<string, ResolveTree>;

/**
 * What a query asks of each node of a list: the node's fields (names, not aliases), and for
 * each nested field the fields asked under it. Every place that asks for a node (`nodes`,
 * `edges { node }`, under several aliases) is read together, since they are the same rows.
 */
export class NodeSelection {
  constructor(private readonly trees: ResolveTree[]) {}

  /** The selection under `<Connection> { nodes { … } edges { node { … } } }`. */
  static ofConnection(info: GraphQLResolveInfo, connectionType: string, nodeType: string) {
    const nodes: ResolveTree[] = [];
    for (const child of children(parseResolveInfo(info) as ResolveTree | null, connectionType)) {
      if (child.name === 'nodes') nodes.push(...children(child, nodeType));
      if (child.name === 'edges') {
        for (const edge of children(child, `${nodeType}Edge`)) {
          if (edge.name === 'node') nodes.push(...children(edge, nodeType));
        }
      }
    }
    return new NodeSelection(nodes);
  }

  /** The selection of a root field that returns one node. */
  static ofNode(info: GraphQLResolveInfo, nodeType: string) {
    return new NodeSelection(children(parseResolveInfo(info) as ResolveTree | null, nodeType));
  }

  /** The node's fields asked. */
  get fields(): Set<string> {
    return new Set(this.trees.map((tree) => tree.name));
  }

  /**
   * The fields asked under `field` (of type `type`) wherever it is asked without arguments;
   * null when it is not asked so (a field with arguments resolves through its own resolver).
   */
  nested(field: string, type: string): Set<string> | null {
    return this.under(field, type)?.fields ?? null;
  }

  /**
   * The selection under `field` (of type `type`) wherever it is asked without arguments, to
   * read further down; null when it is not asked so.
   */
  under(field: string, type: string): NodeSelection | null {
    const asked = this.trees.filter(
      (tree) => tree.name === field && Object.keys(tree.args).length === 0,
    );
    if (asked.length === 0) return null;
    return new NodeSelection(asked.flatMap((tree) => children(tree, type)));
  }
}

function children(tree: ResolveTree | null | undefined, typeName: string): ResolveTree[] {
  return Object.values((tree?.fieldsByTypeName[typeName] ?? {}) as Trees);
}
