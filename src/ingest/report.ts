/**
 * What the next build will add for a new article, from the story's comparison with it in:
 * printed by `npm run add-article` so the author sees the effect before building.
 */
import { describeDifferences, type FindingKind, type StoryComparison } from '../lib/index.ts';
import type { RemovedBlock } from './markdown.ts';

export interface AdditionSummary {
  outletPage: string;
  /** Pairwise comparison pages with the new outlet, as `compare/<a>/<b>/` with a < b by slug. */
  pairPages: string[];
  outlets: number;
  sentences: number;
  /** Paragraph sentences no other outlet has. */
  uniqueSentences: number;
  /** Claim and quote clusters this outlet shares with at least one other outlet. */
  sharedClaims: number;
  sharedQuotes: number;
  /** Differences between this outlet and others, by kind. */
  findings: Partial<Record<FindingKind, number>>;
}

export function summarizeAddition(comparison: StoryComparison, slug: string): AdditionSummary {
  const story = comparison.story.slug;
  const outlet = comparison.outlets.find((o) => o.slug === slug);
  if (outlet === undefined) throw new Error(`outlet "${slug}" is not in story "${story}"`);
  const shared = (clusters: readonly { members: readonly { outlet: string }[] }[]) =>
    clusters.filter((c) => c.members.some((m) => m.outlet === slug) && c.members.some((m) => m.outlet !== slug)).length;
  const findings: Partial<Record<FindingKind, number>> = {};
  for (const f of describeDifferences(comparison).findings) {
    if (f.sides.some((side) => side.outlets.includes(slug))) findings[f.kind] = (findings[f.kind] ?? 0) + 1;
  }
  return {
    outletPage: `/${story}/${slug}/`,
    pairPages: comparison.outlets
      .filter((o) => o.slug !== slug)
      .map((o) => {
        const [a, b] = [o.slug, slug].sort();
        return `/${story}/compare/${a}/${b}/`;
      }),
    outlets: comparison.outlets.length,
    sentences: outlet.sentences.filter((s) => s.inParagraph).length,
    uniqueSentences: outlet.uniqueSentences,
    sharedClaims: shared(comparison.claimClusters),
    sharedQuotes: shared(comparison.quoteClusters),
    findings,
  };
}

export function formatAddition(file: string, removed: readonly RemovedBlock[], summary: AdditionSummary): string {
  const lines = [`Wrote ${file}`];
  if (removed.length > 0) {
    lines.push(
      `Removed ${removed.length} block${removed.length === 1 ? '' : 's'} of site furniture (listed under \`removed\`):`,
    );
    for (const r of removed) lines.push(`  [${r.rule}] ${r.text}`);
  }
  lines.push(
    `The next build will compare ${summary.outlets} outlets and add:`,
    `  outlet page ${summary.outletPage} (${summary.sentences} sentences, ${summary.uniqueSentences} no other outlet has)`,
    `  ${summary.pairPages.length} pairwise comparison pages:`,
    ...summary.pairPages.map((p) => `    ${p}`),
    `  shared with other outlets: ${summary.sharedQuotes} quotes, ${summary.sharedClaims} claims`,
    `  differences with other outlets: ${
      Object.entries(summary.findings)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ') || 'none found'
    }`,
  );
  return lines.join('\n');
}
