import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/lib/align.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { matchTerms } from '../../src/lib/claims.ts';
import { contentTokens, tokenize } from '../../src/lib/normalize.ts';
import { terms } from '../../src/lib/terms.ts';
import type { ArticleInput, StoryComparison, StoryInput } from '../../src/lib/types.ts';
import { literalArticle } from '../support/literal-article.ts';

/** Runs per property: FC_NUM_RUNS in CI (10000), a quick 300 locally. */
const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 300);
/** Generated articles cost a few ms each (remark parsing dominates); allow for a loaded machine. */
const TIMEOUT_MS = 30_000 + NUM_RUNS * 60;

const STORY: StoryInput = { slug: 'generated', title: 'Generated', summary: 'Generated articles.' };

const PIECES = [
  'the',
  'official',
  'said',
  'U.S.',
  'Mr.',
  'Dr.',
  'No.',
  'Jan.',
  'e.g.',
  'Inc.',
  'CENTCOM’s',
  'don’t',
  "it's",
  '6,000',
  '6000',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‹',
  '›',
  '‚',
  '…',
  '...',
  '.',
  ',',
  '?',
  '!',
  ':',
  ';',
  '—',
  '-',
  '(',
  ')',
  '😀',
  '👩‍👩‍👧',
  'مرحبا',
  'שלום',
  '\u200f',
  '\u200e',
  'e\u0301',
  'a\u0308\u0323',
  '\u200b',
  '\u00a0',
  'ISIS',
  'Syria',
  'Baghdad',
  'worst',
  'of',
  'reconstitution',
  'helicopters',
  'he',
  'told',
  'Fox',
  'News',
  'described',
  'by',
  'as',
  'a',
  'senior',
];

const sentenceArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { minLength: 1, maxLength: 18 },
  )
  .map((parts) => parts.join(' '));
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const blockArb = fc.oneof(
  { weight: 6, arbitrary: paragraphArb },
  { weight: 1, arbitrary: sentenceArb.map((s) => `## ${s.replace(/\n/g, ' ')}`) },
  { weight: 1, arbitrary: paragraphArb.map((p) => `:::caption\n${p}\n:::`) },
  { weight: 1, arbitrary: paragraphArb.map((p) => `> ${p}`) },
);
const bodyArb = fc.array(blockArb, { minLength: 0, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));

/** An article whose outlet is named by its slug. */
function article(slug: string, body: string): ArticleInput {
  return literalArticle(slug, slug, body);
}

function checkInvariants(result: StoryComparison, articles: readonly ArticleInput[]): void {
  const sources = new Map(articles.map((a) => [a.slug, a.source]));
  const ids = new Set<string>();
  const unique = (id: string) => {
    expect(ids.has(id), id).toBe(false);
    ids.add(id);
  };
  for (const o of result.outlets) {
    const source = sources.get(o.slug)!;
    for (const s of o.sentences) {
      unique(s.id);
      expect(source.slice(s.start, s.end)).toBe(s.text);
    }
    for (const q of o.quotes) {
      unique(q.id);
      expect(source.slice(q.start, q.end)).toBe(q.text);
    }
  }
  for (const c of result.claimClusters) {
    unique(c.id);
    const sentences = c.members.map((m) => m.sentenceId);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(new Set(c.members.map((m) => m.outlet)).size).toBeGreaterThan(1);
    for (const m of c.members) {
      const source = sources.get(m.outlet)!;
      expect(source.slice(m.start, m.end)).toBe(m.text);
      expect(source.slice(m.part.start, m.part.end)).toBe(m.part.text);
      expect(m.part.start).toBeGreaterThanOrEqual(m.start);
      expect(m.part.end).toBeLessThanOrEqual(m.end);
      for (const e of m.evidence) expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
  for (const c of result.quoteClusters) {
    unique(c.id);
    for (const m of c.members) expect(sources.get(m.outlet)!.slice(m.start, m.end)).toBe(m.text);
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

describe('analyzeStory on generated articles', () => {
  it(
    'keeps ids unique, ranges exact (sentences, matched parts, evidence) and each sentence once per claim cluster',
    () => {
      fc.assert(
        fc.property(fc.array(bodyArb, { minLength: 1, maxLength: 4 }), (bodies) => {
          const articles = bodies.map((body, i) => article(`outlet-${i}`, body));
          checkInvariants(analyzeStory(STORY, articles), articles);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'aligns two copies of one article with each other, sentence for sentence',
    () => {
      fc.assert(
        fc.property(bodyArb, (body) => {
          const articles = [article('a', body), article('b', body)];
          const result = analyzeStory(STORY, articles);
          checkInvariants(result, articles);
          expect(result.outlets[0]!.sentences.map((s) => s.text)).toEqual(
            result.outlets[1]!.sentences.map((s) => s.text),
          );
        }),
        { numRuns: Math.max(1, Math.floor(NUM_RUNS / 3)) },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'pair similarity is symmetric',
    () => {
      fc.assert(
        fc.property(sentenceArb, sentenceArb, (a, b) => {
          const ta = contentTokens(tokenize(a));
          const tb = contentTokens(tokenize(b));
          expect(similarity(ta, tb)).toBe(similarity(tb, ta));
          const ka = terms(a).map((t) => t.key);
          const kb = terms(b).map((t) => t.key);
          const weights = new Map([...ka, ...kb].map((t, i) => [t, 1 + (i % 3)] as const));
          expect(matchTerms(ka, kb, weights, 0.4).score).toBe(matchTerms(kb, ka, weights, 0.4).score);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('analyzeStory on hostile shapes', () => {
  it('handles one outlet alone, an empty body and an article of only quotes', () => {
    for (const articles of [
      [article('solo', 'One sentence. Another one.')],
      [article('empty', ''), article('blank', '   \n\n  ')],
      [article('quotes', '“One.” “Two, three.” ‘Four’ «five» "six"'), article('other', '“One.” He said.')],
    ]) {
      checkInvariants(analyzeStory(STORY, articles), articles);
    }
  });

  it('aligns two identical real-looking articles completely', () => {
    const body =
      'Officials moved nearly 6,000 detainees to a facility near Baghdad International Airport. “We saw this severe crisis situation,” the official said.';
    const result = analyzeStory(STORY, [article('a', body), article('b', body)]);
    expect(result.claimClusters).toHaveLength(2);
    expect(result.overlap['a']!['b']).toBe(1);
    expect(result.quoteClusters[0]!.members.map((m) => m.label)).toEqual(['verbatim', 'verbatim']);
  });

  // How fast is the benchmark's question (npm run bench); this asks only that it finishes, exactly.
  it('analyses a megabyte of text', () => {
    const words = [
      'the',
      'official',
      'said',
      'U.S.',
      '“quoted',
      'words”',
      'helicopters',
      'moved',
      'detainees',
      '6,000',
      'Baghdad',
    ];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length]!;
      const piece = i % 23 === 22 ? `${w}.` : i % 400 === 399 ? `${w}\n\n` : w;
      parts.push(piece);
      size += piece.length + 1;
    }
    const big = parts.join(' ');
    const noStops = 'word '.repeat(200_000);
    const articles = [article('big', big), article('big-copy', big.slice(0, 300_000)), article('no-stops', noStops)];
    checkInvariants(analyzeStory(STORY, articles), articles);
  }, 60_000);
});
