import { createParameterDecorator } from 'type-graphql';

/**
 * The object a field is resolved on, exactly as its parent's resolver returned it (a
 * selection-shaped row, an entity, a view).
 *
 * type-graphql's own `@Root()` copies that object into a new instance of the parameter's
 * declared class, for every field resolver of every node of a list: measurable work and
 * garbage on the register lists, and it buys nothing, since no resolver here calls a method
 * of its parent. `@Root()` is therefore not used (eslint.config.mjs refuses it).
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
