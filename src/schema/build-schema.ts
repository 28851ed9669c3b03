import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { policyGuard } from '../auth/guard';
import { RESOLVERS } from '../resolvers';

let built: GraphQLSchema | undefined;

/** The executable schema: every resolver, with the policy guard on every field. */
export function buildAppSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    globalMiddlewares: [policyGuard],
    validate: { forbidUnknownValues: true, whitelist: false },
  });
  return built;
}

/** The SDL checked in as schema.graphql, sorted so that diffs show real changes only. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
