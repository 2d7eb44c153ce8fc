/** The overview's list of quotes printed in altered wording. */
import type { QuoteCluster, QuoteMember, StoryComparison } from '../lib/index.ts';

export interface AlteredQuote {
  cluster: QuoteCluster;
  member: QuoteMember;
  /** An outlet printing the canonical wording, to compare against. */
  reference?: QuoteMember;
}

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
