import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { claimUnitsOf, confidenceOf, matchTerms, outletMembers, termWeights } from '../../src/lib/claims.ts';
import { sentencePairEvidence } from '../../src/lib/sentence-pairs.ts';
import { terms } from '../../src/lib/terms.ts';
import type { StoryComparison } from '../../src/lib/types.ts';
import { SHIPPED_STORY, shippedStory } from '../support/shipped-story.ts';

let comparison: StoryComparison;
let source: Map<string, string>;

beforeAll(async () => {
  ({ comparison } = await shippedStory());
  const { articles } = await readStory(SHIPPED_STORY);
  source = new Map(articles.map((a) => [a.slug, a.source]));
});

describe('sentencePairEvidence on the real articles', () => {
  it('gives two members of one claim what they share with each other, not with the claim', () => {
    // One claim holds both (IntelliNews through JournalPosts' wording, Top Real News through Kurdistan24's) ...
    const claim = comparison.claimClusters.find((c) =>
      ['intellinews-p3-s1', 'top-real-news-p2-s2'].every((id) => c.members.some((m) => m.sentenceId === id)),
    )!;
    const intellinews = claim.members.find((m) => m.sentenceId === 'intellinews-p3-s1')!;
    expect(intellinews.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['believed', 'amid', 'chaos']));
    // ... but the two sentences share three terms, and score a possible match with each other.
    const shared = sentencePairEvidence(comparison, 'intellinews-p3-s1', 'top-real-news-p2-s2');
    expect(shared.a.map((e) => e.text)).toEqual(['US', 'collapse', 'prisons']);
    expect(shared.b.map((e) => e.text)).toEqual(['U.S.', 'prisons', 'collapsed']);
    expect(confidenceOf(shared.score)).toBe('weak');
  });

  it('scores a pair exactly as alignment does, whichever side comes first', () => {
    const units = claimUnitsOf(comparison.outlets);
    const weights = termWeights(units);
    const [a, b] = ['kurdistan24-p11-s1', 'intellinews-p12-s1'].map((id) => units.find((u) => u.id === id)!);
    const expected = matchTerms(a!.tokens, b!.tokens, weights, Math.abs(a!.position - b!.position)).score;
    expect(sentencePairEvidence(comparison, a!.id, b!.id).score).toBe(expected);
    expect(sentencePairEvidence(comparison, b!.id, a!.id).score).toBe(expected);
  });

  it('marks, for every pair of outlets in every claim, only terms the other sentence prints, each an exact slice of its source', () => {
    const keys = (text: string): Set<string> => new Set(terms(text).map((t) => t.key));
    let marked = 0;
    for (const cluster of comparison.claimClusters) {
      const members = outletMembers(cluster);
      for (const ma of members) {
        for (const mb of members) {
          if (ma.outlet >= mb.outlet) continue;
          const shared = sentencePairEvidence(comparison, ma.sentenceId, mb.sentenceId);
          for (const [own, other, spans] of [
            [ma, mb, shared.a],
            [mb, ma, shared.b],
          ] as const) {
            const printed = keys(other.text);
            for (const e of spans) {
              expect(source.get(own.outlet)!.slice(e.start, e.end)).toBe(e.text);
              expect(
                [...keys(e.text)].some((k) => printed.has(k)),
                `${own.sentenceId} "${e.text}" in ${other.sentenceId}`,
              ).toBe(true);
              marked++;
            }
          }
        }
      }
    }
    expect(marked).toBeGreaterThan(500);
  });

  it('names the sentence it does not know', () => {
    expect(() => sentencePairEvidence(comparison, 'intellinews-p3-s1', 'nowhere-p1-s1')).toThrow(/nowhere-p1-s1/);
  });
});
