import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../errors';

/**
 * The one place where errors become what a client sees: domain errors keep their code and
 * details, validation errors become BAD_USER_INPUT naming each field and reason, and
 * anything unexpected is logged and hidden behind INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(options: {
  production: boolean;
  logUnexpected: (error: unknown) => void;
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors.flatMap((failure) =>
        flatten(failure.property, failure),
      );
      return {
        message: `Invalid input: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      options.logUnexpected(original);
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    if (!options.production) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function flatten(
  path: string,
  failure: ValidationFailure,
): Array<{ field: string; reason: string }> {
  const own = Object.values(failure.constraints ?? {}).map((reason) => ({
    field: path,
    reason: reason.replace(new RegExp(`^${failure.property}\\s+`), ''),
  }));
  const nested = (failure.children ?? []).flatMap((child) =>
    flatten(`${path}.${child.property}`, child),
  );
  return [...own, ...nested];
}
