/**
 * Read-only views over one StoryComparison for the pages: look-ups, the rows of the side-by-side
 * table, the pairwise alignment and the "what differs" list. Presentation only: nothing here
 * decides what is shared; it rearranges what the analysis engine found.
 */
import type {
  ClaimCluster,
  OutletAnalysis,
  QuoteCluster,
  QuoteMember,
  Sentence,
  StoryComparison,
} from '../lib/types.ts';
import { sameWordShare, wordDiff } from './diff.ts';

export interface StoryIndex {
  comparison: StoryComparison;
  outlet: (slug: string) => OutletAnalysis;
  sentence: (id: string) => Sentence;
  claim: (id: string) => ClaimCluster;
  /** The quote cluster a quote belongs to, with that quote's membership, if it was clustered. */
  quoteCluster: (quoteId: string) => { cluster: QuoteCluster; member: QuoteMember } | undefined;
}

export function indexStory(comparison: StoryComparison): StoryIndex {
  const outlets = new Map(comparison.outlets.map((o) => [o.slug, o]));
  const sentences = new Map(comparison.outlets.flatMap((o) => o.sentences.map((s) => [s.id, s] as const)));
  const claims = new Map(comparison.claimClusters.map((c) => [c.id, c]));
  const quotes = new Map(
    comparison.quoteClusters.flatMap((cluster) =>
      cluster.members.map((member) => [member.quoteId, { cluster, member }] as const),
    ),
  );
  const need = <T>(map: Map<string, T>, key: string, what: string): T => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`story ${comparison.story.slug}: no ${what} "${key}"`);
    return found;
  };
  return {
    comparison,
    outlet: (slug) => need(outlets, slug, 'outlet'),
    sentence: (id) => need(sentences, id, 'sentence'),
    claim: (id) => need(claims, id, 'claim cluster'),
    quoteCluster: (quoteId) => quotes.get(quoteId),
  };
}

/** A sentence that takes part in alignment (paragraph text, not a heading, caption or credit). */
export function isParagraphSentence(outlet: OutletAnalysis, sentence: Sentence): boolean {
  return outlet.blocks[sentence.block]?.kind === 'paragraph';
}

export function paragraphSentences(outlet: OutletAnalysis): Sentence[] {
  return outlet.sentences.filter((s) => isParagraphSentence(outlet, s));
}

export interface SharedSentence {
  outlet: OutletAnalysis;
  sentenceId: string;
}

/** The other outlets' sentences that line up with this one, at most one per outlet, in outlet order. */
export function sharedWith(index: StoryIndex, sentence: Sentence): SharedSentence[] {
  const found = new Map<string, string>();
  for (const clusterId of sentence.claimClusterIds) {
    for (const member of index.claim(clusterId).members) {
      if (member.outlet !== sentence.outlet && !found.has(member.outlet)) found.set(member.outlet, member.sentenceId);
    }
  }
  return index.comparison.outlets
    .filter((o) => found.has(o.slug))
    .map((o) => ({ outlet: o, sentenceId: found.get(o.slug) ?? '' }));
}

/** One row of the side-by-side table: a claim cluster, or the outlets' own sentences that follow it. */
export interface CompareRow {
  /** Anchor of the row: the cluster id, or `own-<n>` for a row of own sentences. */
  id: string;
  cluster?: ClaimCluster;
  /** Sentences per outlet slug; outlets absent from the map are silent in this row. */
  cells: Map<string, Sentence[]>;
}

/**
 * Claim clusters in reading order, with every sentence that belongs to no cluster placed right
 * after the cluster its outlet printed just before it, so each column still reads in the outlet's order.
 */
