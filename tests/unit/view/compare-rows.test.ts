import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { compareRows, type CompareRow } from '../../../src/view/compare-rows.ts';
import { indexStory } from '../../../src/view/story-index.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let rows: CompareRow[];
beforeAll(async () => {
  ({ comparison } = await shippedStory());
  rows = compareRows(indexStory(comparison));
});

describe('compareRows on the shipped story', () => {
  it('has one row per claim, in the claims’ reading order', () => {
    expect(rows.filter((r) => r.cluster !== undefined).map((r) => r.id)).toEqual(
      comparison.claimClusters.map((c) => c.id),
    );
  });

  it('shows every paragraph sentence exactly once and no heading, caption or credit', () => {
    for (const outlet of comparison.outlets) {
      const shown = rows.flatMap((r) => r.cells.get(outlet.slug) ?? []);
      const own = shown.filter((s) => s.claimClusterIds.length === 0);
      expect(new Set(own.map((s) => s.id)).size).toBe(own.length);
      expect(shown.every((s) => s.inParagraph)).toBe(true);
      const expected = outlet.sentences.filter((s) => s.inParagraph).map((s) => s.id);
      expect(new Set(shown.map((s) => s.id))).toEqual(new Set(expected));
    }
  });

  it('puts own sentences in rows of their own, right after the last claim their outlet printed before them', () => {
    const order = new Map(comparison.claimClusters.map((c, i) => [c.id, i]));
    for (const outlet of comparison.outlets) {
      let last = -1;
      for (const sentence of outlet.sentences.filter((s) => s.inParagraph)) {
        if (sentence.claimClusterIds.length > 0) {
          last = Math.max(last, ...sentence.claimClusterIds.map((id) => order.get(id) ?? -1));
          continue;
        }
        const row = rows.find((r) => r.cells.get(outlet.slug)?.includes(sentence));
        expect(row?.cluster).toBeUndefined();
        expect(row?.id).toBe(last < 0 ? 'own-start' : `own-after-${comparison.claimClusters[last]!.id}`);
      }
    }
  });
});
