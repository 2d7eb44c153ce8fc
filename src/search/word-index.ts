/**
 * A word index: a sorted vocabulary (fuse.js's prebuilt index over it) and, for each word, the
 * ids it occurs in: records of one story, or stories of the site. The same structure and the same
 * matching serve both levels.
 */
import { createVocabularyIndex, loadVocabulary, type SerialisedVocabulary, type Vocabulary } from './options.ts';
import { typoDistance } from './typos.ts';

export interface SerialisedWordIndex {
  /** `Fuse.createIndex([], words).toJSON()` over the words in code-unit order. */
  vocabulary: SerialisedVocabulary;
  /** For each word, in the same order, the ascending ids it occurs in, delta-coded (each the gap from the last). */
  postings: number[][];
}

/** At build time: the index of `occurrences` (word → ids it occurs in). */
export function buildWordIndex(occurrences: ReadonlyMap<string, Iterable<number>>): SerialisedWordIndex {
  const words = [...occurrences.keys()].sort(compareCodeUnits);
  return {
    vocabulary: createVocabularyIndex(words),
    postings: words.map((word) => deltaCode([...new Set(occurrences.get(word))].sort((a, b) => a - b))),
  };
}

/** How a query word matched a word of the vocabulary: 0 exactly, more for each typo or for a prefix. */
export type Cost = number;

/** The cost of a word matched only as the beginning of a longer word (the word being typed). */
export const PREFIX_COST = 1;

export interface WordQuery {
  word: string;
  /** Typos allowed (src/search/typos.ts). */
  typos: number;
  /** Whether the word may also be the beginning of a longer word. */
  prefix: boolean;
}

export interface WordIndex {
  vocabulary: Vocabulary;
  /** The words matching `query`, as word number → cost. */
  match(query: WordQuery): Map<number, Cost>;
  /** The ids word number `n` occurs in, ascending. */
  ids(n: number): readonly number[];
}

export function loadWordIndex(serialised: SerialisedWordIndex): WordIndex {
  const vocabulary = loadVocabulary(serialised.vocabulary);
  const { words } = vocabulary;
  const decoded = new Map<number, number[]>();
  return {
    vocabulary,
    match({ word, typos, prefix }) {
      const found = new Map<number, Cost>();
      let at = lowerBound(words, word);
      if (words[at] === word) found.set(at++, 0);
      if (prefix) for (; at < words.length && words[at]?.startsWith(word); at++) found.set(at, PREFIX_COST);
      // A word printed somewhere is taken as typed; only a word printed nowhere is looked up with
      // typos (the idea of Typesense's typo_tokens_threshold, per word): "form" is not also "from".
      if (typos > 0 && words[lowerBound(words, word)] !== word)
        for (const n of vocabulary.fuzzy(word, typos)) {
          const distance = typoDistance(word, words[n] ?? '', typos);
          if (distance <= typos && distance < (found.get(n) ?? Infinity)) found.set(n, distance);
        }
      return found;
    },
    ids(n) {
      let ids = decoded.get(n);
      if (ids === undefined) {
        let last = 0;
        ids = (serialised.postings[n] ?? []).map((gap) => (last += gap));
        decoded.set(n, ids);
      }
      return ids;
    },
  };
}

/** Orders words as the index stores them; also how the site's word chunks are split. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in sorted `words` not before `word`. */
export function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

function deltaCode(sorted: readonly number[]): number[] {
  return sorted.map((id, i) => id - (i === 0 ? 0 : (sorted[i - 1] ?? 0)));
}
