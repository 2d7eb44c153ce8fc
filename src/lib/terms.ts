/**
 * The terms two sentences are compared on, each with its exact place in the sentence so a page can
 * highlight it. A term is a content word reduced to its lemma (wink-lemmatizer, a dictionary of
 * English inflections: "helicopters" → "helicopter", "held" → "hold") and then to its Porter2 stem
 * (wink-porter2-stemmer), so that "coordination" and "coordinated" or "reconstitution" and
 * "reconstituting" meet; a name from the alias table, whatever its spelling ("IS", "ISIL",
 * "Islamic State" → one term); or a number, compared by magnitude ("nearly 6,000", "6000" and
 * "thousands" → thousands; years are their own terms).
 */
import { createRequire } from 'node:module';
import type lemmatizer from 'wink-lemmatizer';
import stem from 'wink-porter2-stemmer';
import { aliasSpellings } from './aliases.ts';
import { STOPWORDS } from './normalize.ts';

/** What a term stands for: shown differently on the page, weighed the same way. */
export type TermKind = 'word' | 'name' | 'number';

export interface Term {
  /** Comparison key: `w:<stem>` (a word or a name), `n:<alias key>`, `#e<magnitude>` or `#y<year>`. */
  key: string;
  kind: TermKind;
  /** Offsets into the text the terms were read from. */
  start: number;
  end: number;
}

/**
 * A word as printed: a dotted acronym ("U.S.", "U.S.’s"), a number with digit groups ("6,000", "1.5"), or
 * letters, digits and marks with inner apostrophes or hyphens ("Kurdish-led" is two words: the
 * hyphen splits).
 */
const WORD =
  /\p{L}(?:\.\p{L})+\.?(?:['’]s\b)?|\p{N}+(?:[,\u202F\u00A0\u2009]\p{N}{3})*(?:\.\p{N}+)?|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * wink-lemmatizer, loaded on first use: its WordNet word lists (2.7 MB) are most of the engine's
 * import time, and a build's pages import the engine without analysing (the build's analysis
 * worker, src/build-analysis.ts, does that beside Vite's bundling).
 */
const load = createRequire(import.meta.url);
let lemmatize: typeof lemmatizer | undefined;

/** Plain ASCII needs no Unicode normalisation (most words: skip the cost). */
const ASCII = /^[\x20-\x7e]*$/;

/** A four-digit number in this range with no digit group is read as a year. */
const YEARS = { from: 1800, to: 2100 };

/**
 * Hedges of a number ("nearly 6,000", "roughly 6,000"): how sure an outlet is, compared by the
 * findings (insights/numbers.ts), not evidence that two sentences state the same thing.
 */
const HEDGES: ReadonlySet<string> = new Set(['nearly', 'around', 'roughly', 'approximately', 'almost', 'some']);

/**
 * Attribution is set aside: "the official said", "described by a senior official as", "according
 * to the source" say who speaks, not what happened, and every sentence of a story built on one
 * source prints them. (The attribution verbs "said", "told", "according" are already stopwords.)
 */
const ATTRIBUTION: ReadonlySet<string> = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'described',
  'describes',
  'describing',
  'describe',
  'concluded',
  'noted',
  'reportedly',
]);

/** Vague quantities, by the power of ten they speak of: "thousands of detainees" is a statement of magnitude 3. */
const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozens', 1],
  ['hundreds', 2],
  ['hundred', 2],
  ['thousands', 3],
  ['thousand', 3],
  ['millions', 6],
  ['million', 6],
  ['billions', 9],
  ['billion', 9],
]);

