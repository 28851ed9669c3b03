/**
 * A pure function's answers, kept: screening asks the same questions of the same listed names
 * for every name screened (their normal form, their folds, their trigrams). Up to `max`
 * answers; when full, all are forgotten at once — cheaper than least-recently-used bookkeeping
 * on every call, and the answers are the same either way.
 */
export function memoised<K, V>(fn: (key: K) => V, max = 50_000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= max) answers.clear();
    const value = fn(key);
    answers.set(key, value);
    return value;
  };
}
