import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../src/lib/index.ts';
import { sameWordShare, wordDiff } from '../../src/lib/word-diff.ts';
import { shippedStory } from '../support/shipped-story.ts';

const join = (parts: readonly DiffPart[], side: 'from' | 'to'): string =>
  parts
    .filter((p) => (side === 'from' ? !p.added : !p.removed))
    .map((p) => p.value)
    .join('');

describe('wordDiff', () => {
  it('rebuilds both wordings exactly, spacing included', () => {
    const from = '2014 ISIS is on our border situation once more';
    const to = 'a 2014  scenario when ISIS was back on the border';
    const parts = wordDiff(from, to);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(from);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(to);
  });

  it('keeps a number whole: "6,000" is one token, so a changed figure reads as one change', () => {
    const parts = wordDiff('nearly 6,000 ISIS detainees', 'around 6000 IS detainees');
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['nearly', '6,000', 'ISIS']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['around', '6000', 'IS']);
    // The same figure under different hedges is kept whole, not cut into "6" "," "000".
    expect(wordDiff('nearly 6,000 fighters', 'roughly 6,000 fighters')).toContainEqual({
      value: ' 6,000 fighters',
      added: false,
      removed: false,
    });
  });

  it('rebuilds every real quote of the shipped story from its diff against the canonical wording', async () => {
    const { comparison } = await shippedStory();
    let checked = 0;
    for (const cluster of comparison.quoteClusters) {
      for (const member of cluster.members) {
        const parts = wordDiff(cluster.canonical, member.text);
        expect(join(parts, 'from')).toBe(cluster.canonical);
        expect(join(parts, 'to')).toBe(member.text);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives one unchanged part for identical texts', () => {
    expect(wordDiff('the worst of the worst', 'the worst of the worst')).toEqual([
      { value: 'the worst of the worst', added: false, removed: false },
    ]);
  });
});

describe('sameWordShare', () => {
  it('is the share of both sides’ words the diff keeps', () => {
    expect(sameWordShare(wordDiff('a b c d', 'a b c d'))).toBe(1);
    expect(sameWordShare(wordDiff('alpha beta', 'gamma delta'))).toBe(0);
    // 3 of 4 words kept on each side: 6 of 8.
    expect(sameWordShare(wordDiff('we saw severe crisis', 'we saw sharp crisis'))).toBeCloseTo(0.75);
  });
});
