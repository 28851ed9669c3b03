import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { queryCost } from './query-cost';

/**
 * Refuses an operation whose cost (server/query-cost.ts: list sizes count whether written,
 * passed as variables or defaulted) exceeds the limit, before any resolver runs, and reports
 * the computed cost in every response's `extensions.cost`.
 */
export function queryCostPlugin<C extends object>(
  schema: GraphQLSchema,
  maxCost: number,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let cost: number | null = null;
      return {
        async didResolveOperation({ document, operationName, request }) {
          cost = queryCost({ schema, document, operationName, variables: request.variables });
          if (cost > maxCost) {
            throw new GraphQLError(
              `This operation costs ${cost}, more than the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: maxCost } };
        },
      };
    },
  };
}
