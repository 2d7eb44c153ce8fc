/**
 * The one place that decides how quotes are searched: the build makes the index with these keys
 * and the browser searches it with these options, so the two can never disagree.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js/basic';
import { foldForSearch, normaliseQuery } from './normalise.ts';
import type { SearchRecord, SerialisedIndex } from './record.ts';

/**
 * Only the printed words are searched. Speakers and outlet names are shown, not searched: a
 * speaker like "the official" fuzzily matches too many short queries, and every sentence that
 * names a speaker is found by its own words anyway. The indexed value is the text folded once, at
 * build time (case, diacritics, quote marks; length-preserving, see normalise.ts), so match
 * ranges still index the printed text.
 */
const KEYS = [{ name: 'text', getFn: (record: SearchRecord) => foldForSearch(record.text) }];

/**
 * Tuned by searching the shipped story at thresholds 0.2–0.4; the chosen behaviour is asserted in
 * tests/unit/search.test.ts:
 * - `ignoreLocation`: a quote is as likely at the end of a 60-word sentence as at its start.
 * - `threshold: 0.25`: with `ignoreLocation` the bitap score is errors ÷ query length, so a
 *   14-letter word may carry 3 typos ("reconstitusion" has 1) and "wrost of the worst" its 2 (a
 *   transposition costs two edits; even "wrost of teh worst" is found), while a 10-letter phrase
 *   may differ by 2 at most. At 0.3 "task force" (3 errors allowed) already matches "c Forces " in
 *   five unrelated sentences; at 0.35 "worst of the worst" matches two sentences without it; at
 *   0.4 made-up queries ("oil prices", "prison riot") return 11–14 junk hits. At 0.2 "wrost of teh
 *   worst" is lost. None of 12 unrelated queries ("interest rates", "peace talks"…) match at 0.25.
 * - `minMatchCharLength: 2`: single letters scattered through a sentence are not highlighted
 *   and do not make a match on their own.
 * - `isCaseSensitive: true`, `ignoreDiacritics: false`: not because case and accents matter, but
 *   because the index and the query are already folded by foldForSearch ("TURKIYE" finds
 *   "Türkiye"). Fuse's own lower-casing and `ignoreDiacritics` would redo that work on every
 *   record at every keystroke: folding once at build time made the median query about 13% faster
 *   (interleaved A/B in Node 24, 15 queries × 35 rounds, three runs: 2.87 vs 3.34 ms,
 *   6.91 vs 7.99 ms, 9.09 vs 10.15 ms on a loaded machine).
 * - field-length norm kept (the default): a short quote that matches ranks above the long
 *   sentence it sits in.
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: KEYS,
  threshold: 0.25,
  ignoreLocation: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
};

/** At build time: the serialisable index over `records` (ship the records in the same order). */
export function createSearchIndex(records: readonly SearchRecord[]): SerialisedIndex {
  return Fuse.createIndex(KEYS, records).toJSON();
}

/** In the browser (and tests): a searcher over a prebuilt index, with no indexing work. */
export function loadSearcher(
  records: readonly SearchRecord[],
  index: SerialisedIndex,
): (query: string) => FuseResult<SearchRecord>[] {
  const fuse = new Fuse(records, SEARCH_OPTIONS, Fuse.parseIndex<SearchRecord>(index));
  return (query) => {
    const pattern = normaliseQuery(query);
    return pattern === '' ? [] : fuse.search(pattern);
  };
}
