import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { outletMembers } from '../../src/lib/claims.ts';
import { buildLexicon, findActors } from '../../src/lib/insights/actors.ts';
import { dateFactLabel, findDates } from '../../src/lib/insights/dates.ts';
import { describeDifferences, type Finding, type StoryDifferences } from '../../src/lib/insights/index.ts';
import { findQuantities } from '../../src/lib/insights/numbers.ts';
import type { StoryComparison } from '../../src/lib/types.ts';
import { SUBSTANTIAL_REWORDING } from '../../src/lib/insights/wording.ts';
import { sameWordShare, wordDiff } from '../../src/lib/word-diff.ts';

const REFERENCE = new Date('2026-02-18T12:00:00Z');

describe('quantities', () => {
  it.each([
    ['around 6,000 Islamic State prisoners', 6000, 'around'],
    ['If these 6,000 or so got out', 6000, 'or so'],
    ['get these nearly 6000 out', 6000, 'nearly'],
    ['more than 1.5 million people', 1_500_000, 'more than'],
    ['allow thousands of militants to escape', 'thousands', ''],
  ])('%j → %s (%j)', (text, value, hedge) => {
    expect(findQuantities(text)).toMatchObject([{ value, hedge }]);
  });

  it('leaves years and numbers inside names alone', () => {
    expect(findQuantities('in 2014 and since 2019, the G7 and COVID-19')).toEqual([]);
  });

  it('reads group separators the way the language writes them', () => {
    expect(findQuantities('fast 6.000 Häftlinge', 'de')).toMatchObject([{ value: 6000, hedge: '' }]);
  });
});

describe('dates', () => {
  const labels = (text: string) =>
    findDates(text, REFERENCE).map((d) => [text.slice(d.index, d.index + d.length), dateFactLabel(d), d.precision]);
  it.each([
    ['In late October 2025, the director', [['late October 2025', 'late October 2025', 'month']]],
    ['In late October, the director', [['late October', 'late October (no year)', 'month']]],
    ['In late 2025, assessments', [['late 2025', 'late 2025', 'year']]],
    ['By early January, the situation', [['early January', 'early January (no year)', 'month']]],
    ['Rubio told lawmakers this past June.', [['June', 'June (no year)', 'month']]],
    [
      'a 2014 scenario, and no territory since 2019',
      [
        ['2014', '2014', 'year'],
        ['2019', '2019', 'year'],
      ],
    ],
    ['published on February 18, 2026 at 5pm', [['February 18, 2026', '18 February 2026', 'day']]],
    ['they are now held there today', []],
  ])('%j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('reads a month without a year as the latest one before the article', () => {
    expect(findDates('this past June', REFERENCE)[0]?.impliedYear).toBe(2025);
    expect(findDates('in early January', REFERENCE)[0]?.impliedYear).toBe(2026);
  });
});

describe('actors', () => {
  const lexicon = buildLexicon([
    'The Office of the Director of National Intelligence (ODNI) led it.',
    'United States Central Command (CENTCOM) surged resources.',
    'Secretary of State Marco Rubio spoke.',
  ]);
  const keys = (text: string) => findActors(text, lexicon).map((a) => [text.slice(a.index, a.index + a.length), a.key]);

  it('gives every spelling of an agency one key, learning acronyms from the story', () => {
    expect(keys('the ODNI oversaw calls')).toEqual([['ODNI', 'office of the director of national intelligence']]);
    expect(keys('According to the source, the Office of the Director of National Intelligence coordinated')).toEqual([
      ['Office of the Director of National Intelligence', 'office of the director of national intelligence'],
    ]);
    expect(keys('US Central Command and CENTCOM and the U.S. Central Command')).toEqual([
      ['US Central Command', 'central command'],
      ['CENTCOM', 'central command'],
      ['U.S. Central Command', 'central command'],
    ]);
    expect(keys('the State Department and the U.S. Department of State')).toEqual([
      ['State Department', 'state department'],
      ['U.S. Department of State', 'state department'],
    ]);
  });

  it('finds people by their title, and later by surname alone', () => {
    expect(keys('US Director of National Intelligence Tulsi Gabbard began')).toEqual([
      ['Director of National Intelligence Tulsi Gabbard', 'tulsi gabbard'],
    ]);
    expect(keys('Rubio handled it')).toEqual([['Rubio', 'marco rubio']]);
  });
});

