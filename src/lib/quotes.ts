/**
 * Quotation spans. A single left-to-right pass with a stack of open marks handles nesting;
 * context decides what a mark is, because the same character is an apostrophe in "don’t" and a
 * closing single quote in "‘fragile’", and straight quotes open or close depending on the spaces
 * around them. A closing double mark with nothing open is an unbalanced quote: printed text lost
 * its opening mark, so the quote is recovered from the start of its sentence.
 */
import { lastAtOrBefore } from './sorted-offsets.ts';
import type { SentenceRange } from './segment.ts';
import { countWords } from './words.ts';

/**
 * At most this many words and the quote is a short quoted phrase ("fragile", "the worst of the
 * worst", "rare good news") rather than an utterance. Six is where news copy stops quoting
 * phrases and starts quoting clauses: "We saw this severe crisis situation" (6) is a clause but
 * opens its sentence with a capital, which the fragment test also requires to be absent.
 */
export const FRAGMENT_MAX_WORDS = 6;

/** A quotation span found in one block, with absolute offsets. */
export interface QuoteSpan {
  /** Range of the words inside the marks (marks and surrounding spaces excluded). */
  start: number;
  end: number;
  /** Offset of the opening mark, or of the recovered start. */
  openAt: number;
  /** Offset just past the closing mark, or the block end when the quote is never closed. */
  closeAt: number;
  recovered: boolean;
  fragment: boolean;
  /** Index (in the returned array) of the quote this one sits inside. */
  parent?: number;
}

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet';

