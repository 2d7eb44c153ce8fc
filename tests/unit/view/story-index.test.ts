import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { indexStory, type StoryIndex } from '../../../src/view/story-index.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let index: StoryIndex;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
  index = indexStory(comparison);
});

describe('indexStory', () => {
  it('finds every outlet, sentence and claim by its id', () => {
    for (const outlet of comparison.outlets) {
      expect(index.outlet(outlet.slug)).toBe(outlet);
      for (const sentence of outlet.sentences) expect(index.sentence(sentence.id)).toBe(sentence);
    }
    for (const claim of comparison.claimClusters) expect(index.claim(claim.id)).toBe(claim);
  });

  it('finds the cluster of every clustered quote, with that quote as its member', () => {
    for (const cluster of comparison.quoteClusters) {
      for (const member of cluster.members) {
        const found = index.quoteCluster(member.quoteId);
        expect(found?.cluster).toBe(cluster);
        expect(found?.member).toBe(member);
      }
    }
    expect(index.quoteCluster('no-such-quote')).toBeUndefined();
  });

  it('throws, naming the story and the id, when a page asks for something that is not there', () => {
    expect(() => index.outlet('fox-news')).toThrow('story isis-detainee-transfer: no outlet "fox-news"');
    expect(() => index.sentence('kurdistan24-p99-s1')).toThrow('no sentence "kurdistan24-p99-s1"');
    expect(() => index.claim('c999')).toThrow('no claim cluster "c999"');
  });
});
