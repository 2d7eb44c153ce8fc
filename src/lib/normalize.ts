/**
 * Tokens for comparing wordings. Two outlets printing the same words must produce the same
 * tokens whatever their typography: case, punctuation, curly or straight quotes and apostrophes,
 * "U.S." or "US", "6,000" or "6000", composed or decomposed accents.
 */
import { fold } from './fold.ts';

/** Function words and attribution verbs: they line up between any two English sentences, so they say nothing about whether two sentences make the same claim. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about above below ' +
    'as than then that this these those there here it its itself he him his she her hers they them their theirs we us our ' +
    'you your i me my mine who whom whose which what when where why how all any both each few more most other some such ' +
    'no not only own same too very can could will would shall should may might must do does did doing done be been being ' +
    'is are was were am have has had having if while because until before after again further once also just even still ' +
    'said says say saying told tells tell added adds according'
  ).split(' '),
);

const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])\p{L}(?:\s?\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
const DIGIT_GROUPS = /(?<=\p{N})[,\u202F\u00A0\u2009'’.](?=\p{N}{3}(?!\p{N}))/gu;
const APOSTROPHE = /(?<=[\p{L}\p{N}])['’‘`´](?=[\p{L}\p{N}])/gu;
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** Normalised word tokens of `text`, in order. */
export function tokenize(text: string): string[] {
  const prepared = fold(text)
    .replace(DOTTED_ACRONYM, (m) => m.replace(/[\s.]/g, ''))
    .replace(DIGIT_GROUPS, '')
    .replace(APOSTROPHE, '')
    .toLowerCase();
  return prepared.match(TOKEN) ?? [];
}

/** The tokens that carry content (stopwords removed). */
export function contentTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !STOPWORDS.has(t));
}
