/**
 * Who said each quote. Attribution in news copy follows few patterns: `…,” the official said`,
 * `Rubio told lawmakers: “…”`, `described by a senior official as “…”`, `what he called “…”`.
 * Every speech verb outside quotation marks is read as a mention of a speaker; mentions are
 * resolved in reading order, so a pronoun or a less specific description ("the official", "a
 * senior official") takes the key of the last speaker it fits. A quote takes the mention nearest
 * to its marks, then any mention in its sentence, then its paragraph's.
 */
import { lastAtOrBefore } from './sorted-offsets.ts';
import type { Speaker } from './types.ts';

/** Verbs that attribute words to someone. Forms that are as often plural nouns ("calls", "states", "notes", "claims") are left out. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'tell',
  'telling',
  'added',
  'adds',
  'adding',
  'concluded',
  'concludes',
  'noted',
  'noting',
  'explained',
  'explains',
  'warned',
  'warns',
  'warn',
  'stated',
  'described',
  'describes',
  'describe',
  'describing',
  'called',
  'calling',
  'characterized',
  'characterised',
  'characterizes',
  'labeled',
  'labelled',
  'termed',
  'asked',
  'asks',
  'insisted',
  'insists',
  'argued',
  'argues',
  'acknowledged',
  'emphasized',
  'emphasised',
  'emphasizes',
  'stressed',
  'stress',
  'recalled',
  'wrote',
  'declared',
  'claimed',
  'announced',
  'confirmed',
  'confirms',
  'replied',
  'remarked',
  'according',
]);
/** A closing quotation mark, then at most a comma and spaces, right before a verb. */
const CLOSING_MARK_BEFORE = /[”"»’]\s*,?\s*$/u;
/** Verb forms that take no subject of their own ("…, adding that…"): the speaker is the clause's. */
const PARTICIPLES = /ing$/;
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'them']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'them']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'one', 'its', 'his', 'her', 'their']);
/** Words between a subject and its verb that are not part of the subject: "officials have said". */
const AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'also',
  'repeatedly',
  'reportedly',
  'later',
  'previously',
  'earlier',
  'then',
  'once',
  'had',
  'did',
  'does',
  'do',
  'could',
  'may',
  'might',
  'later',
  'further',
  'again',
  'publicly',
  'privately',
  'separately',
  'recently',
  'had',
]);
/** Lower-case words that end a subject when walking back from its verb. */
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'what',
  'who',
  'whom',
  'whose',
  'as',
  'and',
  'but',
  'or',
  'while',
  'when',
  'where',
  'if',
  'how',
  'because',
  'to',
  'in',
  'of',
  'for',
  'with',
  'on',
  'at',
  'by',
  'from',
  'than',
  'so',
  'not',
  'nor',
]);
/** Words a subject may be at most, so that a verb far from any noun phrase is not mis-attributed. */
export const MAX_SPEAKER_WORDS = 8;
/** How many words may sit between a closing mark and `the official said`-style attribution. */
export const MAX_WORDS_AFTER_QUOTE = 8;
/** How many words may sit between a verb and the opening mark: `described as the pressing question: “…”`. */
export const MAX_WORDS_BEFORE_QUOTE = 6;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation or a quotation between this word and the one before it. */
  boundaryBefore: boolean;
}

export interface Mention {
  /** Offset of the verb. */
  at: number;
  sentence: number;
  block: number;
  speaker: Speaker;
}

interface Entity {
  key: string;
  words: Set<string>;
  plural: boolean;
}

const WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/** A test for "is this offset inside a quotation", in O(log n) per offset. */
function maskTest(masks: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const sorted = [...masks].sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(reach.at(-1) ?? -1, m.end));
  return (offset) => {
    const i = lastAtOrBefore(starts, offset);
    return i >= 0 && reach[i]! > offset;
  };
}

