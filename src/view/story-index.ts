/**
 * Look-ups over one StoryComparison for the pages: an outlet, a sentence, a claim or the quote
 * cluster of a quote, by id. A missing id is a bug in a page, not in the content, so it throws.
 */
import type {
  ClaimCluster,
  OutletAnalysis,
  QuoteCluster,
  QuoteMember,
  Sentence,
  StoryComparison,
} from '../lib/index.ts';

export interface StoryIndex {
  comparison: StoryComparison;
  outlet: (slug: string) => OutletAnalysis;
  sentence: (id: string) => Sentence;
  claim: (id: string) => ClaimCluster;
  /** The quote cluster a quote belongs to, with that quote's membership, if it was clustered. */
  quoteCluster: (quoteId: string) => { cluster: QuoteCluster; member: QuoteMember } | undefined;
}

/** Props of every component that renders a part of one story. */
export interface ComparisonProps {
  comparison: StoryComparison;
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
