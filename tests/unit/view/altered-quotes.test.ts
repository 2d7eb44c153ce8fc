import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { alteredQuotes, differingQuotes, quoteLabelText, referenceNote } from '../../../src/view/altered-quotes.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
});

const name = (slug: string): string => comparison.outlets.find((o) => o.slug === slug)!.outlet;
const quoteContaining = (outlet: string, words: string) =>
  comparison.quoteClusters.find((c) => c.members.some((m) => m.outlet === outlet && m.text.includes(words)))!;

describe('alteredQuotes', () => {
  it('lists every altered member of every quote cluster, in reading order, each with its reference', () => {
    const altered = alteredQuotes(comparison);
    const expected = comparison.quoteClusters.flatMap((c) => c.members.filter((m) => m.label === 'altered'));
    expect(altered.map((a) => a.member)).toEqual(expected);
    expect(altered.length).toBeGreaterThan(0);
    for (const a of altered) expect(a.reference).toBe(a.cluster.reference);
  });

  it('compares each against another outlet that prints the reference wording verbatim', () => {
    for (const { cluster, member, referenceMember } of alteredQuotes(comparison)) {
      expect(referenceMember?.label).toBe('verbatim');
      expect(referenceMember?.outlet).not.toBe(member.outlet);
      expect(cluster.members).toContain(referenceMember);
    }
  });

  it('calls IntelliNews’s “If those 6,000 get out…” altered against the wording three of four outlets print', () => {
    const cluster = quoteContaining('intellinews', 'If those 6,000 get out');
    expect(cluster.reference).toMatchObject({
      basis: 'majority',
      outlets: ['journalposts', 'kurdistan24', 'top-real-news'],
      of: 4,
    });
    expect(cluster.members.find((m) => m.outlet === 'intellinews')!.label).toBe('altered');
    expect(referenceNote(cluster, name)).toBe(
      'Labels compare each wording with the one printed by 3 of the 4 outlets (JournalPosts, Kurdistan24, Top Real News).',
    );
  });
});

describe('no verdict without a reference', () => {
  it('labels the two wordings of “a 2014 scenario” (two outlets, no majority) as differing, blaming neither', () => {
    const cluster = quoteContaining('intellinews', 'a 2014 scenario');
    expect(cluster.reference).toBeUndefined();
    expect(cluster.members.map((m) => m.outlet).sort()).toEqual(['intellinews', 'kurdistan24']);
    expect(cluster.members.map((m) => m.label)).toEqual(['differs', 'differs']);
    expect(differingQuotes(comparison)).toContain(cluster);
    expect(alteredQuotes(comparison).some((a) => a.cluster === cluster)).toBe(false);
    expect(quoteLabelText('differs')).toBe('wordings differ');
    expect(referenceNote(cluster, name)).toMatch(/^No wording is printed by a majority of the 2 outlets/);
  });

  it('never labels a member altered, verbatim or trimmed in a cluster without a reference', () => {
    for (const c of comparison.quoteClusters)
      if (c.reference === undefined) for (const m of c.members) expect(m.label).toBe('differs');
  });
});
