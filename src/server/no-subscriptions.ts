import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * The API has no subscriptions and HTTP could not carry them: a subscription operation is
 * refused while validating (HTTP 400) rather than failing in execution as a server error.
 */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not supported', { nodes: [node] }));
    }
  },
});
