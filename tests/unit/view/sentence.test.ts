import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { sentencePieces, sharedWith } from '../../../src/view/sentence.ts';
import { indexStory, type StoryIndex } from '../../../src/view/story-index.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let index: StoryIndex;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
  index = indexStory(comparison);
});

describe('sentencePieces', () => {
  it('spells every sentence of every outlet exactly', () => {
    for (const outlet of comparison.outlets) {
      for (const sentence of outlet.sentences) {
        expect(
          sentencePieces(index, outlet, sentence)
            .map((p) => p.text)
            .join(''),
        ).toBe(sentence.text);
      }
    }
  });

  it('marks Kurdistan24’s dateline at the start of its first sentence only', () => {
    const k24 = index.outlet('kurdistan24');
    const [first, second] = k24.sentences;
    expect(sentencePieces(index, k24, first!)[0]).toEqual({ text: 'ERBIL (Kurdistan24)', kind: 'dateline' });
    expect(sentencePieces(index, k24, second!).some((p) => p.kind === 'dateline')).toBe(false);
  });

  it('marks each top-level quote, and an altered one as altered', () => {
    for (const outlet of comparison.outlets) {
      for (const sentence of outlet.sentences) {
        const quoted = sentencePieces(index, outlet, sentence).filter(
          (p) => p.kind === 'quote' || p.kind === 'altered',
        );
        for (const piece of quoted) {
          const quote = outlet.quotes.find((q) => q.parent === undefined && q.text.includes(piece.text));
          expect(quote).toBeDefined();
          const altered = index.quoteCluster(quote!.id)?.member.label === 'altered';
          expect(piece.kind).toBe(altered ? 'altered' : 'quote');
        }
      }
    }
  });
});

describe('sharedWith', () => {
  it('names each other outlet that prints the sentence’s claims once, never the sentence’s own outlet', () => {
    for (const outlet of comparison.outlets) {
      for (const sentence of outlet.sentences) {
        const shared = sharedWith(index, sentence);
        const expected = new Set(
          sentence.claimClusterIds.flatMap((id) => index.claim(id).members.map((m) => m.outlet)),
        );
        expected.delete(outlet.slug);
        expect(new Set(shared.map((s) => s.outlet.slug))).toEqual(expected);
        expect(shared.map((s) => s.outlet.slug)).toHaveLength(expected.size);
        expect(sentence.unique).toBe(sentence.inParagraph && shared.length === 0);
      }
    }
  });
});
