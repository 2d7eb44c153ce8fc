import { describe, expect, it } from 'vitest';
import { candidatePairs, matchTokens, ngrams, similarity, NGRAM_MAX_POSTINGS_PER_OUTLET } from '../../src/lib/align.ts';
import { contentTokens, tokenize } from '../../src/lib/normalize.ts';
import { quoteLabel } from '../../src/lib/quote-clusters.ts';

describe('tokenize', () => {
  it('ignores case, punctuation and quote styles', () => {
    expect(tokenize('“The Worst,” he said.')).toEqual(tokenize('"the worst" HE SAID'));
  });
  it('reads "6,000" as "6000" and "U.S." as "US"', () => {
    expect(tokenize('6,000 U.S. agencies')).toEqual(['6000', 'us', 'agencies']);
    expect(tokenize('multiple U.S .agencies')).toEqual(['multiple', 'us', 'agencies']);
  });
  it('keeps apostrophes inside words from splitting them, curly or straight', () => {
    expect(tokenize('CENTCOM’s don’t')).toEqual(tokenize("CENTCOM's don't"));
    expect(tokenize('CENTCOM’s')).toEqual(['centcoms']);
  });
  it('composes accents', () => {
    expect(tokenize('cafe\u0301')).toEqual(tokenize('café'));
  });
  it('drops stopwords for content tokens', () => {
    expect(contentTokens(tokenize('The official said that the prisons were full'))).toEqual([
      'official',
      'prisons',
      'full',
    ]);
  });
});

describe('matchTokens and similarity', () => {
  it('scores identical lists 1 and disjoint lists 0', () => {
    expect(similarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(similarity(['a', 'b'], ['c', 'd'])).toBe(0);
    expect(similarity([], ['a'])).toBe(0);
  });
  it('counts the longest common subsequence and where it lies', () => {
    const m = matchTokens(['we', 'saw', 'this', 'severe', 'crisis'], ['we', 'saw', 'a', 'sharp', 'crisis']);
    expect(m.common).toBe(3);
    expect(m.matchedA).toEqual([0, 1, 4]);
    expect(m.matchedB).toEqual([0, 1, 4]);
    expect(m.dice).toBeCloseTo(0.6);
  });
  it('gives up (no match) when the lists cannot reach the minimum similarity', () => {
    expect(matchTokens(['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'z'], 0.9).common).toBe(0);
  });
});

describe('candidatePairs', () => {
  it('pairs only units of different outlets that share a key', () => {
    const units = [
      { outlet: 'a', tokens: ['x', 'y'] },
      { outlet: 'a', tokens: ['x', 'y'] },
      { outlet: 'b', tokens: ['x', 'y'] },
      { outlet: 'b', tokens: ['p', 'q'] },
    ];
    expect(
      candidatePairs(
        units,
        units.map((u) => ngrams(u.tokens, 2)),
      ),
    ).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
  it('ignores a key repeated all through every text', () => {
    const units = Array.from({ length: 2 * (NGRAM_MAX_POSTINGS_PER_OUTLET + 1) }, (_, i) => ({
      outlet: i % 2 === 0 ? 'a' : 'b',
      tokens: ['official', 'said'],
    }));
    expect(
      candidatePairs(
        units,
        units.map((u) => ngrams(u.tokens, 2)),
      ),
    ).toEqual([]);
  });
});

describe('quoteLabel', () => {
  const canonical = tokenize('If these 6,000 or so got out');
  it('labels verbatim, trimmed and altered wordings', () => {
    expect(quoteLabel(tokenize('If these 6000 or so got out.'), canonical)).toBe('verbatim');
    expect(quoteLabel(tokenize('or so got out'), canonical)).toBe('trimmed');
    expect(quoteLabel(tokenize('If those 6,000 get out'), canonical)).toBe('altered');
  });
});
