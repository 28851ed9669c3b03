/**
 * When to try a failed delivery again: exponential backoff from `baseSeconds` (doubling per
 * attempt, capped at six hours), or null once `maxAttempts` attempts have failed.
 */
export function nextRetryDelaySeconds({
  attemptsMade,
  baseSeconds,
  maxAttempts,
}: {
  attemptsMade: number;
  baseSeconds: number;
  maxAttempts: number;
}): number | null {
  if (attemptsMade >= maxAttempts) return null;
  return Math.min(baseSeconds * 2 ** (attemptsMade - 1), 6 * 3600);
}
