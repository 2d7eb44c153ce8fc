/** Two outlets side by side: the pairwise pages. */
import type { ClaimCluster, OutletAnalysis, Sentence, StoryComparison } from '../lib/index.ts';
import type { StoryIndex } from './story-index.ts';

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
    index.outlet(slug).sentences.filter((s) => s.inParagraph && !shared.has(s.id));
  return { aligned, onlyA: rest(a, sharedA), onlyB: rest(b, sharedB) };
}

/** Every ordered pair of distinct outlets: A on the left is the outlet the reader came from. */
export function outletPairs(comparison: StoryComparison): [OutletAnalysis, OutletAnalysis][] {
  return comparison.outlets.flatMap((a) =>
    comparison.outlets.filter((b) => b !== a).map((b) => [a, b] as [OutletAnalysis, OutletAnalysis]),
  );
}