/** Words of source[start, end) that lie outside every masked range (the quotes). */
function wordsOutside(source: string, start: number, end: number, masked: (offset: number) => boolean): Word[] {
  const out: Word[] = [];
  let lastEnd = start;
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(source); m !== null && m.index < end; m = WORD_RE.exec(source)) {
    const wStart = m.index;
    const wEnd = Math.min(end, wStart + m[0].length);
    if (masked(wStart)) {
      lastEnd = -1;
      continue;
    }
    const gap = lastEnd < 0 ? ',' : source.slice(lastEnd, wStart);
    const text = source.slice(wStart, wEnd);
    out.push({
      text,
      lower: text.toLowerCase(),
      start: wStart,
      end: wEnd,
      boundaryBefore: /[,;:“”"«»()\u2014\u2013]|\s-\s/u.test(gap),
    });
    lastEnd = wEnd;
  }
  return out;
}

function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text);
}

/** The subject of the verb at index v, walking back over a noun phrase. */
function subjectBefore(words: readonly Word[], v: number): Word[] {
  const np: Word[] = [];
  let i = v - 1;
  while (i >= 0 && AUXILIARIES.has(words[i]!.lower) && !words[i + 1]!.boundaryBefore) i--;
  for (; i >= 0; i--) {
    const w = words[i]!;
    const after = words[i + 1]!;
    if (after.boundaryBefore) break;
    if (np.length === 0 && PRONOUNS.has(w.lower)) return [w];
    if (DETERMINERS.has(w.lower)) {
      np.unshift(w);
      break;
    }
    if (w.lower === 'of' && np[0] !== undefined && isCapitalised(np[0]) && i > 0 && isCapitalised(words[i - 1]!)) {
      np.unshift(w);
      continue;
    }
    if (CLAUSE_WORDS.has(w.lower) || SPEECH_VERBS.has(w.lower) || PRONOUNS.has(w.lower)) break;
    np.unshift(w);
    if (np.length >= MAX_SPEAKER_WORDS) break;
  }
  return np;
}

/** A noun phrase after position i (for "said the official", "according to X", "by X as"). */
function phraseAfter(words: readonly Word[], i: number, stopAt?: string): Word[] {
  const np: Word[] = [];
  for (let j = i; j < words.length && np.length < MAX_SPEAKER_WORDS; j++) {
    const w = words[j]!;
    if (j > i && w.boundaryBefore) break;
    if (w.lower === stopAt) break;
    if (np.length > 0 && CLAUSE_WORDS.has(w.lower) && !(w.lower === 'of' && isCapitalised(np.at(-1)!))) break;
    if (SPEECH_VERBS.has(w.lower)) break;
    np.push(w);
  }
  return np;
}

/** Where it was said: the object of "told" ("told Fox News Digital", "told lawmakers"). */
function venueAfter(source: string, words: readonly Word[], v: number): string | undefined {
  let j = v + 1;
  const first = words[j];
  if (first === undefined || first.boundaryBefore) return undefined;
  if (DETERMINERS.has(first.lower)) j++;
  const head = words[j];
  if (head === undefined || head.boundaryBefore || PRONOUNS.has(head.lower) || CLAUSE_WORDS.has(head.lower))
    return undefined;
  let last = head;
  if (isCapitalised(head)) {
    for (let k = j + 1; k < words.length; k++) {
      const w = words[k]!;
      if (w.boundaryBefore) break;
      if (isCapitalised(w)) last = w;
      else if (w.lower === 'of' && words[k + 1] !== undefined && isCapitalised(words[k + 1]!)) continue;
      else break;
    }
  }
  return source.slice(first.start, last.end);
}

