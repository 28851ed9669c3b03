/**
 * Optimal string alignment distance: insertions, deletions, substitutions, transpositions.
 * Three rolling rows rather than a full matrix: it runs for every word pair of every candidate.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let before = new Uint16Array(cols);
  let previous = Uint16Array.from({ length: cols }, (_, j) => j);
  let current = new Uint16Array(cols);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