describe('describeDifferences on the shipped story', () => {
  let comparison: StoryComparison;
  let result: StoryDifferences;
  const names = (f: Finding) => f.sides.map((s) => [s.label, s.outlets]);
  const source = (slug: string) => comparison.outlets.find((o) => o.slug === slug);

  beforeAll(async () => {
    const { story, articles } = await readStory('content/isis-detainee-transfer');
    comparison = analyzeStory(story, articles);
    result = describeDifferences(comparison);
  });

  it('states the 6,000 detainees once: every outlet’s wordings across its article, headlines included (number)', () => {
    const figures = result.findings.filter((f) => f.kind === 'number' && f.summary.includes('(6,000)'));
    expect(figures).toHaveLength(1);
    const [f] = figures;
    expect(f!.cluster).toEqual({ kind: 'quantity', id: 'q6000' });
    const side = (label: string) => f!.sides.find((s) => s.label === label);
    expect(side('nearly 6,000')?.outlets).toEqual(['daljoog-news', 'journalposts', 'kurdistan24', 'top-real-news']);
    expect(side('nearly 6,000')?.majority).toBe(true);
    expect(side('6,000 or so')?.outlets).toEqual(['journalposts', 'kurdistan24', 'top-real-news']);
    // The headlines' bare "6,000" is compared with the bodies' hedged ones.
    expect(
      side('6,000')
        ?.spans.filter((sp) => sp.sentenceId === 'title')
        .map((sp) => sp.outlet),
    ).toEqual(['intellinews', 'top-real-news']);
    // IntelliNews's "thousands" in its lead sits beside its "around 6,000" in the next sentence: one
    // quantity, each way of stating it listed, no outlet called different for the vague one.
    expect(side('thousands')?.outlets).toEqual(['intellinews']);
    expect(side('around 6,000')?.outlets).toEqual(['intellinews']);
    expect(side('thousands')?.majority).toBeUndefined();
    for (const s of f!.sides)
      for (const sp of s.spans) {
        const o = source(sp.outlet)!;
        const range =
          sp.sentenceId === 'title'
            ? o.titleRange
            : sp.sentenceId === 'standfirst'
              ? o.standfirstRange
              : o.sentences.find((x) => x.id === sp.sentenceId);
        expect(range && sp.start >= range.start && sp.end <= range.end).toBe(true);
      }
  });

  it('marks a side as the majority only when a strict majority of the outlets stating the fact take it', () => {
    for (const f of result.findings) {
      const stating = new Set(f.sides.flatMap((s) => s.outlets)).size;
      for (const s of f.sides) expect(s.majority === true).toBe(2 * s.outlets.length > stating);
    }
  });

  it('finds Daljoog News\'s "late 2025" against "late October" elsewhere (date precision)', () => {
    const date = result.findings.find(
      (f) => f.kind === 'date' && f.sides.some((s) => s.outlets.includes('daljoog-news') && s.label === 'late 2025'),
    );
    expect(date && names(date)).toEqual([
      ['late October 2025', ['intellinews', 'journalposts']],
      ['late 2025', ['daljoog-news']],
      ['late October (no year)', ['kurdistan24']],
    ]);
  });

  it('finds "early January" without a year against JournalPosts\'s "early January 2026"', () => {
    const date = result.findings.find(
      (f) => f.kind === 'date' && f.sides.some((s) => s.label === 'early January 2026'),
    );
    expect(date && names(date)).toEqual([
      ['early January (no year)', ['daljoog-news', 'intellinews', 'kurdistan24']],
      ['early January 2026', ['journalposts']],
    ]);
  });

  it('finds who is pressing countries of origin: the State Department, or "US and Iraqi authorities" (actor)', () => {
    // IntelliNews and Kurdistan24: "The State Department is also pressing / conducting outreach to countries of origin";
    // Daljoog News: "The US and Iraqi authorities are also urging countries of origin to repatriate their nationals".
    const actor = result.findings.find(
      (f) => f.kind === 'actor' && f.sides.some((s) => s.label === 'State Department'),
    );
    expect(actor && names(actor)).toEqual([
      ['State Department', ['intellinews', 'kurdistan24']],
      ['Iraqi authorities', ['daljoog-news']],
    ]);
  });

  it('finds words IntelliNews quotes that Kurdistan24 prints as narration (attribution)', () => {
    // IntelliNews: The official said “the SDF and the Syrian government had reached an understanding …”;
    // Kurdistan24: According to the official, the SDF and the Syrian government reached an understanding … (no marks).
    const attribution = result.findings.find(
      (f) =>
        f.kind === 'attribution' &&
        f.sides.some(
          (s) => s.value === 'quote' && s.spans.some((sp) => sp.text.startsWith('the SDF and the Syrian government')),
        ),
    );
    expect(attribution && names(attribution)).toEqual([
      ['printed as a quote', ['intellinews']],
      ['printed as narration, without quotation marks', ['kurdistan24']],
    ]);
  });

  it('finds "the worst of the worst" printed by Daljoog News without a speaker (attribution)', () => {
    const attribution = result.findings.find(
      (f) => f.kind === 'attribution' && f.sides.some((s) => s.label === 'no speaker named'),
    );
    expect(attribution?.sides.at(-1)?.outlets).toEqual(['daljoog-news']);
    expect(attribution?.sides[0]?.outlets).toEqual(['intellinews', 'journalposts', 'kurdistan24', 'top-real-news']);
  });

  it('finds the same quote told to Fox News Digital by some outlets and to Fox News by JournalPosts (speaker)', () => {
    const speaker = result.findings.find((f) => f.kind === 'speaker');
    expect(speaker?.sides.map((s) => s.outlets)).toEqual([['kurdistan24', 'top-real-news'], ['journalposts']]);
  });

  it("points every span at the exact text of its outlet's sentence, headline or standfirst", () => {
    expect(result.findings.length).toBeGreaterThan(5);
    for (const finding of result.findings) {
      expect(finding.sides.length).toBeGreaterThan(1);
      for (const span of finding.sides.flatMap((s) => s.spans)) {
        const outlet = source(span.outlet);
        const place =
          span.sentenceId === 'title'
            ? outlet?.titleRange
            : span.sentenceId === 'standfirst'
              ? outlet?.standfirstRange
              : outlet?.sentences.find((s) => s.id === span.sentenceId);
        expect(place && span.start >= place.start && span.end <= place.end).toBe(true);
        // ranges index the whole source file: the sentence text is a window on it
        expect(span.text).toBe(place?.text.slice(span.start - place.start, span.end - place.start));
      }
    }
  });

  it('lists, per claim, the pair of outlets that keeps the fewest words in common when under a third', () => {
    expect(result.rewordings.length).toBeGreaterThan(0);
    for (const r of result.rewordings) {
      const claim = comparison.claimClusters.find((c) => c.id === r.cluster)!;
      expect(r.sameWords).toBeLessThan(SUBSTANTIAL_REWORDING);
      expect(r.a.outlet < r.b.outlet).toBe(true);
      const members = outletMembers(claim, true);
      for (const side of [r.a, r.b]) expect(members.find((m) => m.outlet === side.outlet)?.text).toBe(side.text);
      const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b) => sameWordShare(wordDiff(a.text, b.text))));
      expect(Math.round(Math.min(...pairs) * 1000) / 1000).toBe(r.sameWords);
    }
    expect(new Set(result.rewordings.map((r) => r.cluster)).size).toBe(result.rewordings.length);
  });

  it('numbers findings f1, f2, … and reports each difference once', () => {
    expect(result.findings.map((f) => f.id)).toEqual(result.findings.map((_, i) => `f${i + 1}`));
    const keys = result.findings.map((f) =>
      JSON.stringify([f.kind, f.sides.map((s) => s.spans.map((sp) => sp.start))]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
