import { foldForSearch } from './normalise.ts';

/** One word of a text as search matches it, with where it is printed. */
export interface Word {
  /** Folded, with the joins the engine's tokenizer makes ("U.S." → "us", "6,000" → "6000", "don’t" → "dont"). */
  word: string;
  /** The part before an apostrophe, also matched ("Kurdistan’s" is found by "Kurdistan"). */
  stem?: string;
  /** UTF-16 range of the word in the printed text: `text.slice(start, end)`. */
  start: number;
  end: number;
}

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const DIGITS = /^\p{N}+$/u;
const LETTER = /^\p{L}\p{M}*$/u;

/**
 * Whether two runs of letters or digits separated by the one character `gap` are one word, as
 * src/lib/normalize.ts's tokenize reads them: an apostrophe inside a word ("don’t"), the dots of
 * an acronym made of single letters ("U.S."), the group separator of a number ("6,000").
 */
function joins(left: string, gap: string, right: string, leftIsAcronym: boolean): boolean {
  if (gap === "'") return true;
  if (gap === '.' && leftIsAcronym && LETTER.test(right)) return true;
  return (gap === ',' || gap === '.') && /\p{N}$/u.test(left) && DIGITS.test(right) && right.length === 3;
}

/**
 * The words of `text` in order, folded (case, diacritics, quote marks) and joined the way the
 * engine's tokenizer joins them, each with its range in `text` so that a match can be highlighted
 * where it is printed. Hyphens and every other mark split words.
 */
export function searchWords(text: string): Word[] {
  const folded = foldForSearch(text);
  const words: Word[] = [];
  let open: (Word & { acronym: boolean; lastRun: string }) | undefined;
  for (const match of folded.matchAll(RUN)) {
    const run = match[0];
    const start = match.index;
    const gapStart = open?.end;
    if (
      open !== undefined &&
      gapStart === start - 1 &&
      joins(open.lastRun, folded.charAt(gapStart), run, open.acronym)
    ) {
      if (folded.charAt(gapStart) === "'" && open.stem === undefined) open.stem = open.word;
      open.word += run;
      open.end = start + run.length;
      open.acronym &&= LETTER.test(run);
      open.lastRun = run;
      continue;
    }
    if (open !== undefined) words.push(finish(open));
    open = { word: run, start, end: start + run.length, acronym: LETTER.test(run), lastRun: run };
  }
  if (open !== undefined) words.push(finish(open));
  return words;
}

function finish({ word, stem, start, end }: Word): Word {
  return stem === undefined ? { word, start, end } : { word, stem, start, end };
}

/** Whether `word` is a number: numbers are matched exactly, a typo in a figure is another figure. */
export function isNumber(word: string): boolean {
  return /\p{N}/u.test(word);
}
