import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { NGRAM_PAIR_WINDOW } from '../../src/lib/align.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import {
  claimUnitsOf,
  clusterClaims,
  confidenceOf,
  CLUSTER_EVIDENCE_OUTLETS,
  CLUSTER_EVIDENCE_SCORE,
  LABEL_MAX_WORDS,
  LIKELY_SCORE,
  matchTerms,
  MIN_SHARED_TERMS,
  PHRASE_TERMS,
  POSITION_FREE,
  POSITION_PENALTY,
  scorePairs,
  STRONG_SCORE,
  termWeights,
  WEAK_SCORE,
  type ClaimUnit,
} from '../../src/lib/claims.ts';
import { claimTerms, wordStem, type Term } from '../../src/lib/terms.ts';
import type { ClaimMember, StoryComparison } from '../../src/lib/types.ts';
import { SHIPPED_STORY } from '../support/shipped-story.ts';

/** A sentence of literal terms (space-separated words, each its own key), numbered in the order made. */
function units(...sentences: [outlet: string, text: string][]): ClaimUnit[] {
  return sentences.map(([outlet, text], i) => {
    let at = 0;
    const ts: Term[] = text.split(' ').map((w) => {
      const term: Term = { key: w, kind: 'word', start: at, end: at + w.length };
      at += w.length + 1;
      return term;
    });
    return {
      outlet,
      id: `${outlet}-s${i}`,
      text,
      start: 0,
      end: text.length,
      position: 0.5,
      terms: ts,
      tokens: ts.map((t) => t.key),
    };
  });
}

const ids = (result: ReturnType<typeof clusterClaims>): string[][] =>
  result.clusters.map((c) => c.members.map((m) => m.sentenceId));

describe('termWeights', () => {
  it('weighs a term by log((N + 1) / the number of sentences that print it), counting a sentence once', () => {
    const weights = termWeights(units(['a', 'isis said'], ['b', 'isis biometric'], ['c', 'isis isis']));
    expect(weights.get('isis')).toBeCloseTo(Math.log(4 / 3), 12);
    expect(weights.get('biometric')).toBeCloseTo(Math.log(4), 12);
    expect([...weights.keys()].sort()).toEqual(['biometric', 'isis', 'said']);
  });
});

