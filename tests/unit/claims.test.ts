import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import {
  CLAIM_CONTAINED_MIN_SCORE,
  CLAIM_MIN_CONTAINMENT,
  CLAIM_MIN_SCORE,
  clusterClaims,
  LABEL_MAX_WORDS,
  scorePairs,
  tokenWeights,
  weightedMatch,
  type ClaimUnit,
} from '../../src/lib/claims.ts';
import { contentTokens, tokenize } from '../../src/lib/normalize.ts';
import type { StoryComparison } from '../../src/lib/types.ts';
import { SHIPPED_STORY } from '../support/shipped-story.ts';

/** A sentence of literal tokens (space-separated), numbered in the order made. */
function units(...sentences: [outlet: string, tokens: string][]): ClaimUnit[] {
  return sentences.map(([outlet, text], i) => ({
    outlet,
    id: `${outlet}-s${i}`,
    text,
    start: 0,
    end: text.length,
    position: i / sentences.length,
    tokens: text.split(' '),
  }));
}

const ids = (result: ReturnType<typeof clusterClaims>): string[][] =>
  result.clusters.map((c) => c.members.map((m) => m.sentenceId));

describe('tokenWeights', () => {
  it('weighs a token by log((N + 1) / the number of sentences that print it), counting a sentence once', () => {
    const weights = tokenWeights(units(['a', 'isis said'], ['b', 'isis biometric'], ['c', 'isis isis']));
    expect(weights.get('isis')).toBeCloseTo(Math.log(4 / 3), 12);
    expect(weights.get('biometric')).toBeCloseTo(Math.log(4), 12);
    expect(weights.get('said')).toBeCloseTo(Math.log(4), 12);
    expect([...weights.keys()].sort()).toEqual(['biometric', 'isis', 'said']);
  });
});

