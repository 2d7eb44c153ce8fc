import { describe, expect, it } from 'vitest';
import { sameWordShare, wordDiff } from '../../src/lib/word-diff.ts';

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
