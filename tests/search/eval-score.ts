/**
 * Scores of a search on the evaluation set: precision at 1 and junk. A result is junk when its
 * text holds none of the query's words, even with the typos the word allows (or, for the word
 * being typed, as the beginning of a word; for a name of an alias group, as another of its names).
 * The check reads each result's text on its own, without the index, so it holds the index to
 * account.
 */
import { findAliases, type AliasGroup } from '../../src/search/aliases.ts';
import type { SearchResult } from '../../src/search/group.ts';
import { typoAllowance, typoDistance } from '../../src/search/typos.ts';
import { searchWords } from '../../src/search/words.ts';
import type { EvalQuery } from './eval-set.ts';

/** The text a result shows first: the quote's wording, or the sentence. */
export function shownText(result: SearchResult): string {
  return result.kind === 'quote' ? result.wording.record.text : result.hit.record.text;
}

/** Whether `text` prints the words of `expected` one after another (folded, whole words). */
export function printsWords(text: string, expected: string): boolean {
  const words = searchWords(text).map((w) => w.word);
  const wanted = searchWords(expected).map((w) => w.word);
  return words.some((_, at) => wanted.every((w, i) => words[at + i] === w));
}

/** Whether `text` holds at least one word of `query` (see the module comment). */
export function holdsAQueryWord(text: string, query: string, aliasGroups: readonly AliasGroup[]): boolean {
  const words = searchWords(text);
  const typed = searchWords(query);
  const named = findAliases(query, typed, aliasGroups).map((m) => m.key);
  const printedNames = new Set(findAliases(text, words, aliasGroups).map((m) => m.key));
  if (named.some((key) => printedNames.has(key))) return true;
  return typed.some(({ word }, i) => {
    const allowed = typoAllowance(word);
    const last = i === typed.length - 1;
    return words.some(
      (w) =>
        [w.word, w.stem].some((form) => form !== undefined && typoDistance(word, form, allowed) <= allowed) ||
        (last && w.word.startsWith(word)),
    );
  });
}

export interface QueryScore {
  query: EvalQuery;
  results: number;
  /** The first result's text, if any. */
  firstText?: string;
  /** The first result is the expected one (or, for `first: null`, there is none). */
  hit: boolean;
  /** Results holding no word of the query. */
  junk: number;
  ms: number;
}

export interface EvalScores {
  precisionAt1: number;
  /** Junk results ÷ all results, over the whole set. */
  junkShare: number;
  /** Results of the must-find-nothing queries (all junk by definition). */
  resultsForNothing: number;
  queries: QueryScore[];
}

export async function scoreEval(
  set: readonly EvalQuery[],
  search: (query: string) => Promise<SearchResult[]>,
  aliasGroups: readonly AliasGroup[],
): Promise<EvalScores> {
  const queries: QueryScore[] = [];
  for (const query of set) {
    const start = performance.now();
    const results = await search(query.query);
    const ms = performance.now() - start;
    const first = results[0];
    const firstText = first === undefined ? undefined : shownText(first);
    const hit =
      query.first === null ? results.length === 0 : firstText !== undefined && printsWords(firstText, query.first);
    const junk = results.filter((r) => !holdsAQueryWord(shownText(r), query.query, aliasGroups)).length;
    queries.push({ query, results: results.length, ...(firstText !== undefined && { firstText }), hit, junk, ms });
  }
  const all = queries.reduce((sum, q) => sum + q.results, 0);
  return {
    precisionAt1: queries.filter((q) => q.hit).length / queries.length,
    junkShare: all === 0 ? 0 : queries.reduce((sum, q) => sum + q.junk, 0) / all,
    resultsForNothing: queries.filter((q) => q.query.first === null).reduce((sum, q) => sum + q.results, 0),
    queries,
  };
}