interface Printed {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

/**
 * A possessive ending: "SDF’s" and "CENTCOM's" are the names SDF and CENTCOM (the alias table
 * lists names, not their possessives), "Syria’s" is Syria.
 */
const POSSESSIVE = /['’]s$/u;

function words(text: string): Printed[] {
  const out: Printed[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(POSSESSIVE, '');
    out.push({
      raw,
      folded: (ASCII.test(raw) ? raw : raw.normalize('NFKC')).replace(/[.'’]/g, '').toLowerCase(),
      start: m.index,
      end: m.index + raw.length,
    });
  }
  return out;
}

interface AliasEntry {
  tokens: string[];
  key: string;
  /** The spelling as printed, without dots, when case must match ("US", "IS"). */
  exact?: string;
}

let aliasIndex: Map<string, AliasEntry[]> | undefined;

/** Alias spellings by their first token, longest first, built once. */
function aliases(): Map<string, AliasEntry[]> {
  if (aliasIndex !== undefined) return aliasIndex;
  aliasIndex = new Map();
  for (const s of aliasSpellings()) {
    const first = s.tokens[0];
    if (first === undefined) continue;
    const entry: AliasEntry = { tokens: s.tokens, key: s.key };
    if (s.exact) entry.exact = s.printed.replace(/[.\s]/g, '');
    const list = aliasIndex.get(first) ?? [];
    list.push(entry);
    aliasIndex.set(first, list);
  }
  for (const list of aliasIndex.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return aliasIndex;
}

/** The alias spelling that starts at word i, if any. */
function aliasAt(ws: readonly Printed[], i: number): AliasEntry | undefined {
  for (const entry of aliases().get(ws[i]!.folded) ?? []) {
    if (i + entry.tokens.length > ws.length) continue;
    if (!entry.tokens.every((t, k) => ws[i + k]!.folded === t)) continue;
    if (entry.exact !== undefined && ws[i]!.raw.replace(/\./g, '') !== entry.exact) continue;
    return entry;
  }
  return undefined;
}

const stems = new Map<string, string>();

/**
 * Longer than any English word: compared as printed. The lemmatiser and the stemmer take time
 * that grows with the square of a word's length (24 s for 32 KB of one letter), and such a "word"
 * is pasted data, not an inflected form.
 */
const MAX_STEMMED_LENGTH = 64;

/**
 * British -ise spellings ("recognised", "radicalisation") written as -ize, which the stemmer
 * knows how to reduce ("recognized" → "recogn"); at least three letters before the suffix, so "rise"
 * and "raise" stay as they are. Every outlet's words pass the same fold, so a word that was never
 * a British spelling ("promise") is changed alike on both sides and still meets itself.
 */
const BRITISH_IZE = /^(\p{L}{3,})is(e|ed|es|ing|ation|ations|er|ers)$/u;

/**
 * A noun made from an -ify verb ("identification", "declassification") read as the verb: Porter2
 * stems the two differently ("identif" / "identifi"), yet they name the same act.
 */
const IFICATION = /^(\p{L}{2,})ification(s?)$/u;

function spelledAsVerb(folded: string): string {
  return folded.replace(BRITISH_IZE, '$1iz$2').replace(IFICATION, '$1ify');
}

/**
 * The lemma of a word out of context, then its stem. Without a part of speech the lemmatiser is
 * asked as a noun, then a verb, then an adjective, and the first that changes the word wins
 * ("helicopters" is a noun, "surged" a verb, "worst" an adjective). Memoised: the cost follows the
 * story's vocabulary, not its length.
 */
export function wordStem(folded: string): string {
  if (folded.length > MAX_STEMMED_LENGTH) return folded;
  let s = stems.get(folded);
  if (s === undefined) {
    const word = spelledAsVerb(folded);
    lemmatize ??= load('wink-lemmatizer') as typeof lemmatizer;
    let lemma = lemmatize.noun(word);
    if (lemma === word) lemma = lemmatize.verb(word);
    if (lemma === word) lemma = lemmatize.adjective(word);
    s = stem(lemma);
    stems.set(folded, s);
  }
  return s;
}

function numberTerm(w: Printed): string | undefined {
  if (/^\p{N}/u.test(w.raw)) {
    const digits = w.raw.replace(/[,\u202F\u00A0\u2009]/g, '');
    const value = Number(digits);
    if (!Number.isFinite(value)) return undefined;
    if (/^\d{4}$/.test(w.raw) && value >= YEARS.from && value <= YEARS.to) return `#y${value}`;
    return `#e${value >= 1 ? Math.floor(Math.log10(value)) : 0}`;
  }
  const magnitude = MAGNITUDE_WORDS.get(w.folded);
  return magnitude === undefined ? undefined : `#e${magnitude}`;
}

/** The comparison terms of `text`, in order; function words and attribution verbs are left out. */
export function terms(text: string): Term[] {
  const ws = words(text);
  const out: Term[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const alias = aliasAt(ws, i);
    if (alias !== undefined) {
      const last = ws[i + alias.tokens.length - 1]!;
      out.push({ key: `n:${alias.key}`, kind: 'name', start: w.start, end: last.end });
      i += alias.tokens.length - 1;
      continue;
    }
    const number = numberTerm(w);
    if (number !== undefined) {
      out.push({ key: number, kind: 'number', start: w.start, end: w.end });
      continue;
    }
    if (STOPWORDS.has(w.folded) || HEDGES.has(w.folded) || ATTRIBUTION.has(w.folded) || !/\p{L}/u.test(w.folded))
      continue;
    // A capitalised word after the first is shown as a name ("Aleppo", "Baghdad", "Rubio"); it is
    // compared like any word, so "Baghdad" opening one sentence meets "Baghdad" inside another.
    const name = i > 0 && /^\p{Lu}/u.test(w.raw);
    out.push({ key: `w:${wordStem(w.folded)}`, kind: name ? 'name' : 'word', start: w.start, end: w.end });
  }
  return out;
}

/**
 * The terms a sentence is aligned on. An article's first sentence may open with its dateline
 * ("BAGHDAD, Iraq — …"): where the story was filed, not what happened, so its words are no
 * evidence that the lead states what another outlet's sentence states. Likewise an outlet naming
 * itself ("According to Daljoog News analysis", "Daljoog News observes that …") attributes the
 * sentence to itself: its name says who speaks, not what happened, and "news" in it would meet
 * "good news" in another outlet's sentence.
 */
export function claimTerms(text: string, dateline?: string, outlet?: string): Term[] {
  const all = terms(text);
  const skip: [number, number][] = [];
  if (dateline !== undefined && dateline !== '' && text.startsWith(dateline)) skip.push([0, dateline.length]);
  if (outlet !== undefined && outlet !== '')
    for (let at = text.indexOf(outlet); at >= 0; at = text.indexOf(outlet, at + outlet.length))
      skip.push([at, at + outlet.length]);
  if (skip.length === 0) return all;
  return all.filter((t) => !skip.some(([from, to]) => t.start < to && t.end > from));
}
