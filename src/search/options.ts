/**
 * The one place that decides how quotes are searched: the build makes the index with these keys
 * and the browser searches it with these options, so the two can never disagree.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js/basic';
import { normaliseMarks, normaliseQuery } from './normalise.ts';
import type { SearchRecord } from './record.ts';

export type SerialisedIndex = ReturnType<FuseIndex<SearchRecord>['toJSON']>;

/**
 * Only the printed words are searched. Speakers and outlet names are shown, not searched: a
 * speaker like "the official" fuzzily matches too many short queries, and every sentence that
 * names a speaker is found by its own words anyway. The marks are normalised in the indexed value
 * (length-preserving, see normalise.ts) so match ranges still index the printed text.
 */
const KEYS = [{ name: 'text', getFn: (record: SearchRecord) => normaliseMarks(record.text) }];

/**
 * Tuned on the shipped story with `npx vitest run tests/unit/search.test.ts` (see the report in
 * the README):
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
 * - `ignoreDiacritics`: "Turkiye" finds "Türkiye".
 * - field-length norm kept (the default): a short quote that matches ranks above the long
 *   sentence it sits in.
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: KEYS,
  threshold: 0.25,
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
};

/** At build time: the serialisable index over `records` (ship the records in the same order). */
export function createSearchIndex(records: readonly SearchRecord[]): SerialisedIndex {
  return Fuse.createIndex(KEYS, records).toJSON();
}

/** In the browser (and tests): a searcher over a prebuilt index, with no indexing work. */
export function loadSearcher(records: readonly SearchRecord[], index: SerialisedIndex): (query: string) => FuseResult<SearchRecord>[] {
  const fuse = new Fuse(records, SEARCH_OPTIONS, Fuse.parseIndex<SearchRecord>(index));
  return (query) => {
    const pattern = normaliseQuery(query);
    return pattern === '' ? [] : fuse.search(pattern);
  };
}
