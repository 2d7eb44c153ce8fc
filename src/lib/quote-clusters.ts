/**
 * Quote clusters: one utterance as printed by several outlets. Quotes are compared on all their
 * words (function words included: "those" for "these", "is" for "would be" are exactly the
 * alterations a fact-checker looks for). Two passes: quotes that are similar as wholes are joined;
 * then a shorter quote printed word for word inside a longer one (a trimmed quote, a fragment)
 * is attached to the longer one's cluster, without ever joining two clusters through it.
 *
 * No verdict without a reference: a wording is called altered only against the wording a strict
 * majority of the outlets print, or the original report's; otherwise every member reads `differs`.
 */
import { candidatePairs, matchTokens, ngrams, type AlignUnit } from './align.ts';
import { tokenize } from './normalize.ts';
import { byReadingOrder, median } from './positions.ts';
import type { ClusterSpeaker, Quote, QuoteCluster, QuoteLabel, QuoteMember, QuoteReference } from './types.ts';
import { wordDiff } from './word-diff.ts';

/**
 * Two quotes are one utterance at this Dice similarity of their words or above. The reworded
 * quotes in the real articles score 0.59 ("If those 6,000 get out…" / "If these 6,000 or so got
 * out…") and 0.67 ("We saw a sharp…" / "We saw this severe…"); unrelated quotes of the same
 * speaker share little beyond "the", "we", "of" and stay below 0.35.
 */
export const QUOTE_MIN_DICE = 0.5;

/**
 * Two quotes whose sentences already state the same claim (one claim cluster) need less wording
 * in common to be the same utterance: Kurdistan24's “2014 ISIS is on our border situation once
 * more” and IntelliNews's “a 2014 scenario when ISIS was back on the border” score 0.42, while
 * different utterances printed in aligned sentences stay under 0.3.
 */
export const QUOTE_MIN_DICE_ALIGNED = 0.35;

/** Word bigrams index quotes: enough to catch "crisis situation" or "worst of" in short quotes. */
export const QUOTE_NGRAM = 2;

/**
 * A quote at least this many words long that appears word for word inside another is a trimmed
 * version of it. One word ("fragile") is too common to say which utterance it came from.
 */
export const TRIMMED_MIN_WORDS = 2;

/** A quote with what clustering needs to know about it. */
export interface QuoteUnit extends AlignUnit {
  quote: Quote;
  /** Relative position (0–1) of its sentence in its article. */
  position: number;
  /** Claim clusters of the sentence it starts in. */
  claims: readonly string[];
}

function isContiguousIn(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/** Dice of the two lists as bags of words: an upper bound of their diff's Dice. */
function diceBound(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      counts.set(t, n - 1);
      shared++;
    }
  }
  return a.length + b.length > 0 ? (2 * shared) / (a.length + b.length) : 0;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** A member's wording against the reference wording. */
export function quoteLabel(member: readonly string[], reference: readonly string[]): QuoteLabel {
  if (sameTokens(member, reference)) return 'verbatim';
  if (isContiguousIn(member, reference)) return 'trimmed';
  return 'altered';
}

/**
 * The speaker key most members name (ties to the alphabetically first key), printed in the most
 * specific wording those members use: the longest, so "the senior intelligence official" is
 * shown rather than "the official" or "he"; ties go to the first member.
 */
function clusterSpeaker(members: readonly QuoteMember[]): ClusterSpeaker | undefined {
  const counts = new Map<string, number>();
  for (const m of members) if (m.speaker) counts.set(m.speaker.key, (counts.get(m.speaker.key) ?? 0) + 1);
  const key = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  if (key === undefined) return undefined;
  let printed = '';
  for (const m of members)
    if (m.speaker?.key === key && m.speaker.printed.length > printed.length) printed = m.speaker.printed;
  return { key, printed };
}

class UnionFind {
  readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r]! !== r) r = this.parent[r]!;
    while (this.parent[x]! !== r) [this.parent[x], x] = [r, this.parent[x]!];
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * The wording a cluster's labels are relative to. The original report's, when the story's original
 * report is one of its articles (`originalOutlet`) and prints the quote; else the wording that a
 * strict majority of the outlets printing the quote print (an outlet counts once, when any of its
 * members has it; wordings compared as tokens, so punctuation at the edges does not count). Only an
 * outlet printing one utterance in two wordings can give two such wordings: the one more outlets
 * print wins, then the longer. Absent when neither exists: then nobody's wording is the standard.
 */
function referenceOf(units: readonly QuoteUnit[], indices: readonly number[], originalOutlet?: string) {
  const outlets = new Set(indices.map((i) => units[i]!.outlet));
  const original = indices.find((i) => units[i]!.outlet === originalOutlet);
  if (original !== undefined)
    return { basis: 'original' as const, unit: original, outlets: [originalOutlet!], of: outlets.size };
  const printers = new Map<string, { unit: number; outlets: Set<string> }>();
  for (const i of indices) {
    const key = units[i]!.tokens.join(' ');
    const entry = printers.get(key) ?? { unit: i, outlets: new Set<string>() };
    entry.outlets.add(units[i]!.outlet);
    printers.set(key, entry);
  }
  const best = [...printers.values()]
    .filter((p) => 2 * p.outlets.size > outlets.size)
    .sort(
      (x, y) =>
        y.outlets.size - x.outlets.size ||
        units[y.unit]!.tokens.length - units[x.unit]!.tokens.length ||
        x.unit - y.unit,
    )[0];
  return best === undefined
    ? undefined
    : { basis: 'majority' as const, unit: best.unit, outlets: [...best.outlets].sort(), of: outlets.size };
}