describe('weightedMatch', () => {
  const weights = new Map([
    ['x', 1],
    ['y', 2],
    ['z', 3],
    ['q', 4],
  ]);

  it('scores twice the matched weight over both totals, and the matched share of the lighter side', () => {
    const m = weightedMatch(['x', 'y', 'z'], ['x', 'y', 'q'], weights);
    expect(m.score).toBeCloseTo((2 * 3) / (6 + 7), 12);
    expect(m.containment).toBeCloseTo(3 / 6, 12);
    expect([m.matchedA, m.matchedB]).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('is symmetric, with the matched positions swapped', () => {
    const ab = weightedMatch(['x', 'z', 'y', 'q'], ['z', 'x', 'q', 'y'], weights);
    const ba = weightedMatch(['z', 'x', 'q', 'y'], ['x', 'z', 'y', 'q'], weights);
    expect(ba.score).toBe(ab.score);
    expect([ba.matchedA, ba.matchedB]).toEqual([ab.matchedB, ab.matchedA]);
  });

  it('weighs a token it has no weight for as 1, and scores nothing in common as 0', () => {
    expect(weightedMatch(['new', 'x'], ['new', 'y'], weights).score).toBeCloseTo((2 * 1) / (2 + 3), 12);
    expect(weightedMatch([], ['x'], weights)).toMatchObject({ score: 0, containment: 0 });
    expect(weightedMatch(['x'], ['y'], weights)).toMatchObject({ score: 0, containment: 0 });
  });
});

describe('scorePairs', () => {
  /** A sentence of `length` tokens starting with the three of "x y z", the rest its own. */
  const longSentence = (length: number): string =>
    ['x', 'y', 'z', ...Array.from({ length: length - 3 }, (_, i) => `other${i}`)].join(' ');

  it('accepts a short sentence wholly inside a long one below the plain score threshold', () => {
    // All weights 1: Dice 2·3 / (3 + 25) ≈ 0.214, under CLAIM_MIN_SCORE; containment 1.
    const [pair, ...rest] = scorePairs(units(['a', 'x y z'], ['b', longSentence(25)]), new Map());
    expect(rest).toEqual([]);
    expect(pair?.score).toBeLessThan(CLAIM_MIN_SCORE);
    expect(pair?.score).toBeGreaterThanOrEqual(CLAIM_CONTAINED_MIN_SCORE);
    expect(pair?.containment).toBe(1);
    expect([pair?.a, pair?.b, pair?.matchedA]).toEqual([0, 1, [0, 1, 2]]);
  });

  it('turns the same containment away once the score falls under its floor, and a half-contained pair at once', () => {
    // 2·3 / (3 + 31) ≈ 0.176 < CLAIM_CONTAINED_MIN_SCORE.
    expect(scorePairs(units(['a', 'x y z'], ['b', longSentence(31)]), new Map())).toEqual([]);
    // 2·3 / (6 + 22) ≈ 0.214 again, but only half of the short sentence is matched.
    expect(0.5).toBeLessThan(CLAIM_MIN_CONTAINMENT);
    expect(scorePairs(units(['a', 'x y z u v t'], ['b', longSentence(22)]), new Map())).toEqual([]);
  });

  it('pairs only sentences of different outlets, strongest first', () => {
    const pairs = scorePairs(units(['a', 'p q r s'], ['a', 'p q r s'], ['b', 'p q r t'], ['c', 'p q r s']), new Map());
    expect(pairs.map((p) => [p.a, p.b, p.score])).toEqual([
      [0, 3, 1],
      [1, 3, 1],
      [0, 2, 0.75],
      [1, 2, 0.75],
      [2, 3, 0.75],
    ]);
  });
});

describe('clusterClaims on literal sentences', () => {
  const first = 'alpha beta gamma delta epsilon';
  const second = 'zeta eta theta iota kappa';

  it('puts a sentence in a second cluster for a different part of it', () => {
    const result = clusterClaims(units(['a', `${first} ${second}`], ['b', first], ['c', second]));
    expect(ids(result)).toEqual([
      ['a-s0', 'b-s1'],
      ['a-s0', 'c-s2'],
    ]);
    expect(result.membership.get(0)).toEqual(['c1', 'c2']);
  });

  it('keeps one cluster when a second sentence restates the same part', () => {
    const result = clusterClaims(
      units(['a', `${first} ${second}`], ['b', first], ['c', 'alpha beta gamma delta omega']),
    );
    expect(ids(result)).toEqual([['a-s0', 'b-s1', 'c-s2']]);
    expect(result.membership.get(0)).toEqual(['c1']);
  });

  it('holds at most one sentence per outlet: the weaker sentence of an outlet stays out', () => {
    const result = clusterClaims(units(['a', first], ['a', 'alpha beta gamma delta omega'], ['b', first]));
    expect(ids(result)).toEqual([['a-s0', 'b-s2']]);
    expect(result.membership.has(1)).toBe(false);
    expect(result.clusters[0]?.members.map((m) => m.score)).toEqual([1, 1]);
    // The same with the outlets' order swapped, so the weaker sentence is the other side of its pair.
    const swapped = clusterClaims(units(['b', first], ['a', first], ['a', 'alpha beta gamma delta omega']));
    expect(ids(swapped)).toEqual([['a-s1', 'b-s0']]);
    expect(swapped.membership.has(2)).toBe(false);
  });

  it('does not merge two clusters that hold sentences of the same outlet', () => {
    // a-s0 and a-s2 each start a cluster with the copy of itself; b-s1 and c-s3 then pair up across the two.
    const result = clusterClaims(
      units(
        ['a', 'k1 k2 k3 k4 k5 k6'],
        ['b', 'k1 k2 k3 k4 k5 k6'],
        ['a', 'k1 k2 k3 k4 k5 k7'],
        ['c', 'k1 k2 k3 k4 k5 k7'],
      ),
    );
    expect(ids(result)).toEqual([
      ['a-s0', 'b-s1'],
      ['a-s2', 'c-s3'],
    ]);
  });

  it('clusters nothing that no other outlet prints', () => {
    expect(clusterClaims(units(['a', first], ['b', second]))).toEqual({ clusters: [], membership: new Map() });
  });
});

describe('clusterClaims on the real articles', () => {
  let comparison: StoryComparison;
  let claimUnits: ClaimUnit[];
  let result: ReturnType<typeof clusterClaims>;

  /** The cluster holding a sentence of `outlet` that contains `needle`, by the sentence. */
  const clustersOf = (outlet: string, needle: string): string[] => {
    const found = claimUnits.flatMap((u, i) => (u.outlet === outlet && u.text.includes(needle) ? [i] : []));
    expect(found, `${outlet}: one sentence with ${needle}`).toHaveLength(1);
    return result.membership.get(found[0]!) ?? [];
  };

  beforeAll(async () => {
    const { story, articles } = await readStory(SHIPPED_STORY);
    comparison = analyzeStory(story, articles);
    // The paragraph sentences, as analyzeStory hands them to clusterClaims.
    claimUnits = comparison.outlets.flatMap((o) => {
      const prose = o.sentences.filter((s) => s.inParagraph);
      return prose.map((s, i) => ({
        outlet: o.slug,
        id: s.id,
        text: s.text,
        start: s.start,
        end: s.end,
        position: (i + 0.5) / prose.length,
        tokens: contentTokens(tokenize(s.text)),
      }));
    });
    result = clusterClaims(claimUnits);
  });

  it('gives what analyzeStory reports, so the cases below are the site’s', () => {
    expect(result.clusters).toEqual(comparison.claimClusters);
    expect(result.clusters.length).toBeGreaterThan(20);
  });

  it('weighs the words every sentence prints below the rare ones', () => {
    const weights = tokenWeights(claimUnits);
    expect(weights.get('isis')).toBeLessThan(weights.get('biometric')!);
    expect(weights.get('detainees')).toBeLessThan(weights.get('baghdad')!);
  });

  it('puts a short sentence restated inside a long one in its cluster', () => {
    // Kurdistan24 prints the official's words as a sentence of their own; JournalPosts ends a long one with them.
    const short = clustersOf('kurdistan24', 'We saw this severe crisis situation');
    expect(short).toHaveLength(1);
    expect(clustersOf('journalposts', 'viewed as a “severe crisis situation.”')).toContain(short[0]);
  });

  it('puts that long sentence in a second cluster only for its other claim', () => {
    const long = clustersOf('journalposts', 'viewed as a “severe crisis situation.”');
    expect(long).toHaveLength(2);
    expect(long).toEqual(expect.arrayContaining([...clustersOf('kurdistan24', 'If these 6,000 or so got out')]));
  });

  it('holds at most one sentence per outlet in each cluster, and lists each membership both ways', () => {
    for (const cluster of result.clusters) {
      const outlets = cluster.members.map((m) => m.outlet);
      expect(new Set(outlets).size, cluster.id).toBe(outlets.length);
      expect(outlets.length, cluster.id).toBeGreaterThan(1);
      for (const m of cluster.members) {
        const i = claimUnits.findIndex((u) => u.id === m.sentenceId);
        expect(result.membership.get(i), m.sentenceId).toContain(cluster.id);
      }
    }
    const listed = [...result.membership.values()].reduce((n, list) => n + list.length, 0);
    expect(listed).toBe(result.clusters.reduce((n, c) => n + c.members.length, 0));
  });

  it('labels each cluster with at most LABEL_MAX_WORDS words of one of its sentences', () => {
    for (const { id, label, members } of result.clusters) {
      const words = label.replace(/…$/, '').split(' ');
      expect(words.length, id).toBeLessThanOrEqual(LABEL_MAX_WORDS);
      expect(
        members.some((m) => m.text.includes(words.join(' '))),
        id,
      ).toBe(true);
    }
  });

  it('finds every pair of sentences that shares a word pair and reaches the thresholds, each with its exact score', () => {
    const weights = tokenWeights(claimUnits);
    const pairs = scorePairs(claimUnits, weights);
    const found = new Map(pairs.map((p) => [`${p.a} ${p.b}`, p.score]));
    const bigrams = claimUnits.map((u) => new Set(u.tokens.slice(1).map((t, k) => `${u.tokens[k]} ${t}`)));
    let accepted = 0;
    for (let a = 0; a < claimUnits.length; a++) {
      for (let b = a + 1; b < claimUnits.length; b++) {
        if (claimUnits[a]!.outlet === claimUnits[b]!.outlet) continue;
        if (![...bigrams[a]!].some((g) => bigrams[b]!.has(g))) continue;
        const m = weightedMatch(claimUnits[a]!.tokens, claimUnits[b]!.tokens, weights);
        const accepts =
          m.score >= CLAIM_MIN_SCORE ||
          (m.containment >= CLAIM_MIN_CONTAINMENT && m.score >= CLAIM_CONTAINED_MIN_SCORE);
        // The n-gram index drops stock phrases, so a pair may be missing only if it is not accepted.
        if (found.has(`${a} ${b}`)) expect(found.get(`${a} ${b}`), `${a} ${b}`).toBeCloseTo(m.score, 12);
        else expect(accepts, `${claimUnits[a]!.id} ${claimUnits[b]!.id}`).toBe(false);
        if (accepts) accepted++;
      }
    }
    expect(pairs).toHaveLength(accepted);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
  });
});
