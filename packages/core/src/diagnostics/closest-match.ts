/** Levenshtein distance between two strings: the fewest single-character edits from one to the other. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
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
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
