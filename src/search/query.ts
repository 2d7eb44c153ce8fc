/**
 * A query as search matches it: its words in order, each allowed its typos, and the names of
 * alias groups it spells ("CIA", "Islamic State", "US" in capitals) as one unit each.
 */
import { findAliases, type AliasGroup } from './aliases.ts';
import { typoAllowance } from './typos.ts';
import { searchWords } from './words.ts';

/**
 * The longest query searched, in characters; the boxes hold no more and a longer `?q=` is cut.
 * The longest quote in the shipped story is 242 characters, so any quote can be pasted whole; a
 * pasted sentence (the longest is 317) is cut, and its first 250 characters still find it, since
 * every word must match anyway. Each word costs one vocabulary search, so the cap also bounds a
 * query's time: 16,000 characters of `?q=` froze the tab for 5 s before there was a cap.
 */
export const MAX_QUERY_LENGTH = 250;

/**
 * A word shorter than this is not matched as the beginning of a longer one: one or two letters
 * begin too many words to narrow anything ("wo" → world, worst, would, words…).
 */
export const MIN_PREFIX_LENGTH = 3;

export type QueryUnit =
  | { kind: 'word'; word: string; typos: number; prefix: boolean }
  | { kind: 'alias'; key: string; words: readonly string[] };

/** The query as typed, at most MAX_QUERY_LENGTH characters (never cutting a character in two). */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The units every result must match, in the order typed. The last word, when the query does not
 * end after it (the reader is still typing it), may also be the beginning of a longer word.
 */
export function parseQuery(query: string, aliases: readonly AliasGroup[]): QueryUnit[] {
  const text = capQuery(query);
  const words = searchWords(text);
  const mentions = findAliases(text, words, aliases);
  const stillTyping = /[\p{L}\p{N}\p{M}]$/u.test(text);
  const units: QueryUnit[] = [];
  for (let at = 0; at < words.length;) {
    const mention = mentions.find((m) => m.from === at);
    if (mention !== undefined) {
      units.push({ kind: 'alias', key: mention.key, words: words.slice(at, mention.to).map((w) => w.word) });
      at = mention.to;
      continue;
    }
    const { word } = words[at] as (typeof words)[number];
    const last = at === words.length - 1;
    units.push({
      kind: 'word',
      word,
      typos: typoAllowance(word),
      prefix: last && stillTyping && [...word].length >= MIN_PREFIX_LENGTH,
    });
    at++;
  }
  return units;
}
