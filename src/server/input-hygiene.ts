import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Text no field accepts: NUL (PostgreSQL cannot store it in text or JSON) and UTF-16
 * surrogates without their pair (not Unicode: they cannot be encoded as UTF-8).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badTextReason(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  return LONE_SURROGATE.test(value) ? 'must be valid Unicode text' : null;
}

/** The first string inside a JSON value (the variables) that no field accepts, and where. */
export function findBadText(
  value: unknown,
  path: string,
): { field: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = badTextReason(value);
    return reason ? { field: path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findBadText(item, path);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = badTextReason(key);
      if (keyReason) return { field: path, reason: keyReason };
      const found = findBadText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** The same check on string literals written in the query itself. */
export const noBadTextLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    const reason = badTextReason(node.value);
    if (reason) {
      context.reportError(
        new GraphQLError(`String literal ${reason}`, {
          nodes: [node],
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      );
    }
  },
});
