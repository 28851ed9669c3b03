/**
 * Logs the first occurrence of a condition, then at most once per interval with the number
 * of occurrences in between: an outage is one line every few seconds, not thousands of
 * stack traces.
 */
export function throttledLog(
  intervalMs: number,
  write: (error: unknown, suppressed: number) => void,
): (error: unknown) => void {
  let last = -Infinity;
  let suppressed = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      suppressed += 1;
      return;
    }
    write(error, suppressed);
    last = now;
    suppressed = 0;
  };
}
