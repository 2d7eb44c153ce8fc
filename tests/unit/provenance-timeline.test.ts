import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { describeProvenance } from '../../src/lib/insights/provenance.ts';
import { buildTimeline, datedSentences } from '../../src/lib/insights/timeline.ts';
import type { StoryComparison } from '../../src/lib/types.ts';

let comparison: StoryComparison;
beforeAll(async () => {
  const { story, articles } = await readStory('content/isis-detainee-transfer');
  comparison = analyzeStory(story, articles);
});

describe('provenance', () => {
  it('says where each outlet says its story came from, from frontmatter and text', () => {
    const p = describeProvenance(comparison);
    const by = (slug: string) => p.outlets.find((o) => o.outlet === slug);
    expect(p.original).toBe('Fox News Digital');
    expect(by('kurdistan24')?.credits).toEqual(['Fox News Digital']);
    expect(
      by('kurdistan24')
        ?.sources.filter((s) => s.from === 'text')
        .map((s) => [s.kind, s.span?.text]),
    ).toEqual([
      ['report-from', 'interview with Fox News Digital'],
      ['told', 'told Fox News Digital'],
    ]);
    expect(by('intellinews')?.sources.map((s) => [s.kind, s.source])).toEqual([
      ['cites', 'Fox News'],
      ['according-to', 'Fox News'],
    ]);
    expect(
      by('journalposts')?.sources.some((s) => s.kind === 'report-from' && s.span?.text === 'report from Fox News'),
    ).toBe(true);
    expect(by('journalposts')?.chain).toEqual(['Las Vegas News Magazine']);
    expect(by('intellinews')?.citesOriginal).toBe(true);
  });

  it('finds that Daljoog News names no source but its own analysis', () => {
    const p = describeProvenance(comparison);
    expect(p.unsourced).toEqual(['daljoog-news']);
    const daljoog = p.outlets.find((o) => o.outlet === 'daljoog-news');
    expect(daljoog?.sources.map((s) => [s.kind, s.span?.text])).toEqual([
      ['own-analysis', 'According to Daljoog News analysis'],
    ]);
  });

  it("reports reuse from the engine's own figures", () => {
    for (const o of describeProvenance(comparison).outlets) {
      const engine = comparison.outlets.find((a) => a.slug === o.outlet);
      expect(o.sharedShare).toBe(engine?.sharedShare);
      expect(o.uniqueSentences).toBe(engine?.uniqueSentences);
      expect(o.uniqueShare).toBeGreaterThanOrEqual(0);
      expect(o.uniqueShare).toBeLessThanOrEqual(1);
    }
  });
});

describe('timeline', () => {
  it('lists the dated events in order, with who mentions each and how precisely', () => {
    const events = buildTimeline(datedSentences(comparison));
    expect(events.map((e) => [e.key, e.label, e.outlets])).toEqual([
      ['2014', '2014', ['daljoog-news', 'intellinews', 'kurdistan24']],
      ['2019', '2019', ['journalposts']],
      ['2025-06', 'June 2025', ['journalposts']],
      ['2025-10', 'late October 2025', ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24']],
      ['2026', 'early 2026', ['journalposts']],
      ['2026-01', 'early January 2026', ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24']],
    ]);
    const october = events.find((e) => e.key === '2025-10');
    expect(october?.start).toBe('2025-10-21');
    expect(october?.mentions.map((m) => [m.outlet, m.text, m.precision])).toEqual([
      ['daljoog-news', 'late 2025', 'year'],
      ['intellinews', 'late October 2025', 'month'],
      ['journalposts', 'late October 2025', 'month'],
      ['kurdistan24', 'late October', 'month'],
    ]);
    expect(events.find((e) => e.key === '2019')?.mentions[0]?.relation).toBe('since');
    expect(events.find((e) => e.key === '2025-06')?.mentions[0]).toMatchObject({ text: 'June', impliedYear: 2025 });
  });
});
