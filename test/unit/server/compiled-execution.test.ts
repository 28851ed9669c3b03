/**
 * When the executor compiles: an operation the second time it runs (a query sent once never
 * pays for compilation), once per document and operation, and never a mutation — with the
 * same answers as graphql-js every time.
 */
import {
  execute,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  type DocumentNode,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecution } from '../../../src/server/compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compilations = compileQuery as jest.MockedFunction<typeof compileQuery>;

let count = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { count: { type: new GraphQLNonNull(GraphQLInt), resolve: () => count } },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { bump: { type: new GraphQLNonNull(GraphQLInt), resolve: () => (count += 1) } },
  }),
});

async function executorFor() {
  const gateway = compiledExecution(schema);
  const { executor } = await gateway.load({ apollo: {} });
  return (document: DocumentNode, variables: Record<string, unknown> = {}, name?: string) => {
    const operation = document.definitions.find(
      (d) => d.kind === 'OperationDefinition' && (!name || d.name?.value === name),
    );
    return executor!({
      document,
      operation,
      request: { variables, operationName: name },
      context: {},
    } as unknown as Parameters<NonNullable<typeof executor>>[0]);
  };
}

beforeEach(() => {
  compilations.mockClear();
  count = 0;
});

it('compiles a query the second time it runs, then reuses it', async () => {
  const run = await executorFor();
  const document = parse('query($n: String!) { count }');
  expect(await run(document, { n: 'a' })).toEqual({ data: { count: 0 } });
  expect(compilations).toHaveBeenCalledTimes(0);
  expect(await run(document, { n: 'b' })).toEqual({ data: { count: 0 } });
  expect(compilations).toHaveBeenCalledTimes(1);
  await run(document, { n: 'c' });
  expect(compilations).toHaveBeenCalledTimes(1);
  // Another document with the same text is another parse: Apollo hands over one per text.
  await run(parse('query($n: String!) { count }'), { n: 'd' });
  expect(compilations).toHaveBeenCalledTimes(1);
});

it('compiles each operation of a document on its own', async () => {
  const run = await executorFor();
  const document = parse('query A { count } query B { count }');
  await run(document, {}, 'A');
  await run(document, {}, 'B');
  expect(compilations).toHaveBeenCalledTimes(0);
  await run(document, {}, 'A');
  await run(document, {}, 'B');
  expect(compilations).toHaveBeenCalledTimes(2);
});

it('never compiles a mutation, and answers it as graphql-js does', async () => {
  const run = await executorFor();
  const document = parse('mutation { first: bump second: bump }');
  expect(await run(document)).toEqual({ data: { first: 1, second: 2 } });
  expect(await run(document)).toEqual({ data: { first: 3, second: 4 } });
  expect(compilations).not.toHaveBeenCalled();
  count = 0;
  expect(await execute({ schema, document })).toEqual({
    data: { first: 1, second: 2 },
  });
});
