import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: true,
  whitelist: false,
  skipMissingProperties: true,
};

/**
 * Validates each input with its class-validator rules as the text will be used: trimmed.
 * A name of three spaces then fails `@Length(1, …)` instead of passing as one character
 * long; the services store trimmed text, so nothing valid is refused.
 */
export const validateInput: ValidatorFn = async (value) => {
  const items = Array.isArray(value) ? value : [value];
  try {
    await Promise.all(
      items
        .filter((item): item is object => item !== null && typeof item === 'object')
        .map((item) => validateOrReject(trimmed(item) as object, OPTIONS)),
    );
  } catch (errors) {
    throw new ArgumentValidationError(
      errors as ConstructorParameters<typeof ArgumentValidationError>[0],
    );
  }
};

/** A copy with every string trimmed, keeping each object's class (its validation rules). */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = trimmed(item);
  return copy;
}
