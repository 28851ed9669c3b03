import { Extensions } from 'type-graphql';
import type { Permission } from './policy';

/**
 * Names the policy rule of a query, a mutation or a nested field. The rule travels with the
 * field in the built schema (`extensions.permission`), where the guard and the coverage test
 * read it.
 */
export function Allow(permission: Permission): MethodDecorator & PropertyDecorator {
  return Extensions({ permission });
}
