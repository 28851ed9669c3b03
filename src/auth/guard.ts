import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { RequestContext } from './context';
import { isAllowed, POLICY, type Permission } from './policy';
import type { AuthenticatedUser } from './principal';

/**
 * The policy guard, put once on the fields that need it when the schema is built: every
 * root field (a query or a mutation) and every nested field that carries a rule (`@Allow`,
 * e.g. Contract.keyTerms). The caller must be signed in and granted the rule. A root field
 * without a rule is refused, so nothing is public by accident. The other nested fields run
 * unwrapped: their rows are scoped by the services' queries, and a list of 20 contracts has
 * some 1,700 of them, which a per-field middleware would all pass through.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const roots = rootTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = roots.has(type);
    for (const field of Object.values(type.getFields())) {
      const permission = permissionOf(type, field.name);
      if (permission) field.resolve = checked(field, permission);
      else if (root) field.resolve = refused(field);
    }
  }
  return schema;
}

/** The root fields that name no rule ("Query.forgottenRule"): a schema with one is not built. */
export function unruledRootFields(schema: GraphQLSchema): string[] {
  return [...rootTypes(schema)].flatMap((type) =>
    Object.keys(type.getFields())
      .filter((name) => !permissionOf(type, name))
      .map((name) => `${type.name}.${name}`),
  );
}

export function permissionOf(type: GraphQLObjectType, fieldName: string): Permission | null {
  const value = type.getFields()[fieldName]?.extensions?.permission;
  return typeof value === 'string' && value in POLICY ? (value as Permission) : null;
}

/**
 * Throws unless `user` is signed in and `permission` is granted to its party and role:
 * UNAUTHENTICATED without a user, FORBIDDEN with the rule's article. `action` names what is
 * refused ("call contracts", "export records").
 */
export function assertGranted(
  user: AuthenticatedUser | null,
  permission: Permission,
  action: string,
): asserts user is AuthenticatedUser {
  if (!user) throw new UnauthenticatedError();
  if (!isAllowed({ party: user.party, roles: user.roles }, permission)) {
    const rule = POLICY[permission];
    throw new ForbiddenError(
      `${user.party} ${user.roles.join('/')} may not ${action}: ${rule.why}`,
      rule.article,
    );
  }
}

type Field = GraphQLField<unknown, RequestContext>;
type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

function checked(field: Field, permission: Permission): Resolver {
  const inner = field.resolve ?? defaultFieldResolver;
  return (source, args, context, info) => {
    assertGranted(context.user, permission, `call ${info.fieldName}`);
    return inner(source, args, context, info);
  };
}

function refused(field: Field): Resolver {
  return () => {
    throw new ForbiddenError(`${field.name} has no permission rule`, 'deny by default');
  };
}

function rootTypes(schema: GraphQLSchema): Set<GraphQLObjectType> {
  const types = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return new Set(types.filter((type): type is GraphQLObjectType => Boolean(type)));
}
