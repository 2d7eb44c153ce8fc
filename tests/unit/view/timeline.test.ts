import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison, StoryDifferences } from '../../../src/lib/index.ts';
import { indexStory, type StoryIndex } from '../../../src/view/story-index.ts';
import { timelineView } from '../../../src/view/timeline.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let differences: StoryDifferences;
let index: StoryIndex;
beforeAll(async () => {
  ({ comparison, differences } = await shippedStory());
  index = indexStory(comparison);
});

describe('timelineView', () => {
  it('keeps the years the articles recall (2014, 2019) apart from the story’s events', () => {
    const view = timelineView(index, differences.timeline);
    expect(view.background.map((r) => r.event.key)).toEqual(['2014', '2019']);
    expect(view.events.map((r) => r.event.key)).toContain('2025-10');
    expect(view.events.map((r) => r.event.key)).toContain('2026-01');
    // A year before the original report (18 February 2026): BACKGROUND_MONTHS.
    expect(view.since).toBe('2025-02-18');
  });

  it('gives each outlet one entry per event, its other sentences on the same date only linked', () => {
    const view = timelineView(index, differences.timeline);
    const y2014 = view.background.find((r) => r.event.key === '2014');
    expect(y2014?.entries.map((e) => e.outlet)).toEqual(['daljoog-news', 'intellinews', 'kurdistan24']);
    // Daljoog News recalls 2014 in two sentences: shown once, the second linked.
    expect(y2014?.entries[0]?.others).toEqual(['daljoog-news-p18-s1']);
    for (const row of [...view.events, ...view.background]) {
      const outlets = row.entries.map((e) => e.outlet);
      expect(new Set(outlets).size, row.event.key).toBe(outlets.length);
      expect(new Set(outlets)).toEqual(new Set(row.event.outlets));
    }
  });

  it('shows every date inside its sentence, exactly as printed', () => {
    const view = timelineView(index, differences.timeline);
    for (const { entries } of [...view.events, ...view.background]) {
      for (const e of entries) {
        expect(e.before + e.date + e.after).toBe(index.sentence(e.mention.sentenceId).text);
        expect(e.date).toBe(e.mention.text);
      }
    }
  });

  it('counts nothing as background when the story has no date to count from', () => {
    const { originalReport: _report, ...story } = comparison.story;
    const undated: StoryComparison = {
      ...comparison,
      story,
      outlets: comparison.outlets.map(({ published: _published, ...o }) => o),
    };
    const view = timelineView(indexStory(undated), differences.timeline);
    expect(view.background).toEqual([]);
    expect(view.since).toBeUndefined();
    expect(view.events).toHaveLength(differences.timeline.length);
  });
});
