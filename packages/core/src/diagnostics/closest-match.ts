/** Three rows of the distance table, reused: a suggestion compares hundreds of strings. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance between two strings: the fewest single-character insertions, deletions,
 * substitutions and swaps of neighbours from one to the other (`titel` → `title` is one edit).
 * With `max`, a distance above it is given as `max + 1`, found without computing it whole.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
      if (distance < rowMin) rowMin = distance;
    }
    // Every later row is at least this row's least value.
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * The candidate nearest to `target` when it is near enough to be what was meant (a typo, a
 * missing number prefix): at most a third of the target's length away, compared after `normalize`.
 * Ties go to the earlier candidate, so the answer is stable.
 */
export function closestMatch(
  target: string,
  candidates: Iterable<string>,
  normalize: (text: string) => string = (text) => text.toLowerCase(),
): string | undefined {
  const wanted = normalize(target);
  let best: string | undefined;
  let bestDistance = nearEnough(wanted) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** How far a candidate may be from `wanted` to be suggested for it: a third of its length. */
export function nearEnough(wanted: string): number {
  return Math.max(1, Math.floor(wanted.length / 3));
}
