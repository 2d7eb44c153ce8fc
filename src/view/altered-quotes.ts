/**
 * The overview's lists of quotes whose wording differs: altered against a reference (the wording a
 * strict majority of outlets print, or the original report's), and quotes printed in different
 * wordings with no reference, where nobody is blamed.
 */
import type { QuoteCluster, QuoteMember, QuoteReference, StoryComparison } from '../lib/index.ts';

export interface AlteredQuote {
  cluster: QuoteCluster;
  member: QuoteMember;
  reference: QuoteReference;
  /** A member of another outlet printing the reference wording, to compare against. */
  referenceMember?: QuoteMember;
}

/** Quotes printed with altered wording (against the cluster's reference), in reading order. */
export function alteredQuotes(comparison: StoryComparison): AlteredQuote[] {
  return comparison.quoteClusters.flatMap((cluster) => {
    const reference = cluster.reference;
    if (reference === undefined) return [];
    return cluster.members
      .filter((m) => m.label === 'altered')
      .map((member) => {
        const referenceMember = cluster.members.find((m) => m.label === 'verbatim' && m.outlet !== member.outlet);
        return { cluster, member, reference, ...(referenceMember !== undefined && { referenceMember }) };
      });
  });
}

/** Quotes two or more outlets print in different wordings with no reference to judge them by, in reading order. */
export function differingQuotes(comparison: StoryComparison): QuoteCluster[] {
  return comparison.quoteClusters.filter(
    (c) => c.reference === undefined && new Set(c.members.map((m) => m.outlet)).size > 1,
  );
}

/** What a quote label says to a reader. */
export function quoteLabelText(label: QuoteMember['label']): string {
  return label === 'differs' ? 'wordings differ' : label;
}

/**
 * One sentence naming what a cluster's labels are relative to: which outlets print the reference
 * wording, or that there is none. `name` turns an outlet slug into its name.
 */
export function referenceNote(cluster: QuoteCluster, name: (slug: string) => string): string {
  const r = cluster.reference;
  const outlets = new Set(cluster.members.map((m) => m.outlet)).size;
  if (r === undefined)
    return `No wording is printed by a majority of the ${outlets} outlets, and the original report is not among the articles: each wording is shown, none is called altered.`;
  const names = r.outlets.map(name).join(', ');
  if (r.basis === 'original') return `Labels compare each wording with the original report’s (${names}).`;
  if (outlets === 1) return `Printed by one outlet (${names}).`;
  return `Labels compare each wording with the one printed by ${r.outlets.length} of the ${r.of} outlets (${names}).`;
}
