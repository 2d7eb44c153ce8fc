import { isNumber } from './words.ts';

/**
 * How many typos a query word may carry, by its length: none up to 3 letters (a typo in "CIA" or
 * "war" makes another word: "CIA" → "via", "war" → "was"), 1 up to 7 ("wrost" → "worst"), 2 from
 * 8 ("reconstitusion", "helicoptres"). The steps are where a typo stops making a common English
 * word out of another: the usual rule of typo-tolerant engines (Meilisearch and Typesense allow 1
 * from 4–5 letters and 2 from 8–9). A number allows none: "2014" is not "2018".
 */
export const TYPO_STEPS: readonly { fromLength: number; typos: number }[] = [
  { fromLength: 8, typos: 2 },
  { fromLength: 4, typos: 1 },
];

export function typoAllowance(word: string): number {
  if (isNumber(word)) return 0;
  const length = [...word].length;
  return TYPO_STEPS.find((step) => length >= step.fromLength)?.typos ?? 0;
}

/**
 * The edit distance between `a` and `b` counting an insertion, a deletion, a substitution or a
 * swap of two neighbouring letters as one typo (optimal string alignment), or `limit + 1` as soon
 * as it is known to exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
