/**
 * The one place that decides how fuse.js is used. Search matches words, not letters: fuse.js
 * searches a vocabulary (every distinct word of a story, or of a slice of the site's words), and
 * src/search/word-index.ts keeps only the candidates whose whole word is within the typos the
 * query word allows. The build makes the vocabulary's index with `createVocabularyIndex`; the
 * browser loads it with `loadVocabulary`, so nothing is indexed in the browser.
 */
import Fuse, { type FuseIndex } from 'fuse.js/basic';

/**
 * - `threshold`: set per query word to what its typos need. fuse.js's bitap counts a swap of two
 *   letters as two errors and scores errors ÷ query length, so a word allowed `t` typos scores at
 *   most 2t ÷ length (0.5 for "wrost", 0.29 for "reconstitusion"). Every word within the
 *   allowance is therefore a candidate; candidates further away are dropped by typoDistance, which
 *   also drops bitap's matches inside longer words ("isis" in "crisis"). A tighter threshold is
 *   also faster: bitap stops at fewer error levels. tests/unit/search.test.ts checks that the
 *   candidates cover a brute-force scan of the whole vocabulary.
 * - `ignoreLocation`: a typo may be anywhere in the word.
 * - `isCaseSensitive: true`, `ignoreDiacritics: false`: the vocabulary and the query are folded
 *   already (src/search/normalise.ts); fuse.js need not fold them again at every keystroke.
 * - `shouldSort: false`: candidates are ranked by their own typo count, not by fuse.js's score.
 */
const VOCABULARY_OPTIONS = {
  ignoreLocation: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  shouldSort: false,
} as const;

/** fuse.js's serialised index over a list of words, as `Fuse.createIndex([], words).toJSON()` returns it. */
export type SerialisedVocabulary = ReturnType<FuseIndex<string>['toJSON']>;

/** At build time: the serialisable fuse.js index over `words` (which must be sorted, see word-index.ts). */
export function createVocabularyIndex(words: readonly string[]): SerialisedVocabulary {
  return Fuse.createIndex([], words).toJSON();
}

/** A loaded vocabulary: its words in order, and the fuzzy search over them (indices into `words`). */
export interface Vocabulary {
  words: readonly string[];
  /** Words that may be `word` with up to `typos` typos (a superset: check each with typoDistance). */
  fuzzy(word: string, typos: number): number[];
}

/**
 * In the browser (and tests): the vocabulary behind a prebuilt index, with no indexing work. The
 * index's records are grouped by word length, so that a word is only compared with words it can
 * be within its typos of: fuse.js's bitap costs about the same for every word it is run on, and
 * "wrost" need not be run on "reconstitution". Measured on the shipped story (700 words): 3–6 ms
 * per fuzzy word over the whole vocabulary, 1–5 ms over the lengths within its typos, on a loaded
 * machine (load average 11 on 2 cores).
 */
export function loadVocabulary(serialised: SerialisedVocabulary): Vocabulary {
  const words = serialised.records.map((record) => String(record.v));
  const byLength = new Map<number, SerialisedVocabulary['records']>();
  for (const record of serialised.records) {
    const length = String(record.v).length;
    const bucket = byLength.get(length);
    if (bucket === undefined) byLength.set(length, [record]);
    else bucket.push(record);
  }
  const searchers = new Map<string, Fuse<string>>();
  const searcher = (length: number, threshold: number): Fuse<string> | undefined => {
    const key = `${length}:${threshold}`;
    let found = searchers.get(key);
    const records = byLength.get(length);
    if (found === undefined && records !== undefined) {
      found = new Fuse(words, { ...VOCABULARY_OPTIONS, threshold }, Fuse.parseIndex<string>({ keys: [], records }));
      searchers.set(key, found);
    }
    return found;
  };
  return {
    words,
    fuzzy(word, typos) {
      const threshold = Math.min(1, (2 * typos) / word.length);
      const found: number[] = [];
      for (let length = word.length - typos; length <= word.length + typos; length++)
        for (const result of searcher(length, threshold)?.search(word) ?? []) found.push(result.refIndex);
      return found;
    },
  };
}
