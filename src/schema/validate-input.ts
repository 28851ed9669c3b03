import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { LRUCache } from 'lru-cache';
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
        .map(validateOne),
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

/**
 * Inputs of scalars only (a page's `first` and `after`) found valid, by class: every rule
 * here is one of class-validator's own, a pure function of the values, so the same values
 * of the same class are valid again, and most list requests send the same few.
 */
const validFlat = new WeakMap<object, LRUCache<string, true>>();

async function validateOne(item: object): Promise<void> {
  const key = flatKey(item);
  const known = key === null ? undefined : validFlat.get(item.constructor);
  if (key !== null && known?.has(key)) return;
  await validateOrReject(trimmed(item) as object, OPTIONS);
  if (key === null) return;
  if (known) known.set(key, true);
  else validFlat.set(item.constructor, new LRUCache<string, true>({ max: 1000 }).set(key, true));
}

/** The values of an input whose values are all scalars, as text; null for any other. */
function flatKey(item: object): string | null {
  const values = Object.entries(item);
  for (const [, value] of values) {
    if (value !== null && typeof value === 'object') return null;
    // JSON would write these as null, which another value also becomes.
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
  }
  return JSON.stringify(values);
}
