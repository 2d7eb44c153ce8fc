import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { outletPairs, pairView } from '../../../src/view/pairs.ts';
import { indexStory, type StoryIndex } from '../../../src/view/story-index.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let index: StoryIndex;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
  index = indexStory(comparison);
});

describe('outletPairs', () => {
  it('lists every unordered pair of distinct outlets once, in slug order', () => {
    const pairs = outletPairs(comparison.outlets).map(([a, b]) => `${a.slug}/${b.slug}`);
    const n = comparison.outlets.length;
    expect(pairs).toHaveLength((n * (n - 1)) / 2);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain('intellinews/kurdistan24');
    expect(pairs).not.toContain('kurdistan24/intellinews');
    for (const [a, b] of outletPairs(comparison.outlets)) expect(a.slug < b.slug).toBe(true);
  });
});

describe('pairView', () => {
  it('aligns exactly the claims both outlets print, and leaves each one’s other paragraph sentences to it alone', () => {
    for (const [a, b] of outletPairs(comparison.outlets)) {
      const view = pairView(index, a.slug, b.slug);
      const both = comparison.claimClusters.filter(
        (c) => c.members.some((m) => m.outlet === a.slug) && c.members.some((m) => m.outlet === b.slug),
      );
      expect([...view.aligned, ...view.possible].map((p) => p.cluster.id).sort()).toEqual(both.map((c) => c.id).sort());
      for (const { a: sa, b: sb, ma, mb, confidence } of view.aligned) {
        expect(sa.outlet).toBe(a.slug);
        expect(sb.outlet).toBe(b.slug);
        expect([ma.sentenceId, mb.sentenceId]).toEqual([sa.id, sb.id]);
        expect(confidence).not.toBe('weak');
      }
      for (const { ma, mb } of view.possible) expect([ma.confidence, mb.confidence]).toContain('weak');
      const alignedA = new Set([...view.aligned, ...view.possible].map((p) => p.a.id));
      expect(view.onlyA.some((s) => alignedA.has(s.id))).toBe(false);
      expect(new Set([...alignedA, ...view.onlyA.map((s) => s.id)])).toEqual(
        new Set(a.sentences.filter((s) => s.inParagraph).map((s) => s.id)),
      );
    }
  });

  it('Kurdistan24 and bne IntelliNews share more claims than Daljoog News and JournalPosts', () => {
    const close = pairView(index, 'kurdistan24', 'intellinews').aligned.length;
    const far = pairView(index, 'daljoog-news', 'journalposts').aligned.length;
    expect(close).toBeGreaterThan(far);
  });
});
