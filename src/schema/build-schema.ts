import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { policyGuard } from '../auth/guard';
import { RESOLVERS } from '../resolvers';
import { validateInput } from './validate-input';

let built: GraphQLSchema | undefined;

/** The executable schema: every resolver, with the policy guard on every field. */
export function buildAppSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    globalMiddlewares: [policyGuard],
    // class-validator rules, applied to the trimmed text (schema/validate-input.ts).
    validateFn: validateInput,
  });
  return built;
}

/** The SDL checked in as schema.graphql, sorted so that diffs show real changes only. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
