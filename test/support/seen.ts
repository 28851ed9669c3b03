import type { GraphQLResponse } from './test-app';

/**
 * What a client sees of a response: the data, and each error's path and code — what two
 * read paths must agree on (messages may word the same refusal differently).
 */
export function seen(response: GraphQLResponse) {
  return {
    data: response.data,
    errors: (response.errors ?? []).map((error) => ({
      path: error.path,
      code: error.extensions?.code,
    })),
  };
}
