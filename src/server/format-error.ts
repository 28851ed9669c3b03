import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../db/unavailable';
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
    if (isDatabaseUnavailable(original)) {
      options.logUnexpected(original);
      return {
        message: 'The service is temporarily unavailable; retry shortly',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (isUniqueViolation(original)) {
      // Two requests raced to create the same thing; the database kept one: a conflict.
      return {
        message: 'This already exists (a concurrent request created it first)',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
      // graphql-js stops coercing variables after 50 errors; the request is still bad input.
      return {
        message: formatted.message,
        extensions: { code: 'BAD_USER_INPUT', field: 'variables' },
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
    const field = code === 'BAD_USER_INPUT' ? variableField(formatted.message) : undefined;
    if (field !== undefined && formatted.extensions?.field === undefined) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, field } };
    }
    if (!options.production) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * graphql-js names the offending part of a variable that does not coerce (an unknown enum
 * value, a missing required field) only in its message: `Variable "$input" got invalid value
 * "X" at "input.roles[0]"; ...`. Name it in `field` as validation errors do: the path inside
 * the variable without list indexes ("roles"), or the variable itself when that is all.
 */
function variableField(message: string): string | undefined {
  const match = /^Variable "\$(\w+)"(?: got invalid value .*? at "\1((?:\.\w+|\[\d+\])+)";)?/s.exec(
    message,
  );
  if (!match) return undefined;
  const inside = (match[2] ?? '').replace(/\[\d+\]/g, '').replace(/^\./, '');
  return inside || match[1];
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505'
  );
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
