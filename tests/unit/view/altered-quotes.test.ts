import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { alteredQuotes } from '../../../src/view/altered-quotes.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
});

describe('alteredQuotes', () => {
  it('lists every altered member of every quote cluster, in reading order', () => {
    const altered = alteredQuotes(comparison);
    const expected = comparison.quoteClusters.flatMap((c) => c.members.filter((m) => m.label === 'altered'));
    expect(altered.map((a) => a.member)).toEqual(expected);
    expect(altered.length).toBeGreaterThan(0);
  });

  it('compares each against another outlet that prints the canonical wording verbatim, when there is one', () => {
    for (const { cluster, member, reference } of alteredQuotes(comparison)) {
      if (reference === undefined) {
        expect(cluster.members.some((m) => m.label === 'verbatim' && m.outlet !== member.outlet)).toBe(false);
      } else {
        expect(reference.label).toBe('verbatim');
        expect(reference.outlet).not.toBe(member.outlet);
        expect(cluster.members).toContain(reference);
      }
    }
  });
});