export function compareRows(index: StoryIndex): CompareRow[] {
  const { claimClusters, outlets } = index.comparison;
  const order = new Map(claimClusters.map((c, i) => [c.id, i]));
  const ownAfter = new Map<number, Map<string, Sentence[]>>();
  for (const outlet of outlets) {
    let last = -1;
    for (const sentence of paragraphSentences(outlet)) {
      if (sentence.claimClusterIds.length > 0) {
        last = sentence.claimClusterIds.reduce((at, id) => Math.max(at, order.get(id) ?? -1), last);
        continue;
      }
      const row = ownAfter.get(last) ?? new Map<string, Sentence[]>();
      row.set(outlet.slug, [...(row.get(outlet.slug) ?? []), sentence]);
      ownAfter.set(last, row);
    }
  }
  const rows: CompareRow[] = [];
  const pushOwn = (at: number): void => {
    const cells = ownAfter.get(at);
    if (cells !== undefined)
      rows.push({ id: at < 0 ? 'own-start' : `own-after-${claimClusters[at]?.id ?? at}`, cells });
  };
  pushOwn(-1);
  claimClusters.forEach((cluster, i) => {
    const cells = new Map<string, Sentence[]>();
    for (const member of cluster.members)
      cells.set(member.outlet, [...(cells.get(member.outlet) ?? []), index.sentence(member.sentenceId)]);
    rows.push({ id: cluster.id, cluster, cells });
    pushOwn(i);
  });
  return rows;
}

export interface AlignedPair {
  cluster: ClaimCluster;
  a: Sentence;
  b: Sentence;
}

export interface PairView {
  aligned: AlignedPair[];
  /** A's paragraph sentences that line up with nothing of B's. */
  onlyA: Sentence[];
  onlyB: Sentence[];
}

/** Everything two outlets print side by side: shared claims in reading order, then each one's rest. */
export function pairView(index: StoryIndex, a: string, b: string): PairView {
  const aligned: AlignedPair[] = [];
  const sharedA = new Set<string>();
  const sharedB = new Set<string>();
  for (const cluster of index.comparison.claimClusters) {
    const ma = cluster.members.find((m) => m.outlet === a);
    const mb = cluster.members.find((m) => m.outlet === b);
    if (ma === undefined || mb === undefined) continue;
    aligned.push({ cluster, a: index.sentence(ma.sentenceId), b: index.sentence(mb.sentenceId) });
    sharedA.add(ma.sentenceId);
    sharedB.add(mb.sentenceId);
  }
  const rest = (slug: string, shared: Set<string>): Sentence[] =>
    paragraphSentences(index.outlet(slug)).filter((s) => !shared.has(s.id));
  return { aligned, onlyA: rest(a, sharedA), onlyB: rest(b, sharedB) };
}

/** Every ordered pair of distinct outlets: A on the left is the outlet the reader came from. */
export function outletPairs(comparison: StoryComparison): [OutletAnalysis, OutletAnalysis][] {
  return comparison.outlets.flatMap((a) =>
    comparison.outlets.filter((b) => b !== a).map((b) => [a, b] as [OutletAnalysis, OutletAnalysis]),
  );
}

/** Quantities as printed, with the hedge in front of them: "nearly 6,000" → "nearly 6000". */
export function quantities(text: string): string[] {
  const found = text.matchAll(
    /\b(?:(nearly|around|roughly|about|approximately|almost|some|over|more than|fewer than|less than|up to|at least|thousands of)\s+)?(\d[\d,.]*\d|\d)/gi,
  );
  return [
    ...new Set(
      [...found].map((m) => `${m[1] === undefined ? '' : `${m[1].toLowerCase()} `}${(m[2] ?? '').replace(/,/g, '')}`),
    ),
  ].sort();
}

export interface AlteredQuote {
  cluster: QuoteCluster;
  member: QuoteMember;
  /** An outlet printing the canonical wording, to compare against. */
  reference?: QuoteMember;
}

export interface ClaimDifference {
  cluster: ClaimCluster;
  /** The two members to compare, most different first. */
  a: { outlet: string; sentenceId: string; text: string; quantities: string[] };
  b: { outlet: string; sentenceId: string; text: string; quantities: string[] };
  /** Why it is listed. */
  kind: 'quantities' | 'wording';
}

/** Lowest share of unchanged words below which two members of a claim count as worded differently in substance. */
export const SUBSTANTIAL_REWORDING = 0.35;

