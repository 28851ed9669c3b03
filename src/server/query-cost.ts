import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The arguments that say how many rows a list field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/**
 * What an operation may cost, before it runs, in objects to fetch: every field that returns an
 * object or a list costs 1 (scalars are free: they come with their object), and everything
 * selected under a list field sized by `first` (or `last`, `limit`) costs that many times over
 * — whether the size is written in the query, passed as a variable, or left to the argument's
 * default. `{ contracts(first: 20) { edges { node { code parent { code } } } } }` costs
 * 1 + 20 × (1 + (1 + 1)) = 61. Fragments count where they are spread.
 */
export function queryCost({
  schema,
  document,
  operationName,
  variables,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    seen: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is refused by validation; count it once here.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        total += costOf(selection.selectionSet, type, seen);
        continue;
      }
      const field =
        isObjectType(parent) || isInterfaceType(parent)
          ? (parent.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined)
          : undefined;
      if (!selection.selectionSet || !field) continue;
      total += 1;
      const size = listSize(field, selection.arguments ?? [], variables ?? {});
      total += size * costOf(selection.selectionSet, getNamedType(field.type), seen);
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/** The number of rows a field asks for: its size argument as given, or its default; else 1. */
function listSize(
  field: GraphQLField<unknown, unknown>,
  args: ReadonlyArray<import('graphql').ArgumentNode>,
  variables: Record<string, unknown>,
): number {
  for (const name of SIZE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) continue;
    const given = args.find((arg) => arg.name.value === name);
    const value = given
      ? valueFromAST(given.value, definition.type, variables)
      : definition.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return 1;
}
