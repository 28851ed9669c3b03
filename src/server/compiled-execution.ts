import type { ApolloServerOptions } from '@apollo/server';
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = NonNullable<ApolloServerOptions<object>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Runs queries through code compiled once per operation (graphql-jit) instead of graphql-js's
 * interpreter, which walks the document anew for every value of every row. Apollo Server 5
 * accepts another executor only through its gateway interface; its parsing, validation, cost
 * limit, plugins and error formatting all still run before and after.
 *
 * Mutations keep graphql-js: they are not hot, and their resolvers run in document order as
 * the GraphQL specification requires of them. A query whose variables cannot be coerced is
 * answered by graphql-js too, as is a request naming an operation the document lacks, so that the client gets graphql-js's own messages (Apollo turns
 * those into HTTP 400); no resolver has run by then, so nothing runs twice.
 *
 * An operation is compiled the second time it runs: a client's queries repeat, and a query
 * sent once (a probe, a one-off script) never pays for compilation, which costs several times
 * its validation. Compiled operations are kept per parsed document, which Apollo caches per
 * query text: the compiled code lives exactly as long as the document does.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  /** Per document and operation name: the compiled query, null if it cannot be, or 'seen'. */
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null | 'seen'>>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    const known = byName.get(key);
    if (known === undefined) {
      byName.set(key, 'seen');
      return null;
    }
    if (known !== 'seen') return known;
    const result = compileQuery(schema, document, operationName ?? undefined, {
      // Errors keep graphql-js's shape (stack from the original error) and leaves are
      // serialised by the schema's own scalars.
      disablingCapturingStackErrors: true,
    });
    const query = isCompiledQuery(result) ? result : null;
    byName.set(key, query);
    return query;
  }

  const executor: Executor = async ({ document, operation, request, context }) => {
    // The name the client sent: Apollo's own `operationName` is null when none matched.
    const operationName = request.operationName ?? null;
    const interpreted = (): Promise<ExecutionResult> | ExecutionResult =>
      execute({
        schema,
        document,
        operationName,
        variableValues: request.variables,
        contextValue: context,
      });
    // Without an operation (an operationName the document lacks), graphql-js names the problem.
    const query = operation?.operation === 'query' ? compiledFor(document, operationName) : null;
    if (!query) return interpreted();
    const result = await query.query(undefined, context, request.variables ?? {});
    if (!('data' in result) || result.data === undefined) return interpreted();
    return { ...result, errors: result.errors?.map(asGraphQLError) };
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors inherit from GraphQLError without running its constructor; one built
 * by graphql-js itself carries the original error and its extensions the way Apollo and the
 * error formatter read them.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js computes locations from AST nodes, which graphql-jit has already resolved.
  if (!rebuilt.locations && error.locations)
    Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}