describe('matchTerms', () => {
  const weights = new Map([
    ['x', 1],
    ['y', 2],
    ['z', 3],
    ['q', 4],
  ]);

  it('averages the Dice share of the shared weight and the covered share of the lighter side', () => {
    const m = matchTerms(['x', 'y', 'z'], ['x', 'y', 'q'], weights);
    const dice = (2 * 3) / (6 + 7);
    expect(m.score).toBeCloseTo((dice + 3 / 6) / 2, 12);
    expect([m.matchedA, m.matchedB]).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('matches as bags, in any order, and is symmetric with the matched positions swapped', () => {
    const ab = matchTerms(['x', 'z', 'y', 'q'], ['z', 'x', 'q', 'y'], weights);
    const ba = matchTerms(['z', 'x', 'q', 'y'], ['x', 'z', 'y', 'q'], weights);
    expect(ab.score).toBe(1);
    expect(ba.score).toBe(ab.score);
    expect([ba.matchedA, ba.matchedB]).toEqual([ab.matchedB, ab.matchedA]);
  });

  it(`needs ${MIN_SHARED_TERMS} shared terms: one word in common is a topic, not a claim`, () => {
    expect(matchTerms(['x', 'y'], ['x', 'q'], weights).score).toBe(0);
    expect(matchTerms(['x'], ['x'], weights).score).toBe(0);
  });

  it('takes the position penalty off beyond POSITION_FREE, never below 0', () => {
    const near = matchTerms(['x', 'y', 'z'], ['x', 'y', 'z'], weights, POSITION_FREE).score;
    const far = matchTerms(['x', 'y', 'z'], ['x', 'y', 'z'], weights, POSITION_FREE + 0.5).score;
    expect(near).toBe(1);
    expect(far).toBeCloseTo(1 - POSITION_PENALTY * 0.5, 12);
  });
});

describe('confidenceOf', () => {
  it('names strong, likely and weak (possible match) by the named thresholds, and nothing below', () => {
    expect([STRONG_SCORE, LIKELY_SCORE, WEAK_SCORE, WEAK_SCORE - 0.01].map(confidenceOf)).toEqual([
      'strong',
      'likely',
      'weak',
      undefined,
    ]);
  });
});

describe('scorePairs', () => {
  it('pairs only sentences of different outlets that share two terms, strongest first', () => {
    const pairs = scorePairs(
      units(['a', 'p q r s'], ['a', 'p q r s'], ['b', 'p q r t'], ['c', 'p q r s'], ['d', 'p u v w']),
      new Map(),
    );
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

  it('puts a sentence in a second cluster for a different part of it, with that part and its evidence', () => {
    const result = clusterClaims(units(['a', `${first} ${second}`], ['b', first], ['c', second]));
    expect(ids(result)).toEqual([
      ['a-s0', 'b-s1'],
      ['a-s0', 'c-s2'],
    ]);
    expect(result.membership.get(0)).toEqual(['c1', 'c2']);
    const [one, two] = result.clusters.map((c) => c.members[0]!);
    expect(one!.part.text).toBe(first);
    expect(two!.part.text).toBe(second);
    expect(two!.evidence.map((e) => e.text)).toEqual(second.split(' '));
  });

  it('keeps one cluster when a second sentence restates the same part', () => {
    const result = clusterClaims(
      units(['a', `${first} ${second}`], ['b', first], ['c', 'alpha beta gamma delta omega']),
    );
    expect(ids(result)).toEqual([['a-s0', 'b-s1', 'c-s2']]);
    expect(result.membership.get(0)).toEqual(['c1']);
  });

  it('lets an outlet that states the claim twice have both sentences in it', () => {
    const result = clusterClaims(units(['a', first], ['a', 'alpha beta gamma delta omega'], ['b', first]));
    expect(ids(result)).toEqual([['a-s0', 'a-s1', 'b-s2']]);
    expect(result.membership.get(1)).toEqual(['c1']);
    expect(result.clusters[0]!.members.map((m) => m.confidence)).toEqual(['strong', 'strong', 'strong']);
  });

  it('clusters nothing that no other outlet prints', () => {
    expect(clusterClaims(units(['a', first], ['b', second]))).toEqual({ clusters: [], membership: new Map() });
  });
});

describe('clusterClaims on the real articles', () => {
  let comparison: StoryComparison;
  let claimUnits: ClaimUnit[];
  let result: ReturnType<typeof clusterClaims>;

  /** The clusters holding a sentence of `outlet` that contains `needle`, by the sentence. */
  const clustersOf = (outlet: string, needle: string): string[] => {
    const found = claimUnits.flatMap((u, i) => (u.outlet === outlet && u.text.includes(needle) ? [i] : []));
    expect(found, `${outlet}: one sentence with ${needle}`).toHaveLength(1);
    return result.membership.get(found[0]!) ?? [];
  };

  beforeAll(async () => {
    const { story, articles } = await readStory(SHIPPED_STORY);
    comparison = analyzeStory(story, articles);
    // The paragraph sentences, as analyzeStory hands them to clusterClaims.
    claimUnits = claimUnitsOf(comparison.outlets);
    result = clusterClaims(claimUnits);
  });

  it('gives what analyzeStory reports, so the cases below are the site’s', () => {
    expect(result.clusters).toEqual(comparison.claimClusters);
    expect(result.clusters.length).toBeGreaterThan(20);
  });

  it('weighs the terms every sentence prints below the rare ones, and ISIS by any name as one', () => {
    const weights = termWeights(claimUnits);
    expect(weights.get('n:isis')).toBeLessThan(weights.get('w:biometr')!);
    expect(weights.get('w:detaine')).toBeLessThan(weights.get('w:baghdad')!);
    expect(weights.has('w:islam')).toBe(false);
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

  it('holds each sentence once per cluster, two outlets or more, and lists each membership both ways', () => {
    for (const cluster of result.clusters) {
      const sentences = cluster.members.map((m) => m.sentenceId);
      expect(new Set(sentences).size, cluster.id).toBe(sentences.length);
      expect(new Set(cluster.members.map((m) => m.outlet)).size, cluster.id).toBeGreaterThan(1);
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

  it('finds every pair that shares two rare terms and reaches WEAK_SCORE, each with its exact score', () => {
    const weights = termWeights(claimUnits);
    const pairs = scorePairs(claimUnits, weights);
    const found = new Map(pairs.map((p) => [`${p.a} ${p.b}`, p.score]));
    // Terms in at most NGRAM_PAIR_WINDOW sentences: the index links every pair under them.
    const df = new Map<string, number>();
    for (const u of claimUnits) for (const k of new Set(u.tokens)) df.set(k, (df.get(k) ?? 0) + 1);
    const rare = claimUnits.map((u) => new Set(u.tokens.filter((k) => df.get(k)! <= NGRAM_PAIR_WINDOW)));
    let checked = 0;
    for (let a = 0; a < claimUnits.length; a++) {
      for (let b = a + 1; b < claimUnits.length; b++) {
        const [ua, ub] = [claimUnits[a]!, claimUnits[b]!];
        if (ua.outlet === ub.outlet) continue;
        const m = matchTerms(ua.tokens, ub.tokens, weights, Math.abs(ua.position - ub.position));
        if (found.has(`${a} ${b}`)) expect(found.get(`${a} ${b}`), `${a} ${b}`).toBeCloseTo(m.score, 12);
        const sharedRare = [...rare[a]!].filter((k) => rare[b]!.has(k)).length;
        if (sharedRare >= MIN_SHARED_TERMS && m.score >= WEAK_SCORE) {
          expect(found.has(`${a} ${b}`), `${ua.id} ${ub.id}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
  });

  /** The keys of the one sentence of `outlet` that contains `needle`. */
  const keysOf = (outlet: string, needle: string): string[] =>
    claimUnits.find((u) => u.outlet === outlet && u.text.includes(needle))!.tokens as string[];

  it('reads British and American spellings, and a noun made from an -ify verb, as one term', () => {
    // IntelliNews writes "recognised", Kurdistan24 "recognized"; Kurdistan24 says "identification"
    // in one sentence and "identifying" in the next.
    const british = keysOf('intellinews', 'Iraqi authorities recognised the gravity');
    const american = keysOf('kurdistan24', 'recognized the stakes');
    expect(british.filter((k) => american.includes(k))).toContain('w:recogn');
    expect(keysOf('kurdistan24', 'identification and accountability')).toEqual(
      expect.arrayContaining(keysOf('kurdistan24', 'biometrically identifying').filter((k) => k === 'w:identifi')),
    );
    expect(keysOf('kurdistan24', 'biometrically identifying')).toContain('w:identifi');
    // "raise" and "rise" are no British spellings: too short to carry the suffix.
    expect(keysOf('intellinews', 'raised US concerns')).toContain('w:rais');
  });

  it('compares a word longer than any English word as printed, without stemming it', () => {
    // The lemmatiser's time grows with the square of a word's length: 32 KB of one letter took 24 s.
    const pasted = 'a'.repeat(65);
    expect(wordStem(pasted)).toBe(pasted);
    // 64 letters is still a word: its suffix comes off.
    const long = `${'b'.repeat(58)}ations`;
    expect(wordStem(long)).not.toBe(long);
    expect(wordStem('helicopters')).toBe(wordStem('helicopter'));
  });

  it('leaves a dateline out of the lead’s terms, so "BAGHDAD, Iraq" pairs the lead with no sentence on Iraq', () => {
    const lead = claimUnits.find((u) => u.id === 'top-real-news-p1-s1')!;
    expect(lead.text.startsWith('BAGHDAD, Iraq')).toBe(true);
    expect(lead.tokens).not.toContain('w:baghdad');
    expect(lead.tokens).not.toContain('w:iraq');
    // Daljoog News's "For Iraq, the stakes were especially high" once joined the leads' cluster
    // through the dateline: it was paired with every outlet's lead.
    const stakes = clustersOf('daljoog-news', 'For Iraq, the stakes were especially high');
    expect(stakes.filter((c) => clustersOf('kurdistan24', 'A prison break that officials say').includes(c))).toEqual(
      [],
    );
  });

  it('leaves an outlet naming itself out of its terms, so "Daljoog News" is no evidence against "Fox News"', () => {
    const analysis = claimUnits.find((u) => u.id === 'daljoog-news-p2-s1')!;
    expect(analysis.text.startsWith('According to Daljoog News analysis')).toBe(true);
    expect(analysis.tokens).not.toContain('w:news');
    expect(analysis.tokens).toContain('w:resurg');
    // Another outlet's name stays: "Fox News" in Kurdistan24's sourcing sentence is what it reports.
    expect(claimUnits.find((u) => u.id === 'kurdistan24-p2-s1')!.tokens).toContain('w:news');
    expect(
      claimTerms('Daljoog News observes that Daljoog News grew.', undefined, 'Daljoog News').map((t) => t.key),
    ).toEqual(['w:observ', 'w:grow']);
  });

  it('reads a possessive name as the name: Kurdistan24’s "the SDF’s ability" meets "(SDF)" in JournalPosts', () => {
    const k24 = claimUnits.find((u) => u.id === 'kurdistan24-p3-s2')!;
    expect(k24.text).toContain('the SDF’s ability');
    expect(k24.tokens).toContain('n:sdf');
    expect(k24.tokens).not.toContain('w:sdfs');
    const sdf = k24.terms.find((t) => t.key === 'n:sdf')!;
    expect(k24.text.slice(sdf.start, sdf.end)).toBe('SDF');
    expect(claimTerms("CENTCOM's surge and the U.S.’s aims").map((t) => t.key)).toEqual([
      'n:centcom',
      'w:surg',
      'n:united states',
      'w:aim',
    ]);
  });

  it('pairs a sentence nothing else placed with another claim of a placed one', () => {
    // JournalPosts p5 is in the claim of the prisons' collapse; its closing clause, "reversing
    // years of counterterrorism progress", is Daljoog News p2's "reversing years of counterterrorism gains".
    const daljoog = clustersOf('daljoog-news', 'reversing years of counterterrorism gains');
    expect(daljoog).toHaveLength(1);
    expect(clustersOf('journalposts', 'years of counterterrorism progress')).toContain(daljoog[0]);
    expect(clustersOf('journalposts', 'years of counterterrorism progress').length).toBeGreaterThan(1);
  });
  const memberOf = (sentenceId: string, withId: string): ClaimMember | undefined =>
    comparison.claimClusters
      .find((c) => c.members.some((m) => m.sentenceId === sentenceId) && c.members.some((m) => m.sentenceId === withId))
      ?.members.find((m) => m.sentenceId === sentenceId);

  it('finds a pair that shares one indexed term and common ones: "recognized the stakes" / "recognised the gravity"', () => {
    // Kurdistan24 p9 and IntelliNews p10 share "recognise" among the rare terms, and "Iraqi".
    expect(memberOf('kurdistan24-p9-s1', 'intellinews-p10-s1')?.confidence).toBe('likely');
  });

  it('lifts a possible match to likely when the two print a phrase of PHRASE_TERMS terms', () => {
    // "reversing years of counterterrorism gains" / "… progress": 0.236 as bags of words.
    expect(PHRASE_TERMS).toBe(3);
    expect(memberOf('daljoog-news-p2-s2', 'journalposts-p5-s1')?.confidence).toBe('likely');
  });

  it('joins two claims through a possible match only when their members resemble each other throughout', () => {
    const weights = termWeights(claimUnits);
    const score = (a: string, b: string): number => {
      const [ua, ub] = [a, b].map((id) => claimUnits.find((u) => u.id === id)!);
      return matchTerms(ua!.tokens, ub!.tokens, weights, Math.abs(ua!.position - ub!.position)).score;
    };
    // "US officials believed that a collapse of the prisons amid the chaos" (IntelliNews p3, JournalPosts
    // p5) and "U.S. intelligence agencies feared that if the prisons collapsed" (Top Real News p2,
    // Kurdistan24 p3, IntelliNews p13) are found as two claims; only a possible match links them ...
    expect(confidenceOf(score('intellinews-p3-s1', 'top-real-news-p2-s2'))).toBe('weak');
    // ... but each sentence of one resembles each of the other's, so they are one claim.
    expect(score('journalposts-p5-s1', 'kurdistan24-p3-s2')).toBeGreaterThanOrEqual(CLUSTER_EVIDENCE_SCORE);
    expect(memberOf('intellinews-p3-s1', 'top-real-news-p2-s2')?.confidence).toBe('strong');
    expect(memberOf('journalposts-p5-s1', 'kurdistan24-p3-s2')).toBeDefined();
    // IntelliNews p3 is a possible match for Top Real News p1-s2 too ("U.S.", "prisons", "amid"), whose
    // claim (the detainees, "the worst of the worst") does not resemble it throughout: they stay apart.
    expect(confidenceOf(score('intellinews-p3-s1', 'top-real-news-p1-s2'))).toBe('weak');
    expect(memberOf('intellinews-p3-s1', 'top-real-news-p1-s2')).toBeUndefined();
  });

  it('places a sentence no pair placed by the evidence of several outlets’ members of one claim', () => {
    // Each pair is below WEAK_SCORE (0.14, 0.13 against Kurdistan24 p13 and IntelliNews p14: "declassified
    // intelligence"), together they are a likely match; the sentence is no longer called JournalPosts' own.
    const jp = memberOf('journalposts-p9-s1', 'kurdistan24-p13-s2')!;
    expect(jp.confidence).toBe('likely');
    expect(memberOf('journalposts-p9-s1', 'intellinews-p14-s2')).toBe(jp);
    expect(jp.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['intelligence', 'declassification']));
    // IntelliNews p13 ("a single breach could trigger a mass escape") joins the prisons' collapse claim.
    expect(memberOf('intellinews-p13-s1', 'kurdistan24-p3-s2')?.confidence).toBe('likely');
    expect(memberOf('intellinews-p13-s1', 'top-real-news-p2-s2')).toBeDefined();
    // One resembling outlet is not enough: Daljoog News p17 resembles two outlets there and stays a possible match.
    expect(CLUSTER_EVIDENCE_OUTLETS).toBe(2);
    expect(memberOf('daljoog-news-p17-s1', 'kurdistan24-p16-s1')?.confidence).toBe('weak');
    for (const id of ['journalposts-p9-s1', 'intellinews-p13-s1', 'daljoog-news-p17-s1'])
      expect(comparison.outlets.flatMap((o) => o.sentences).find((x) => x.id === id)?.unique).toBe(false);
  });
});
