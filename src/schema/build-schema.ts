import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { guardSchema, unruledRootFields } from '../auth/guard';
import { RESOLVERS } from '../resolvers';
import { validateInput } from './validate-input';

let built: GraphQLSchema | undefined;

/**
 * The executable schema: every resolver, the policy guard on every root field and on every
 * nested field with a rule (auth/guard.ts). A query or mutation without a rule stops the
 * build: deny by default is checked before the server listens, not only when one is called.
 */
export function buildAppSchema(): GraphQLSchema {
  if (!built) {
    const schema = buildSchemaSync({
      resolvers: RESOLVERS,
      // class-validator rules, applied to the trimmed text (schema/validate-input.ts).
      validateFn: validateInput,
    });
    const unruled = unruledRootFields(schema);
    if (unruled.length > 0) {
      throw new Error(
        `Refusing to build the schema: ${unruled.join(', ')} name no permission rule (@Allow); nothing is public by default`,
      );
    }
    built = guardSchema(schema);
    describeRootTypes(built);
  }
  return built;
}

/** type-graphql names the root types but cannot describe them. */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description =
      'What your party may read: only contracts it is a party to and the records they allow';
  }
  if (mutation) {
    mutation.description =
      'What your party may record, each in one transaction with its audit event; results are ' +
      'nullable so that one failing mutation does not hide the others’ results';
  }
}

/** The SDL checked in as schema.graphql, sorted so that diffs show real changes only. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
