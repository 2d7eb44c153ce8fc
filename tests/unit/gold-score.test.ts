import { describe, expect, it } from 'vitest';
import {
  matchQuoteMember,
  scoreClaimOutlets,
  scoreClaims,
  scoreOwn,
  scoreQuotes,
  type GoldQuoteInput,
} from '../gold/score.ts';

describe('scoreClaims', () => {
  it('compares unordered pairs of sentences of different outlets', () => {
    // Gold: a1 with b1 and c1 (3 pairs); a2 with b2 (1 pair).
    const gold = [{ members: { a: ['a1'], b: ['b1'], c: ['c1'] } }, { members: { a: ['a2'], b: ['b2'] } }];
    // Engine: b1–a1 (right, in the other order), c1 alone, a2–c2 (wrong).
    const engine = [
      {
        members: [
          { outlet: 'b', sentenceId: 'b1' },
          { outlet: 'a', sentenceId: 'a1' },
        ],
      },
      { members: [{ outlet: 'c', sentenceId: 'c1' }] },
      {
        members: [
          { outlet: 'a', sentenceId: 'a2' },
          { outlet: 'c', sentenceId: 'c2' },
        ],
      },
    ];
    const s = scoreClaims(gold, engine);
    expect([s.gold, s.engine, s.matched]).toEqual([4, 2, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBeCloseTo(1 / 3);
    expect(s.missed).toEqual([
      ['a1', 'c1'],
      ['a2', 'b2'],
      ['b1', 'c1'],
    ]);
    expect(s.wrong).toEqual([['a2', 'c2']]);
  });

  it('makes no pair of two sentences of one outlet, and counts a pair once however many claims hold it', () => {
    const gold = [{ members: { a: ['a1', 'a2'], b: ['b1'] } }, { members: { a: ['a1'], b: ['b1'] } }];
    const s = scoreClaims(gold, []);
    expect(s.gold).toBe(2);
    expect(s.missed).toEqual([
      ['a1', 'b1'],
      ['a2', 'b1'],
    ]);
  });

  it('scores an empty engine as precise and an empty gold as recalled', () => {
    expect(scoreClaims([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('lists pairs in reading order (p9 before p10)', () => {
    const gold = [{ members: { a: ['a-p10-s1', 'a-p9-s1'], b: ['b-p1-s1'] } }];
    expect(scoreClaims(gold, []).missed).toEqual([
      ['a-p9-s1', 'b-p1-s1'],
      ['a-p10-s1', 'b-p1-s1'],
    ]);
  });
});

describe('scoreClaimOutlets', () => {
  it('finds an outlet pair when any of its sentences for the claim share a cluster', () => {
    // g1: a states it twice, b once, c once: triples (a,b), (a,c), (b,c).
    const gold = [{ id: 'g1', members: { a: ['a1', 'a2'], b: ['b1'], c: ['c1'] } }];
    // The engine pairs a's second sentence with b's, and b's with an unrelated sentence of c.
    const engine = [
      {
        members: [
          { outlet: 'a', sentenceId: 'a2' },
          { outlet: 'b', sentenceId: 'b1' },
        ],
      },
      {
        members: [
          { outlet: 'b', sentenceId: 'b1' },
          { outlet: 'c', sentenceId: 'c9' },
        ],
      },
    ];
    const s = scoreClaimOutlets(gold, engine);
    expect([s.gold, s.found, s.engine, s.correct]).toEqual([3, 1, 2, 1]);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.precision).toBe(0.5);
    expect(s.missed).toEqual([
      ['g1', 'a', 'c'],
      ['g1', 'b', 'c'],
    ]);
    expect(s.wrong).toEqual([['b1', 'c9']]);
  });

  it('counts a pair right when any gold claim holds both sentences, and a triple per claim', () => {
    const gold = [
      { id: 'g1', members: { a: ['a1'], b: ['b1'] } },
      { id: 'g2', members: { a: ['a1'], b: ['b2'] } },
    ];
    const engine = [
      {
        members: [
          { outlet: 'a', sentenceId: 'a1' },
          { outlet: 'b', sentenceId: 'b2' },
        ],
      },
    ];
    const s = scoreClaimOutlets(gold, engine);
    expect([s.gold, s.found, s.precision]).toEqual([2, 1, 1]);
    expect(s.missed).toEqual([['g1', 'a', 'b']]);
  });

  it('scores an empty engine as precise and an empty gold as recalled', () => {
    expect(scoreClaimOutlets([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('matchQuoteMember', () => {
  const gold: GoldQuoteInput[] = [
    {
      id: 'gq1',
      members: [
        { outlet: 'a', sentence: 'a-p1-s1', text: 'the worst of the worst,' },
        { outlet: 'b', sentence: 'b-p1-s1', text: 'the worst of the worst' },
      ],
    },
    {
      id: 'gq2',
      members: [
        { outlet: 'b', sentence: 'b-p2-s1', text: 'moving in helicopters' },
        { outlet: 'b', sentence: 'b-p2-s2', text: 'Thanks… moving in helicopters, we were able' },
      ],
    },
  ];

  it('takes the same outlet and exact text first', () => {
    expect(matchQuoteMember({ outlet: 'b', sentenceId: 'b-p2-s2', text: 'moving in helicopters' }, gold)).toBe('gq2#0');
  });

  it('takes a gold text containing the engine’s (a trailing comma left outside)', () => {
    expect(matchQuoteMember({ outlet: 'a', sentenceId: 'a-p1-s1', text: 'the worst of the worst' }, gold)).toBe(
      'gq1#0',
    );
  });

  it('takes an engine text containing the gold’s, with the most overlap', () => {
    const member = { outlet: 'b', sentenceId: 'b-p2-s2', text: '“Thanks… moving in helicopters, we were able”' };
    expect(matchQuoteMember(member, gold)).toBe('gq2#1');
  });

  it('breaks a tie in overlap by the sentence the quote starts in', () => {
    expect(matchQuoteMember({ outlet: 'b', sentenceId: 'b-p2-s1', text: 'helicopters' }, gold)).toBe('gq2#0');
    expect(matchQuoteMember({ outlet: 'b', sentenceId: 'b-p2-s2', text: 'helicopters' }, gold)).toBe('gq2#1');
  });

  it('matches nothing in another outlet or with unrelated text', () => {
    expect(
      matchQuoteMember({ outlet: 'c', sentenceId: 'c-p1-s1', text: 'the worst of the worst' }, gold),
    ).toBeUndefined();
    expect(matchQuoteMember({ outlet: 'a', sentenceId: 'a-p1-s1', text: 'rare good news' }, gold)).toBeUndefined();
  });
});

describe('scoreQuotes', () => {
  const gold: GoldQuoteInput[] = [
    {
      id: 'gq1',
      members: [
        { outlet: 'a', sentence: 'a1', text: 'we saw a sharp crisis' },
        { outlet: 'b', sentence: 'b1', text: 'we saw this severe crisis' },
        { outlet: 'c', sentence: 'c1', text: 'severe crisis' },
      ],
    },
    { id: 'gq2', members: [{ outlet: 'b', sentence: 'b2', text: 'fragile' }] },
  ];

  it('scores pairs of gold members the engine puts in one cluster, and reports what it cannot match', () => {
    const engine = [
      {
        members: [
          { outlet: 'a', sentenceId: 'a1', text: 'we saw a sharp crisis' },
          { outlet: 'b', sentenceId: 'b1', text: 'we saw this severe crisis' },
        ],
      },
      {
        members: [
          { outlet: 'c', sentenceId: 'c1', text: 'severe crisis' },
          { outlet: 'b', sentenceId: 'b2', text: 'fragile' },
          { outlet: 'c', sentenceId: 'c9', text: 'made up' },
        ],
      },
    ];
    const s = scoreQuotes(gold, engine);
    expect([s.gold, s.engine, s.matched]).toEqual([3, 2, 1]);
    expect(s.wrong).toEqual([['gq1#2', 'gq2#0']]);
    expect(s.missed).toEqual([
      ['gq1#0', 'gq1#2'],
      ['gq1#1', 'gq1#2'],
    ]);
    expect(s.unmatchedEngine).toEqual([{ outlet: 'c', sentenceId: 'c9', text: 'made up' }]);
    expect(s.unmatchedGold).toEqual([]);
  });

  it('makes no pair of two engine quotes standing for one gold member, and lists gold members never matched', () => {
    const engine = [
      {
        members: [
          { outlet: 'a', sentenceId: 'a1', text: 'we saw' },
          { outlet: 'a', sentenceId: 'a1', text: 'a sharp crisis' },
        ],
      },
    ];
    const s = scoreQuotes(gold, engine);
    expect(s.engine).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.unmatchedGold).toEqual(['gq1#1', 'gq1#2', 'gq2#0']);
  });
});

describe('scoreOwn', () => {
  it('counts sentences wrongly called own and own sentences missed', () => {
    const s = scoreOwn({ a: ['a1', 'a2'], b: [] }, ['a2', 'b3']);
    expect(s).toEqual({ gold: 2, engine: 2, wronglyOwn: ['b3'], missedOwn: ['a1'] });
  });
});