function contentWords(np: readonly Word[]): string[] {
  return np.filter((w) => !DETERMINERS.has(w.lower)).map((w) => w.lower.replace(/\./g, '').replace(/[’']/g, ''));
}

/** "Secretary of State Marco Rubio" → "marco-rubio": a trailing run of capitalised names. */
function properKey(np: readonly Word[], entities: readonly Entity[]): string | undefined {
  const run: Word[] = [];
  for (let i = np.length - 1; i >= 0 && /^\p{Lu}\p{Ll}/u.test(np[i]!.text); i--) run.unshift(np[i]!);
  if (run.length === 0 || (run.length !== np.length - (DETERMINERS.has(np[0]!.lower) ? 1 : 0) && run.length < 2))
    return undefined;
  const names = run.slice(-2).map((w) => w.lower.replace(/[’']/g, ''));
  if (names.length === 1) {
    const surname = names[0]!;
    const known = [...entities].reverse().find((e) => e.key.endsWith(`-${surname}`));
    if (known) return known.key;
  }
  return names.join('-');
}

/** Resolves speaker mentions of one article in reading order. */
export class SpeakerResolver {
  private readonly entities: Entity[] = [];

  resolve(np: readonly Word[], source: string, venue: string | undefined): Speaker | undefined {
    if (np.length === 0) return undefined;
    const printed = source.slice(np[0]!.start, np.at(-1)!.end);
    const first = np[0]!.lower;
    let key: string | undefined;
    if (np.length === 1 && PRONOUNS.has(first)) {
      const plural = PLURAL_PRONOUNS.has(first);
      const match = [...this.entities].reverse().find((e) => e.plural === plural) ?? this.entities.at(-1);
      key = match?.key ?? first;
    } else {
      const words = contentWords(np);
      const known = [...this.entities].reverse().find((e) => words.length > 0 && words.every((w) => e.words.has(w)));
      if (known) {
        key = known.key;
        // The most recently mentioned speaker is the one a later "he" means.
        this.entities.splice(this.entities.indexOf(known), 1);
        this.entities.push(known);
      } else {
        key = properKey(np, this.entities) ?? (words.join('-') || first);
        const head = words.at(-1) ?? '';
        this.entities.push({
          key,
          words: new Set(words),
          plural: /s$/.test(head) && !/^\p{Lu}/u.test(np.at(-1)!.text),
        });
      }
    }
    return venue === undefined ? { printed, key } : { printed, key, venue };
  }
}

/** A quote's place in the text, as speaker attribution needs it. */
export interface QuotePlace {
  openAt: number;
  closeAt: number;
  /** Sentence indices (in the article's sentence list) where the quote starts and ends. */
  firstSentence: number;
  lastSentence: number;
  block: number;
}

export interface SentencePlace {
  start: number;
  end: number;
  block: number;
}

/**
 * Speakers for the quotes of one article. `quotes` and `sentences` are in reading order;
 * `masks` are the ranges inside quotation marks (never read as attribution).
 */
export function attributeSpeakers(
  source: string,
  sentences: readonly SentencePlace[],
  quotes: readonly QuotePlace[],
  masks: readonly { start: number; end: number }[],
): (Speaker | undefined)[] {
  const resolver = new SpeakerResolver();
  const masked = maskTest(masks);
  const mentions: Mention[] = [];
  const sentenceWords: number[][] = [];
  sentences.forEach((s, si) => {
    const words = wordsOutside(source, s.start, s.end, masked);
    sentenceWords.push(words.map((w) => w.start));
    words.forEach((w, v) => {
      // Verbs are lower-case mid-sentence; "United States" is not a speech verb.
      if (!SPEECH_VERBS.has(w.lower) || (w.text !== w.lower && v > 0)) return;
      let np: Word[];
      if (w.lower === 'according') {
        np = words[v + 1]?.lower === 'to' ? phraseAfter(words, v + 2) : [];
      } else if (words[v + 1]?.lower === 'by' && !words[v + 1]!.boundaryBefore) {
        np = phraseAfter(words, v + 2, 'as');
      } else {
        np = PARTICIPLES.test(w.lower) ? [] : subjectBefore(words, v);
        // An inverted tag ("…,” said the official") follows the closing mark directly. After
        // anything else ("…” and said the prisons were fragile") the words after the verb are
        // what was said, not who said it.
        if (
          np.length === 0 &&
          !PARTICIPLES.test(w.lower) &&
          words[v + 1] !== undefined &&
          !words[v + 1]!.boundaryBefore &&
          CLOSING_MARK_BEFORE.test(source.slice(words[v - 1]?.end ?? s.start, w.start))
        ) {
          const inverted = phraseAfter(words, v + 1);
          if (inverted[0] !== undefined && (DETERMINERS.has(inverted[0].lower) || isCapitalised(inverted[0])))
            np = inverted;
        }
      }
      const venue = TOLD.has(w.lower) ? venueAfter(source, words, v) : undefined;
      const speaker = resolver.resolve(np, source, venue);
      if (speaker) mentions.push({ at: w.start, sentence: si, block: s.block, speaker });
    });
  });

  // Mentions are in reading order; these indexes keep each quote's lookups logarithmic.
  const mentionStarts = mentions.map((m) => m.at);
  const openStarts = quotes.map((q) => q.openAt).sort((a, b) => a - b);
  const wordsBetween = (si: number, from: number, to: number): number => {
    const starts = sentenceWords[si] ?? [];
    return Math.max(0, lastAtOrBefore(starts, to - 1) - lastAtOrBefore(starts, from - 1));
  };
  const opensBetween = (from: number, to: number): boolean =>
    lastAtOrBefore(openStarts, to - 1) > lastAtOrBefore(openStarts, from - 1);

  const result: (Speaker | undefined)[] = quotes.map((q) => {
    const next = mentions[lastAtOrBefore(mentionStarts, q.closeAt - 1) + 1];
    if (
      next &&
      next.sentence === q.lastSentence &&
      wordsBetween(next.sentence, q.closeAt, next.at) <= MAX_WORDS_AFTER_QUOTE &&
      !opensBetween(q.closeAt, next.at)
    ) {
      return next.speaker;
    }
    const prevIndex = lastAtOrBefore(mentionStarts, q.openAt - 1);
    const prev = mentions[prevIndex];
    if (
      prev &&
      prev.sentence === q.firstSentence &&
      wordsBetween(prev.sentence, prev.at, q.openAt) <= MAX_WORDS_BEFORE_QUOTE + 1
    )
      return prev.speaker;
    // Any mention in the quote's sentences, the nearest first.
    const candidates = [mentions[prevIndex], mentions[prevIndex + 1]].filter(
      (m): m is Mention => m !== undefined && m.sentence >= q.firstSentence && m.sentence <= q.lastSentence,
    );
    const after = mentions[lastAtOrBefore(mentionStarts, q.closeAt - 1) + 1];
    if (after && after.sentence >= q.firstSentence && after.sentence <= q.lastSentence) candidates.push(after);
    candidates.sort((a, b) => Math.abs(a.at - q.openAt) - Math.abs(b.at - q.openAt));
    return candidates[0]?.speaker;
  });
  // Still unattributed: the quote continues its paragraph's speaker ("…,” he said. “So right now…”):
  // the latest attributed quote or mention before it in its block, else the next attributed quote.
  const lastQuoteInBlock = new Map<number, { at: number; speaker: Speaker }>();
  quotes.forEach((q, i) => {
    const own = result[i];
    if (own === undefined) {
      const prevQuote = lastQuoteInBlock.get(q.block);
      const m = mentions[lastAtOrBefore(mentionStarts, q.openAt - 1)];
      const prevMention = m !== undefined && m.block === q.block ? m : undefined;
      const pick =
        prevQuote !== undefined && (prevMention === undefined || prevQuote.at > prevMention.at)
          ? prevQuote.speaker
          : prevMention?.speaker;
      if (pick !== undefined) result[i] = pick;
    }
    const resolved = result[i];
    if (resolved !== undefined) lastQuoteInBlock.set(q.block, { at: q.closeAt, speaker: resolved });
  });
  const nextQuoteInBlock = new Map<number, Speaker>();
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (result[i] === undefined) {
      const next = nextQuoteInBlock.get(q.block);
      if (next !== undefined) result[i] = next;
    }
    const resolved = result[i];
    if (resolved !== undefined) nextQuoteInBlock.set(q.block, resolved);
  }
  return result;
}
