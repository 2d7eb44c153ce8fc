/**
 * Pairwise alignment without comparing all pairs. Sentences (or quotes) are indexed by the word
 * n-grams they contain; only units of different outlets that share an n-gram become candidate
 * pairs, and only those are diffed. This is how text-reuse detectors such as passim scale: the
 * cost follows the number of real matches, not outlets squared.
 */
import { diffArrays } from 'diff';

/**
 * An n-gram found in more than this many units per outlet on average is a stock phrase ("the
 * official said", "of the"), not evidence that two sentences report the same thing; it is
 * dropped from the index. Scaling the cap with the number of outlets keeps a phrase that every
 * outlet prints once or twice (a shared quote) while dropping phrases repeated all through each
 * text.
 */
export const NGRAM_MAX_POSTINGS_PER_OUTLET = 3;

/**
 * Each unit is paired with at most this many earlier units (of other outlets) under the same
 * n-gram. With hundreds of outlets printing the same sentence, linking each to a dozen others
 * is enough for clustering to join them all, and keeps candidate pairs linear in outlets.
 */
export const NGRAM_PAIR_WINDOW = 12;

/**
 * Tokens of one unit that take part in a diff. A real sentence has far fewer; the cap bounds the
 * cost of pathological input (a megabyte with no full stop) instead of letting it go quadratic.
 */
export const MAX_ALIGN_TOKENS = 300;

/** A unit to align: its outlet and its comparison tokens. */
export interface AlignUnit {
  outlet: string;
  tokens: readonly string[];
}

/** The index keys of a token list: its n-grams, or the tokens themselves when there are fewer than n. */
export function ngrams(tokens: readonly string[], n: number): string[] {
  if (tokens.length < n) return tokens.length === 0 ? [] : [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    let gram = tokens[i]!;
    for (let k = 1; k < n; k++) gram += ` ${tokens[i + k]!}`;
    out.push(gram);
  }
  return out;
}

/**
 * Pairs [i, j] (i < j, different outlets) of units sharing at least `minShared` keys, from an
 * inverted index. `keys[i]` are unit i's distinct index keys.
 */
export function candidatePairs(
  units: readonly AlignUnit[],
  keys: readonly (readonly string[])[],
  maxPostingsPerOutlet = NGRAM_MAX_POSTINGS_PER_OUTLET,
  minShared = 1,
): [number, number][] {
  const postings = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const key of new Set(list)) {
      let p = postings.get(key);
      if (p === undefined) postings.set(key, (p = []));
      p.push(i);
    }
  });
  const outletCount = new Set(units.map((u) => u.outlet)).size;
  const cap = maxPostingsPerOutlet * Math.max(outletCount, 1);
  // Each pair as one number, i·n + j (i < j < n): sorting these numerically orders the pairs by
  // i, then j, and brings repeats together, far cheaper than sorting and deduplicating tuples.
  const n = units.length;
  const codes: number[] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let k = 1; k < list.length; k++) {
      const j = list[k]!;
      let linked = 0;
      for (let m = k - 1; m >= 0 && linked < NGRAM_PAIR_WINDOW; m--) {
        const i = list[m]!;
        if (units[i]!.outlet === units[j]!.outlet) continue;
        linked++;
        codes.push(i * n + j);
      }
    }
  }
  const sorted = Float64Array.from(codes).sort();
  const pairs: [number, number][] = [];
  // A run of one code is one pair found under that many shared keys; keep it when there are enough.
  for (let k = 0; k < sorted.length;) {
    let end = k + 1;
    while (end < sorted.length && sorted[end] === sorted[k]) end++;
    if (end - k >= minShared) pairs.push([Math.floor(sorted[k]! / n), sorted[k]! % n]);
    k = end;
  }
  return pairs;
}

/** How two token lists line up. */
export interface Match {
  /** Tokens in the longest common subsequence. */
  common: number;
  /** 2·common / (|a| + |b|): symmetric, 1 for identical lists. */
  dice: number;
  /** common / min(|a|, |b|): 1 when one list is contained in the other. */
  containment: number;
  /** Positions of a's and b's tokens that are matched. */
  matchedA: number[];
  matchedB: number[];
}

const NO_MATCH: Match = { common: 0, dice: 0, containment: 0, matchedA: [], matchedB: [] };

/**
 * Token-level diff of two lists (`diffArrays`). `minDice` lets the diff give up early, through
 * `maxEditLength`, once the lists cannot reach that similarity; a pair that gives up is no match.
 */
export function matchTokens(a: readonly string[], b: readonly string[], minDice = 0): Match {
  // dice ≥ t  ⇔  edits = |a| + |b| − 2·common ≤ (1 − t)(|a| + |b|)
  const length = Math.min(a.length, MAX_ALIGN_TOKENS) + Math.min(b.length, MAX_ALIGN_TOKENS);
  return matchWithin(a, b, Math.max(1, Math.ceil((1 - minDice) * length)));
}

/**
 * The diff of matchTokens, giving up (no match) beyond `maxEditLength` insertions and deletions.
 * Myers' diff explores edit lengths in increasing order, so a diff that finishes within the
 * limit is the very diff it would have found without one.
 */
export function matchWithin(a: readonly string[], b: readonly string[], maxEditLength: number): Match {
  const x = a.length > MAX_ALIGN_TOKENS ? a.slice(0, MAX_ALIGN_TOKENS) : a;
  const y = b.length > MAX_ALIGN_TOKENS ? b.slice(0, MAX_ALIGN_TOKENS) : b;
  if (x.length === 0 || y.length === 0) return NO_MATCH;
  // No wall-clock timeout: the token cap and maxEditLength bound the work, and a timeout would make
  // the result depend on the machine's load.
  const parts = diffArrays(x as string[], y as string[], { maxEditLength });
  if (parts === undefined) return NO_MATCH;
  const matchedA: number[] = [];
  const matchedB: number[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else {
      for (let k = 0; k < n; k++) {
        matchedA.push(i + k);
        matchedB.push(j + k);
      }
      i += n;
      j += n;
    }
  }
  const common = matchedA.length;
  return {
    common,
    dice: (2 * common) / (x.length + y.length),
    containment: common / Math.min(x.length, y.length),
    matchedA,
    matchedB,
  };
}

/** Symmetric similarity (0–1) of two token lists: the Dice coefficient of their token diff. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  return matchTokens(a, b).dice;
}
