/**
 * Quotation spans. A single left-to-right pass with a stack of open marks handles nesting;
 * context decides what a mark is, because the same character is an apostrophe in "don’t" and a
 * closing single quote in "‘fragile’", and straight quotes open or close depending on the spaces
 * around them. A closing double mark with nothing open is an unbalanced quote: printed text lost
 * its opening mark, so the quote is recovered from the start of its sentence.
 *
 * Cost is linear in the block's length whatever the marks: open marks are found through an index
 * per family (never by scanning the stack), and at most MAX_QUOTE_DEPTH quotes cover any
 * character, so the quotes' text together is at most that many times the block's.
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

/**
 * Quotes nested deeper than this are not reported on their own; their words stay in the quotes
 * around them. News copy nests three deep at most (a quote inside a quote inside a quote);
 * without a limit, every unclosed “ of a careless or hostile paragraph would start a quote
 * running to its end, each one copying the rest of the paragraph (quadratic output).
 */
export const MAX_QUOTE_DEPTH = 3;

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet';

interface Open {
  family: Family;
  mark: string;
  at: number;
}

/**
 * The marks still open, innermost last, with the positions of each family's and each mark's
 * entries kept alongside: the topmost open mark of a family is then found in constant time
 * (scanning the stack made a run of unclosed marks quadratic).
 */
class OpenMarks {
  readonly entries: Open[] = [];
  private readonly positions = new Map<string, number[]>();

  private list(key: string): number[] {
    let list = this.positions.get(key);
    if (list === undefined) {
      list = [];
      this.positions.set(key, list);
    }
    return list;
  }

  push(open: Open): void {
    this.list(open.family).push(this.entries.length);
    this.list(open.family + open.mark).push(this.entries.length);
    this.entries.push(open);
  }

  /** Index of the topmost open entry of `family` (and `mark`, when given), or −1. */
  top(family: Family, mark?: string): number {
    return this.positions.get(mark === undefined ? family : family + mark)?.at(-1) ?? -1;
  }

  last(): Open | undefined {
    return this.entries.at(-1);
  }

  /** Closes every entry from index `k` up; each entry leaves its two lists once, so this is amortised O(1). */
  truncate(k: number): void {
    while (this.entries.length > k) {
      const open = this.entries.pop()!;
      this.positions.get(open.family)!.pop();
      this.positions.get(open.family + open.mark)!.pop();
    }
  }
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
  stack: OpenMarks,
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
        act: stack.top('double', '„') >= 0 && stack.last()?.mark === '„' ? 'close' : 'open',
        family: 'double',
      };
    case '”':
      if (stack.top('double') >= 0) return { act: 'close', family: 'double' };
      // Swedish and Finnish print ”…”; a ” before a word after a space opens.
      return { act: opensHere(prev, next) && isWord(next) ? 'open' : 'orphan', family: 'double' };
    case '"':
      if (stack.top('double', '"') >= 0 && !(opensHere(prev, next) && stack.last()?.mark !== '"'))
        return { act: 'close', family: 'double' };
      return { act: opensHere(prev, next) ? 'open' : 'orphan', family: 'double' };
    case '«':
      return { act: 'open', family: 'guillemet' };
    case '»':
      return { act: stack.top('guillemet') >= 0 ? 'close' : 'orphan', family: 'guillemet' };
    case '‹':
      return { act: 'open', family: 'single-guillemet' };
    case '›':
      return { act: stack.top('single-guillemet') >= 0 ? 'close' : 'none', family: 'single-guillemet' };
    case '‘':
    case '‚':
      return { act: isWord(prev) ? 'none' : 'open', family: 'single' };
    case '’':
    case "'":
      if (isWord(prev) && isWord(next)) return { act: 'none', family: 'single' };
      if (stack.top('single') >= 0 && prev !== undefined && !/\s/u.test(prev))
        return { act: 'close', family: 'single' };
      if (c === "'" && opensHere(prev, next) && isWord(next)) return { act: 'open', family: 'single' };
      return { act: 'none', family: 'single' };
    default:
      return { act: 'none', family: 'double' };
  }
}

const MARKS = /["'“”‘’„‚«»‹›]/gu;
/** What may stand between a sentence's start and an opening mark for the quote to open the sentence. */
const BEFORE_OPENING = /[\s"“”‘„«]/u;
/** Marks and spaces trimmed from the start of a quote's words. */
const LEADING = /[\s"“”„«»‹›]/u;
/** Spaces and the reporter's own punctuation trimmed from the end of a quote's words. */
const TRAILING = /[\s,;:]/u;

/** Start of the run of `text[from, to)` that `pattern` matches at its end (a backward scan: no slice, no regex over the whole sentence). */
function runStart(text: string, from: number, to: number, pattern: RegExp): number {
  let i = to;
  while (i > from && pattern.test(text[i - 1]!)) i--;
  return i;
}

/** Whether `text[from, to)` ends with a colon and optional spaces ("… said: "). */
function endsWithColon(text: string, from: number, to: number): boolean {
  const i = runStart(text, from, to, /\s/u);
  return i > from && text[i - 1] === ':';
}

/**
 * Keeps the raws that sit at most MAX_QUOTE_DEPTH deep. Sorted by start (outer first), each raw's
 * depth is the number of earlier raws still open at its start; a character is then covered by at
 * most MAX_QUOTE_DEPTH kept raws.
 */
function shallowRaws(raws: readonly Raw[]): Raw[] {
  const order = raws
    .map((_, i) => i)
    .sort((a, b) => raws[a]!.openAt - raws[b]!.openAt || raws[b]!.closeAt - raws[a]!.closeAt);
  const keep = new Array<boolean>(raws.length).fill(false);
  const enclosing: number[] = [];
  for (const i of order) {
    const r = raws[i]!;
    while (enclosing.length > 0 && enclosing.at(-1)! <= r.openAt) enclosing.pop();
    keep[i] = enclosing.length < MAX_QUOTE_DEPTH;
    enclosing.push(r.closeAt);
  }
  return raws.filter((_, i) => keep[i]);
}

/**
 * Quotes in `text` (one block), offsets relative to `text`. `sentences` are the block's
 * sentences (relative ranges), used to recover quotes whose opening mark is missing.
 */
export function findQuotes(text: string, sentences: readonly SentenceRange[]): QuoteSpan[] {
  const stack = new OpenMarks();
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
      const k = stack.top(family);
      const open = stack.entries[k]!;
      stack.truncate(k);
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
  for (const open of stack.entries) {
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
  for (const r of shallowRaws(raws)) {
    let start = r.contentStart;
    let end = r.contentEnd;
    while (start < end && LEADING.test(text[start]!)) start++;
    // A comma or semicolon before the closing mark belongs to the reporter's sentence, not the speaker.
    end = runStart(text, start, end, TRAILING);
    if (end <= start) continue;
    const inner = text.slice(start, end);
    if (!WORD.test(inner)) continue;
    const sentence = sentenceOf(r.openAt);
    const sentenceStart = sentence?.start ?? 0;
    let upTo = r.openAt + (r.recovered ? 0 : 1);
    if (endsWithColon(text, sentenceStart, upTo)) upTo = runStart(text, sentenceStart, upTo, /\s/u) - 1;
    const opensSentence =
      sentence !== undefined && runStart(text, sentenceStart, upTo, BEFORE_OPENING) === sentenceStart;
    const capitalised = /^\p{Lu}/u.test(inner);
    const utterance = capitalised && (opensSentence || endsWithColon(text, sentenceStart, r.openAt));
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
