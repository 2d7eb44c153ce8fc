import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison, StoryDifferences } from '../../../src/lib/index.ts';
import { alteredQuotes } from '../../../src/view/altered-quotes.ts';
import {
  alteredQuoteId,
  findingSubject,
  MAX_LINES_PER_KIND,
  quoteStart,
  storySummary,
  SUMMARY_KINDS,
  type StorySummary,
  type SummaryLine,
} from '../../../src/view/story-summary.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let differences: StoryDifferences;
let summary: StorySummary;
beforeAll(async () => {
  ({ comparison, differences } = await shippedStory());
  summary = storySummary(comparison, differences);
});

const group = (kind: SummaryLine['kind']) => summary.groups.find((g) => g.kind === kind);
const slugsOf = (line: SummaryLine): string[] => line.sides.flatMap((s) => s.outlets.map((o) => o.slug));

describe('storySummary on the shipped story', () => {
  it('counts the outlets, each with the short name the matrix and heat map use', () => {
    expect(summary.outlets.map((o) => `${o.short} ${o.name}`)).toEqual([
      'DN Daljoog News',
      'IN bne IntelliNews',
      'JP JournalPosts',
      'K24 Kurdistan24',
      'TRN Top Real News',
    ]);
  });

  it('ranks the kinds as a reader checking the story asks: altered quotes first, credits last', () => {
    const kinds = summary.groups.map((g) => g.kind);
    expect(kinds).toEqual(SUMMARY_KINDS.filter((k) => kinds.includes(k)));
    expect(kinds[0]).toBe('altered');
    expect(kinds).toEqual(expect.arrayContaining(['altered', 'number', 'attribution', 'date', 'only', 'copied']));
  });

  it('names who altered a quote, one line per outlet, linking each quote to its place in the altered-quotes list', () => {
    const expected = alteredQuotes(comparison);
    expect(expected.length).toBeGreaterThan(0);
    const lines = group('altered')?.lines ?? [];
    expect(lines.map((l) => l.outlet?.slug)).toEqual(['intellinews']);
    expect(lines[0]?.subject).toBe('bne IntelliNews alters 2 quotes');
    expect(lines.flatMap((l) => l.links.map((k) => k.href))).toEqual(
      expect.arrayContaining(expected.map((a) => `#${alteredQuoteId(a.member.quoteId)}`)),
    );
    expect(lines.flatMap((l) => l.links)).toHaveLength(expected.length);
  });

  it('leaves out an altered quote that has no reference wording to compare it with', () => {
    // Without a reference wording (no majority, no original report), nobody is blamed: the summary names none.
    const unreferenced: StoryComparison = {
      ...comparison,
      quoteClusters: comparison.quoteClusters.map(({ reference: _, ...c }) => c),
    };
    const alone = storySummary(unreferenced, differences);
    expect(comparison.quoteClusters.flatMap((c) => c.members).some((m) => m.label === 'altered')).toBe(true);
    expect(alone.groups.find((g) => g.kind === 'altered')).toBeUndefined();
  });

  it('takes every number, hedge, attribution and date line from one engine finding, ranked by outlets involved', () => {
    const byId = new Map(differences.findings.map((f) => [`#${f.id}`, f]));
    const kinds = { number: ['number', 'hedge'], attribution: ['speaker', 'attribution'], date: ['date'] } as const;
    for (const [kind, engineKinds] of Object.entries(kinds)) {
      const g = group(kind as SummaryLine['kind']);
      const engine = differences.findings.filter((f) => (engineKinds as readonly string[]).includes(f.kind));
      expect(engine.length, kind).toBeGreaterThan(0);
      expect((g?.lines.length ?? 0) + (g?.more?.count ?? 0), kind).toBe(engine.length);
      expect(g?.lines.length, kind).toBeLessThanOrEqual(MAX_LINES_PER_KIND);
      const involved = (g?.lines ?? []).map((l) => slugsOf(l).length);
      expect(involved, kind).toEqual([...involved].sort((a, b) => b - a));
      for (const line of g?.lines ?? []) {
        const finding = byId.get(line.href);
        expect(finding, line.href).toBeDefined();
        expect(engineKinds as readonly string[]).toContain(finding?.kind);
        expect(line.sides.map((s) => s.label)).toEqual(finding?.sides.map((s) => s.label));
        expect(slugsOf(line)).toEqual(finding?.sides.flatMap((s) => s.outlets));
      }
    }
  });

  it('answers how each outlet hedges “6,000” from the hedge findings themselves', () => {
    const hedges = group('number')?.lines.filter((l) => l.subject === '6,000') ?? [];
    expect(hedges.length).toBeGreaterThan(0);
    expect(hedges.flatMap((l) => l.sides.map((s) => s.label))).toEqual(
      expect.arrayContaining([expect.stringMatching(/6,000/)]),
    );
  });

  it('counts each outlet’s own sentences, most first, each linking to its list on the only-in page', () => {
    const line = group('only')?.lines[0];
    // An outlet with no own sentence (IntelliNews, by the gold standard too) has no list to link to.
    const own = comparison.outlets
      .filter((o) => o.uniqueSentences > 0)
      .sort((a, b) => b.uniqueSentences - a.uniqueSentences);
    expect(line?.links.map((l) => l.text)).toEqual(
      own.map((o) => `${summary.outlets.find((s) => s.slug === o.slug)?.short} ${o.uniqueSentences}`),
    );
    expect(line?.links[0]?.href).toBe('/isis-detainee-transfer/only/#only-daljoog-news');
    expect(group('only')?.href).toBe('/isis-detainee-transfer/only/');
  });

  it('says who copied whom in one line, each clause with its outlets, Daljoog News as naming no source', () => {
    const line = group('copied')?.lines[0];
    expect(group('copied')?.lines).toHaveLength(1);
    expect(line?.href).toBe('#provenance');
    expect(line?.sides.map((s) => [s.label, s.outlets.map((o) => o.slug)])).toEqual([
      ['republishes Las Vegas News Magazine (stated)', ['journalposts']],
      [
        'share 93%–100% of their text in aligned sentences and wording only they print; direction unknown',
        ['intellinews', 'kurdistan24'],
      ],
      ['names no source', ['daljoog-news']],
    ]);
  });
});

describe('findingSubject and quoteStart', () => {
  it('name a finding by its figure, quote or date, a long quote by its first words', () => {
    const subjects = differences.findings.map((f) => findingSubject(f, comparison));
    expect(subjects).toContain('6,000');
    expect(subjects).toContain('“the worst of the worst”');
    expect(subjects).toContain('late October 2025');
    expect(subjects).toContain('“If these 6,000 or so…”');
  });

  it('cut after a word and drop the punctuation the cut leaves', () => {
    expect(quoteStart('We saw this severe crisis situation, the official said')).toBe('We saw this severe crisis…');
    expect(quoteStart('fragile')).toBe('fragile');
    expect(quoteStart('one, two, three, four, five, six')).toBe('one, two, three, four, five…');
  });
});