export function clusterQuotes(units: readonly QuoteUnit[], originalOutlet?: string): QuoteCluster[] {
  // Index keys: word bigrams, plus each claim cluster the quote's sentence belongs to, so that
  // quotes in aligned sentences are compared even when reworded beyond sharing a bigram.
  const keys = units.map((u) => [...ngrams(u.tokens, QUOTE_NGRAM), ...u.claims.map((c) => `#${c}`)]);
  const pairs = candidatePairs(units, keys);
  const uf = new UnionFind(units.length);
  const contained: [number, number, number][] = [];
  for (const [a, b] of pairs) {
    const ta = units[a]!.tokens;
    const tb = units[b]!.tokens;
    const aligned = units[a]!.claims.some((c) => units[b]!.claims.includes(c));
    const threshold = aligned ? QUOTE_MIN_DICE_ALIGNED : QUOTE_MIN_DICE;
    // Only diff pairs whose shared words (in any order) could reach the threshold.
    if (diceBound(ta, tb) >= threshold && matchTokens(ta, tb, threshold).dice >= threshold) {
      uf.union(a, b);
      continue;
    }
    const [short, long] = ta.length <= tb.length ? [a, b] : [b, a];
    const ts = units[short]!.tokens;
    if (ts.length >= TRIMMED_MIN_WORDS && isContiguousIn(ts, units[long]!.tokens))
      contained.push([short, long, units[long]!.tokens.length]);
  }
  // Attach each trimmed quote to the longest quote containing it, unless it already belongs with
  // a quote it is not part of (then attaching would join two utterances through a fragment).
  contained.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const members = new Map<number, number[]>();
  units.forEach((_, i) => members.set(uf.find(i), [...(members.get(uf.find(i)) ?? []), i]));
  for (const [short, long] of contained) {
    const rs = uf.find(short);
    const rl = uf.find(long);
    if (rs === rl) continue;
    const group = members.get(rs) ?? [short];
    const longTokens = units[long]!.tokens;
    if (!group.every((i) => isContiguousIn(units[i]!.tokens, longTokens))) continue;
    uf.union(rs, rl);
    const root = uf.find(rs);
    members.set(root, [...(members.get(rl) ?? []), ...group]);
    members.delete(root === rs ? rl : rs);
  }

  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const clusters = [...groups.values()].map((indices) => {
    // Canonical: the wording the most outlets print, whole or in part; ties go to the longest,
    // then the first. A trimmed quote supports the wording it was cut from.
    const wordings = new Map<string, number>();
    for (const i of indices) if (!wordings.has(units[i]!.tokens.join(' '))) wordings.set(units[i]!.tokens.join(' '), i);
    const support = (w: number): number =>
      new Set(indices.filter((i) => isContiguousIn(units[i]!.tokens, units[w]!.tokens)).map((i) => units[i]!.outlet))
        .size;
    const best = [...wordings.values()]
      .map((w) => ({ first: w, support: support(w) }))
      .sort(
        (x, y) =>
          y.support - x.support || units[y.first]!.tokens.length - units[x.first]!.tokens.length || x.first - y.first,
      )[0]!;
    const canonicalUnit = units[best.first]!;
    const ref = referenceOf(units, indices, originalOutlet);
    // The reference as printed: the canonical text when it is the same wording (so the page's
    // heading and the diffs start from one text), else the first member that prints it.
    const referenceText =
      ref === undefined
        ? undefined
        : sameTokens(units[ref.unit]!.tokens, canonicalUnit.tokens)
          ? canonicalUnit.quote.text
          : units[ref.unit]!.quote.text;
    const reference: QuoteReference | undefined =
      ref === undefined || referenceText === undefined
        ? undefined
        : { basis: ref.basis, text: referenceText, outlets: ref.outlets, of: ref.of };
    const members: QuoteMember[] = indices.map((i) => {
      const { quote, tokens } = units[i]!;
      const member: QuoteMember = {
        quoteId: quote.id,
        outlet: quote.outlet,
        sentenceId: quote.sentenceIds[0] ?? '',
        text: quote.text,
        start: quote.start,
        end: quote.end,
        label: ref === undefined ? 'differs' : quoteLabel(tokens, units[ref.unit]!.tokens),
        diff: wordDiff(reference?.text ?? canonicalUnit.quote.text, quote.text),
        recovered: quote.recovered,
        fragment: quote.fragment,
      };
      if (quote.speaker !== undefined) member.speaker = quote.speaker;
      return member;
    });
    return {
      canonical: canonicalUnit.quote.text,
      reference,
      speaker: clusterSpeaker(members),
      position: median(indices.map((i) => units[i]!.position)),
      firstKey: members[0]!.quoteId,
      members,
    };
  });
  return clusters.sort(byReadingOrder).map((c, n) => {
    const cluster: QuoteCluster = {
      id: `q${n + 1}`,
      canonical: c.canonical,
      position: Math.round(c.position * 1000) / 1000,
      members: c.members,
    };
    if (c.reference !== undefined) cluster.reference = c.reference;
    if (c.speaker !== undefined) cluster.speaker = c.speaker;
    return cluster;
  });
}

/** Comparison tokens of a quote: all its words, normalised. */
export function quoteTokens(text: string): string[] {
  return tokenize(text);
}
