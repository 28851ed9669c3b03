import type { FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';

/**
 * What a resolver derives from its field's selection (the SQL of a shaped read) depends only
 * on the query's text when the selection holds no variable and no directive: Apollo keeps one
 * parsed document per query text, so the field's AST node is the same object on every request
 * that sends that query, and the derived value can be kept on it. A selection that holds a
 * variable or a directive (`@include(if: $x)`) may differ between requests: it is derived
 * afresh every time.
 */
export function memoBySelection<T>(info: GraphQLResolveInfo, key: string, derive: () => T): T {
  const [field, ...others] = info.fieldNodes;
  // A field asked twice under one response key merges its selections: derived afresh.
  if (others.length > 0 || !isStatic(field, info)) return derive();
  let values = memo.get(field) as Map<string, T> | undefined;
  if (!values) {
    values = new Map();
    memo.set(field, values);
  }
  if (!values.has(key)) values.set(key, derive());
  return values.get(key)!;
}

const memo = new WeakMap<FieldNode, Map<string, unknown>>();
const staticFields = new WeakMap<FieldNode, boolean>();

function isStatic(field: FieldNode, info: GraphQLResolveInfo): boolean {
  let known = staticFields.get(field);
  if (known === undefined) {
    known = !field.selectionSet || isStaticSet(field.selectionSet, info, new Set());
    staticFields.set(field, known);
  }
  return known;
}

function isStaticSet(
  set: SelectionSetNode,
  info: GraphQLResolveInfo,
  fragmentsSeen: Set<string>,
): boolean {
  return set.selections.every((selection) => {
    if (selection.directives?.length) return false;
    switch (selection.kind) {
      case 'Field':
        return (
          (selection.arguments ?? []).every((argument) => !holdsVariable(argument.value)) &&
          (!selection.selectionSet || isStaticSet(selection.selectionSet, info, fragmentsSeen))
        );
      case 'InlineFragment':
        return isStaticSet(selection.selectionSet, info, fragmentsSeen);
      case 'FragmentSpread': {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (!fragment || fragment.directives?.length) return false;
        if (fragmentsSeen.has(name)) return true;
        fragmentsSeen.add(name);
        return isStaticSet(fragment.selectionSet, info, fragmentsSeen);
      }
      default:
        return false;
    }
  });
}

function holdsVariable(value: ValueNode): boolean {
  switch (value.kind) {
    case 'Variable':
      return true;
    case 'ListValue':
      return value.values.some(holdsVariable);
    case 'ObjectValue':
      return value.fields.some((field) => holdsVariable(field.value));
    default:
      return false;
  }
}
