/**
 * Sentence boundaries. Intl.Segmenter supplies candidate breaks (it knows about closing quotes,
 * ellipses and many scripts); the rules here take back the breaks it gets wrong in news text:
 * after abbreviations ("U.S. Central Command", "Mr. Smith") and before a lower-case word
 * ("“What?” he asked."), which no sentence starts with.
 */

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence as a half-open range of the text it was found in. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Titles that always precede a name, so a break after them is never a sentence end. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cpl',
  'maj',
  'adm',
  'cmdr',
  'pres',
  'supt',
  'insp',
  'rev',
  'fr',
  'st',
  'hon',
  'amb',
  'messrs',
  'mme',
  'mlle',
]);

/** Abbreviations that are normally followed by a number ("No. 5", "Jan. 6"). */
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'art',
  'sec',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'ca',
]);

/** Abbreviations that may end a sentence as easily as sit inside one ("U.S.", "Inc."). */
const AMBIGUOUS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'vs', 'etc', 'al', 'e.g', 'i.e', 'cf']);

/**
 * Words that usually open a new sentence. After an ambiguous abbreviation ("in the U.S. The
 * next day…") one of these means the break is real; any other capitalised word ("U.S. Central
 * Command") means the abbreviation is part of a name.
 */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'for',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'there',
  'here',
  'what',
  'who',
  'how',
  'why',
  'where',
  'meanwhile',
  'however',
  'still',
  'then',
  'now',
  'officials',
  'according',
]);

const LAST_WORD = /([\p{L}\p{N}.]+)\.\s*$/u;
const FIRST_WORD = /^[\s"'“”‘’«»„([]*([\p{L}\p{N}]+)/u;

/** Does the text before a candidate break end in an abbreviation that binds to what follows? */
function bindsToNext(before: string, after: string): boolean {
  // Only the tail matters; matching the whole (possibly huge) text would be quadratic.
  const last = LAST_WORD.exec(before.slice(-64))?.[1];
  if (last === undefined) return false;
  const next = FIRST_WORD.exec(after)?.[1] ?? '';
  const lower = last.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\p{N}/u.test(next);
  // Initials and dotted acronyms: "J.", "U.S.", "U.N.", "e.g."
  const dotted = /^(?:\p{L}\.)*\p{L}$/u.test(last) && last.length <= 7;
  if (dotted || AMBIGUOUS.has(lower)) return next !== '' && !SENTENCE_OPENERS.has(next.toLowerCase());
  return false;
}

/** Does a sentence candidate start with a lower-case letter (after any quote marks or brackets)? */
function startsLowerCase(text: string): boolean {
  const m = /^[\s"'“”‘’«»„([]*(\p{L})/u.exec(text);
  return m?.[1] !== undefined && m[1] !== m[1].toUpperCase() && m[1] === m[1].toLowerCase();
}

/**
 * Sentences of `text`, as ranges relative to it, trimmed of surrounding whitespace. Together they
 * cover every non-space character of the text.
 */
export function segmentSentences(text: string): SentenceRange[] {
  const pieces: SentenceRange[] = [];
  for (const seg of sentenceSegmenter.segment(text)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const prev = pieces.at(-1);
    const trimmedPiece = seg.segment.trim();
    if (prev !== undefined && trimmedPiece !== '') {
      const before = text.slice(Math.max(prev.start, prev.end - 64), prev.end);
      // ICU breaks at every newline, but a soft line break inside a paragraph is only
      // whitespace: it ends a sentence only where the words before it do.
      const joins = /\n\s*$/.test(before)
        ? !/[.!?…]["'”’»)\]]*\s*$/u.test(before)
        : bindsToNext(before, seg.segment) || startsLowerCase(seg.segment);
      if (joins) {
        prev.end = end;
        continue;
      }
    }
    if (prev !== undefined && trimmedPiece === '') {
      prev.end = end;
      continue;
    }
    pieces.push({ start, end });
  }
  const out: SentenceRange[] = [];
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim() === '') continue;
    out.push({ start: piece.start + lead, end: piece.end - trail });
  }
  return out;
}