interface Open {
  family: Family;
  mark: string;
  at: number;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENING = /[\s([{\u2014\u2013\-/]/u;

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

function opensHere(prev: string | undefined, next: string | undefined): boolean {
  return (
    (prev === undefined || SPACE_OR_OPENING.test(prev) || '“‘«‹„‚"\''.includes(prev)) &&
    next !== undefined &&
    !/\s/u.test(next)
  );
}

function topIndex(stack: readonly Open[], family: Family, mark?: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (entry.family === family && (mark === undefined || entry.mark === mark)) return i;
  }
  return -1;
}

interface Raw {
  openAt: number;
  contentStart: number;
  contentEnd: number;
  closeAt: number;
  recovered: boolean;
}

/** What a mark does at position i: open a family, close one, or nothing (apostrophe). */
function classify(
  text: string,
  i: number,
  stack: readonly Open[],
): { act: 'open' | 'close' | 'orphan' | 'none'; family: Family } {
  const c = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (c) {
    case '„':
      return { act: 'open', family: 'double' };
    case '“':
      // German „…“ closes with “; everywhere else “ opens.
      return {
        act: topIndex(stack, 'double', '„') >= 0 && stack.at(-1)?.mark === '„' ? 'close' : 'open',
        family: 'double',
      };
    case '”':
      if (topIndex(stack, 'double') >= 0) return { act: 'close', family: 'double' };
      // Swedish and Finnish print ”…”; a ” before a word after a space opens.
      return { act: opensHere(prev, next) && isWord(next) ? 'open' : 'orphan', family: 'double' };
    case '"':
      if (topIndex(stack, 'double', '"') >= 0 && !(opensHere(prev, next) && stack.at(-1)?.mark !== '"'))
        return { act: 'close', family: 'double' };
      return { act: opensHere(prev, next) ? 'open' : 'orphan', family: 'double' };
    case '«':
      return { act: 'open', family: 'guillemet' };
    case '»':
      return { act: topIndex(stack, 'guillemet') >= 0 ? 'close' : 'orphan', family: 'guillemet' };
    case '‹':
      return { act: 'open', family: 'single-guillemet' };
    case '›':
      return { act: topIndex(stack, 'single-guillemet') >= 0 ? 'close' : 'none', family: 'single-guillemet' };
    case '‘':
    case '‚':
      return { act: isWord(prev) ? 'none' : 'open', family: 'single' };
    case '’':
    case "'":
      if (isWord(prev) && isWord(next)) return { act: 'none', family: 'single' };
      if (topIndex(stack, 'single') >= 0 && prev !== undefined && !/\s/u.test(prev))
        return { act: 'close', family: 'single' };
      if (c === "'" && opensHere(prev, next) && isWord(next)) return { act: 'open', family: 'single' };
      return { act: 'none', family: 'single' };
    default:
      return { act: 'none', family: 'double' };
  }
}

const MARKS = /["'“”‘’„‚«»‹›]/gu;

/**
 * Quotes in `text` (one block), offsets relative to `text`. `sentences` are the block's
 * sentences (relative ranges), used to recover quotes whose opening mark is missing.
 */
export function findQuotes(text: string, sentences: readonly SentenceRange[]): QuoteSpan[] {
  const stack: Open[] = [];
  const raws: Raw[] = [];
  const starts = sentences.map((s) => s.start);
  const sentenceOf = (i: number): SentenceRange | undefined => {
    const s = sentences[lastAtOrBefore(starts, i)];
    return s !== undefined && i < s.end ? s : undefined;
  };
  let lastClose = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const { act, family } = classify(text, i, stack);
    if (act === 'open') {
      stack.push({ family, mark: text[i]!, at: i });
    } else if (act === 'close') {
      const k = topIndex(stack, family);
      const open = stack[k]!;
      stack.length = k;
      raws.push({ openAt: open.at, contentStart: open.at + 1, contentEnd: i, closeAt: i + 1, recovered: false });
      lastClose = i + 1;
    } else if (act === 'orphan') {
      const sentence = sentenceOf(i) ?? { start: 0, end: text.length };
      // Start after any quote that already closed earlier in the same sentence.
      const from = Math.max(sentence.start, lastClose);
      lastClose = i + 1;
      raws.push({ openAt: from, contentStart: from, contentEnd: i, closeAt: i + 1, recovered: true });
    }
  }
  // A double quote or guillemet left open runs to the end of the block (a quote that continues
  // into the next paragraph); an unclosed single mark was most likely an apostrophe.
  for (const open of stack) {
    if (open.family === 'double' || open.family === 'guillemet') {
      raws.push({
        openAt: open.at,
        contentStart: open.at + 1,
        contentEnd: text.length,
        closeAt: text.length,
        recovered: false,
      });
    }
  }
  const spans: QuoteSpan[] = [];
  for (const r of raws) {
    let start = r.contentStart;
    let end = r.contentEnd;
    while (start < end && /[\s"“”„«»‹›]/u.test(text[start]!)) start++;
    // A comma or semicolon before the closing mark belongs to the reporter's sentence, not the speaker.
    while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
    if (end <= start || !WORD.test(text.slice(start, end))) continue;
    const inner = text.slice(start, end);
    const sentence = sentenceOf(r.openAt);
    const opensSentence =
      sentence !== undefined &&
      /^[\s"“”‘„«]*$/u.test(text.slice(sentence.start, r.openAt + (r.recovered ? 0 : 1)).replace(/:\s*$/, ''));
    const before = text.slice(sentence?.start ?? 0, r.openAt);
    const capitalised = /^\p{Lu}/u.test(inner);
    const utterance = capitalised && (opensSentence || /:\s*$/u.test(before));
    spans.push({
      start,
      end,
      openAt: r.openAt,
      closeAt: r.closeAt,
      recovered: r.recovered,
      fragment: !utterance && countWords(inner, FRAGMENT_MAX_WORDS) <= FRAGMENT_MAX_WORDS,
    });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Parents: the innermost earlier span that contains this one.
  const open: number[] = [];
  spans.forEach((span, i) => {
    while (open.length > 0 && spans[open.at(-1)!]!.end < span.end) open.pop();
    const parent = open.at(-1);
    if (parent !== undefined && spans[parent]!.start <= span.start) span.parent = parent;
    open.push(i);
  });
  return spans;
}
