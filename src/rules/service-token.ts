/**
 * The lifetime of a service token: what was asked for, at most the cap; the cap when
 * nothing was asked for. A lifetime that is not a positive whole number of seconds is refused.
 */
export function serviceTokenTtl(input: {
  requested: number | null;
  cap: number;
}): { seconds: number } | { refusal: string } {
  if (input.requested === null) return { seconds: input.cap };
  if (!Number.isInteger(input.requested) || input.requested <= 0) {
    return { refusal: 'must be a positive whole number of seconds' };
  }
  return { seconds: Math.min(input.requested, input.cap) };
}