/** Quotes printed with altered wording, in reading order. */
export function alteredQuotes(comparison: StoryComparison): AlteredQuote[] {
  return comparison.quoteClusters.flatMap((cluster) => {
    const reference = cluster.members.find((m) => m.label === 'verbatim');
    return cluster.members
      .filter((m) => m.label === 'altered')
      .map((member) => ({
        cluster,
        member,
        ...(reference !== undefined && reference.outlet !== member.outlet && { reference }),
      }));
  });
}

/**
 * Claims whose members differ in substance: they print different quantities (or different hedges
 * on them: "nearly 6,000" / "around 6,000"), or two of them share fewer than SUBSTANTIAL_REWORDING
 * of their words. For each claim, the most different pair is returned.
 */
export function claimDifferences(comparison: StoryComparison): ClaimDifference[] {
  const out: ClaimDifference[] = [];
  for (const cluster of comparison.claimClusters) {
    const members = cluster.members.map((m) => ({
      outlet: m.outlet,
      sentenceId: m.sentenceId,
      text: m.text,
      quantities: quantities(m.text),
    }));
    let best: ClaimDifference | undefined;
    let bestScore = Infinity;
    for (const [i, a] of members.entries()) {
      for (const b of members.slice(i + 1)) {
        const both = a.quantities.length > 0 && b.quantities.length > 0;
        const differ = both && a.quantities.join('|') !== b.quantities.join('|');
        const same = sameWordShare(wordDiff(a.text, b.text));
        const score = differ ? same - 1 : same;
        if (score < bestScore && (differ || same < SUBSTANTIAL_REWORDING)) {
          bestScore = score;
          best = { cluster, a, b, kind: differ ? 'quantities' : 'wording' };
        }
      }
    }
    if (best !== undefined) out.push(best);
  }
  return out;
}

/** Props of every component that renders a part of one story. */
export interface ComparisonProps {
  comparison: StoryComparison;
}

/** A piece of a sentence as it is rendered: plain text, the dateline, or (part of) a quote. */
export interface Segment {
  text: string;
  kind: 'text' | 'dateline' | 'quote' | 'altered';
}

/**
 * Cuts a sentence into plain text, its dateline (when the sentence opens with it) and the
 * top-level quotes that overlap it. Joining the segments' text gives the sentence exactly.
 */
export function sentenceSegments(index: StoryIndex, outlet: OutletAnalysis, sentence: Sentence): Segment[] {
  const marks: { start: number; end: number; kind: Segment['kind'] }[] = [];
  const { dateline } = outlet;
  if (dateline !== undefined && sentence.text.startsWith(dateline) && outlet.sentences[0] === sentence) {
    marks.push({ start: sentence.start, end: sentence.start + dateline.length, kind: 'dateline' });
  }
  for (const quote of outlet.quotes) {
    if (quote.parent !== undefined || quote.end <= sentence.start || quote.start >= sentence.end) continue;
    const altered = index.quoteCluster(quote.id)?.member.label === 'altered';
    marks.push({
      start: Math.max(quote.start, sentence.start),
      end: Math.min(quote.end, sentence.end),
      kind: altered ? 'altered' : 'quote',
    });
  }
  marks.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = sentence.start;
  const take = (end: number, kind: Segment['kind']): void => {
    if (end > at) segments.push({ text: sentence.text.slice(at - sentence.start, end - sentence.start), kind });
    at = Math.max(at, end);
  };
  for (const mark of marks) {
    if (mark.start < at) continue;
    take(mark.start, 'text');
    take(mark.end, mark.kind);
  }
  take(sentence.end, 'text');
  return segments;
}

/** Runs of blocks as they are laid out: a photo caption keeps the credits that follow it. */
export interface BlockGroup {
  kind: 'paragraph' | 'heading' | 'figure' | 'credit';
  /** Indices into `OutletAnalysis.blocks`. */
  blocks: number[];
}

export function blockGroups(outlet: OutletAnalysis): BlockGroup[] {
  const groups: BlockGroup[] = [];
  outlet.blocks.forEach((block, i) => {
    const last = groups.at(-1);
    if (block.kind === 'credit' && last?.kind === 'figure') last.blocks.push(i);
    else groups.push({ kind: block.kind === 'caption' ? 'figure' : block.kind, blocks: [i] });
  });
  return groups;
}
