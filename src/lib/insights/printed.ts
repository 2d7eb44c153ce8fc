/**
 * The words of a text as printed, each with its place and its comparison token. Intl.Segmenter finds
 * each printed word ("U.S", "6,000", "Syria’s"); the engine's own `tokenize` normalises it, so what
 * is compared here is exactly what the alignment compares, and every word keeps its range.
 */
import { STOPWORDS, tokenize } from '../normalize.ts';
import type { Sentence } from '../types.ts';

export interface PrintedWord {
  token: string;
  /** The token without a possessive ending: "sdf" for "SDF’s", whose token is "sdfs". */
  base: string;
  /** Offsets into the text given. */
  start: number;
  end: number;
  /** Capitalised but not the first word: part of a name or title. */
  capitalised: boolean;
  /** Not a function word, not capitalised, not a number: the writer's own choice of word. */
  plain: boolean;
  /** Digits: a figure or a year. */
  number: boolean;
}

/** Most words are plain letters or digits, which tokenize only lower-cases. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const DIGITS = /^\p{N}+$/u;
const POSSESSIVE = /^(.+)['’]s$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (s === undefined) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** The words of `text` (one sentence or a headline), in order. */
export function printedWords(text: string, lang: string): PrintedWord[] {
  const out: PrintedWord[] = [];
  let first = true;
  for (const part of segmenter(lang).segment(text)) {
    if (part.isWordLike !== true) continue;
    // A capital inside a sentence marks a name; the first word is capitalised anyway.
    const capitalised = !first && /^\p{Lu}/u.test(part.segment);
    first = false;
    const tokens = PLAIN_WORD.test(part.segment) ? [part.segment.toLowerCase()] : tokenize(part.segment);
    const possessive = POSSESSIVE.exec(part.segment);
    for (const token of tokens) {
      const number = DIGITS.test(token);
      out.push({
        token,
        base: possessive !== null && tokens.length === 1 ? tokenize(possessive[1]!).join('') : token,
        start: part.index,
        end: part.index + part.segment.length,
        capitalised,
        plain: !capitalised && !number && !STOPWORDS.has(token),
        number,
      });
    }
  }
  return out;
}

/** The words of a sentence (`printedWords`), in one pass over a story. */
export type SentenceWords = (sentence: Sentence, lang: string) => PrintedWord[];

/**
 * Reads each sentence's words once however many times a pass asks (framing does, several times):
 * segmenting is the costly part at hundreds of outlets. The words are kept as long as the returned
 * function is, one pass: a module-wide cache kept every story's words for the whole build.
 */
export function sentenceWordReader(): SentenceWords {
  const bySentence = new Map<Sentence, PrintedWord[]>();
  return (sentence, lang) => {
    let words = bySentence.get(sentence);
    if (words === undefined) bySentence.set(sentence, (words = printedWords(sentence.text, lang)));
    return words;
  };
}
