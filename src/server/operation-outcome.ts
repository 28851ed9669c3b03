import type { ApolloServerPlugin } from '@apollo/server';

/** What a GraphQL request turned out to be, for the access log and the metrics. */
export interface OperationOutcome {
  /** The operation's name as the document gives it; null for an anonymous operation. */
  operationName: string | null;
  /** `query` or `mutation`; null when the request never reached a valid operation. */
  operationType: string | null;
  /** The `extensions.code` of every error in the response, as the client receives them. */
  errorCodes: string[];
}

/**
 * Where a context carries its outcome. Apollo runs each operation on a shallow copy of the
 * context it is given, so the outcome is an object the copy shares (an enumerable own
 * property, which the copy takes over), filled in by the plugin and read by the access log
 * through the original context.
 */
const OUTCOME = Symbol('operationOutcome');

type Tracked = { [OUTCOME]?: OperationOutcome };

/** Gives a request's context an outcome to fill in; returns the context. */
export function trackOutcome<C extends object>(context: C): C {
  const outcome: OperationOutcome = { operationName: null, operationType: null, errorCodes: [] };
  Object.defineProperty(context, OUTCOME, { value: outcome, enumerable: true });
  return context;
}

export function outcomeOf(context: unknown): OperationOutcome | undefined {
  return typeof context === 'object' && context !== null
    ? (context as Tracked)[OUTCOME]
    : undefined;
}

/** Notes each operation's name, type and the error codes of the response sent. */
export function operationOutcomePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const outcome = outcomeOf(contextValue);
      if (!outcome) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          outcome.operationName = operationName ?? null;
          outcome.operationType = operation?.operation ?? null;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          outcome.errorCodes = (response.body.singleResult.errors ?? []).map((error) =>
            String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
        },
      };
    },
  };
}
