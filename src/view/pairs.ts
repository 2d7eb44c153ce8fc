/** Two outlets side by side: the pairwise pages. */
import {
  outletMembers,
  sentencePairEvidence,
  type ClaimCluster,
  type ClaimMember,
  type Confidence,
  type Sentence,
  type SentencePairEvidence,
} from '../lib/index.ts';
import type { StoryIndex } from './story-index.ts';
import { inPairOrder } from './urls.ts';

export interface AlignedPair {
  cluster: ClaimCluster;
  a: Sentence;
  b: Sentence;
  /** Each outlet's member of the cluster: its score and matched part in the claim. */
  ma: ClaimMember;
  mb: ClaimMember;
  /** What the two sentences share with each other, and the pair's own score. */
  shared: SentencePairEvidence;
  /** The weaker of the two members' confidences: how sure the site is that the two state one claim. */
  confidence: Confidence;
}

export interface PairView {
  /** Claims both print (strong and likely alignments), in reading order. */
  aligned: AlignedPair[];
  /** Possible matches (weak alignments): shown with their evidence, not counted as shared. */
  possible: AlignedPair[];
  /** A's paragraph sentences that line up with nothing of B's (not even as a possible match). */
  onlyA: Sentence[];
  onlyB: Sentence[];
}

/** Everything two outlets print side by side: shared claims in reading order, then each one's rest. */
export function pairView(index: StoryIndex, a: string, b: string): PairView {
  const aligned: AlignedPair[] = [];
  const possible: AlignedPair[] = [];
  const sharedA = new Set<string>();
  const sharedB = new Set<string>();
  for (const cluster of index.comparison.claimClusters) {
    const members = outletMembers(cluster);
    const ma = members.find((m) => m.outlet === a);
    const mb = members.find((m) => m.outlet === b);
    if (ma === undefined || mb === undefined) continue;
    const confidence =
      ma.confidence === 'weak' || mb.confidence === 'weak' ? 'weak' : weaker(ma.confidence, mb.confidence);
    const pair = {
      cluster,
      a: index.sentence(ma.sentenceId),
      b: index.sentence(mb.sentenceId),
      ma,
      mb,
      shared: sentencePairEvidence(index.comparison, ma.sentenceId, mb.sentenceId),
      confidence,
    };
    (confidence === 'weak' ? possible : aligned).push(pair);
    sharedA.add(ma.sentenceId);
    sharedB.add(mb.sentenceId);
  }
  const rest = (slug: string, shared: Set<string>): Sentence[] =>
    index.outlet(slug).sentences.filter((s) => s.inParagraph && !shared.has(s.id));
  return { aligned, possible, onlyA: rest(a, sharedA), onlyB: rest(b, sharedB) };
}

function weaker(x: Confidence, y: Confidence): Confidence {
  return x === 'likely' || y === 'likely' ? 'likely' : x;
}

/**
 * Every unordered pair of distinct outlets once, in pair order (src/view/urls.ts): n outlets have
 * n(n−1)/2 pair pages. The other order is the same page with its sides swapped, not a page of its
 * own: it would repeat the same diff mirrored, and double the pages a story with many outlets
 * builds (380 instead of 190 for 20 outlets).
 */
export function outletPairs<O extends { slug: string }>(outlets: readonly O[]): [O, O][] {
  return outlets.flatMap((a) => outlets.filter((b) => inPairOrder(a.slug, b.slug)).map((b) => [a, b] as [O, O]));
}
