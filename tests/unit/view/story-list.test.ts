import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison, StoryDifferences } from '../../../src/lib/index.ts';
import {
  differencesLine,
  listPages,
  newestFirst,
  STORIES_PER_PAGE,
  storyDates,
  storyListing,
} from '../../../src/view/story-list.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let differences: StoryDifferences;
beforeAll(async () => {
  ({ comparison, differences } = await shippedStory());
});

/** The shipped story with its outlets dated as given (slug → date), the rest undated. */
function dated(published: Record<string, string>): StoryComparison {
  return {
    ...comparison,
    outlets: comparison.outlets.map((o) => {
      const { published: _undated, ...rest } = o;
      const date = published[o.slug];
      return date === undefined ? rest : { ...rest, published: date };
    }),
  };
}

describe('storyListing on the shipped story', () => {
  it('counts the altered quotes the engine labelled and the number findings it made', () => {
    const listing = storyListing(comparison, differences);
    const altered = comparison.quoteClusters.flatMap((c) => c.members).filter((m) => m.label === 'altered');
    const numbers = differences.findings.filter((f) => f.kind === 'number');
    expect(listing.alteredQuotes).toBe(altered.length);
    expect(listing.changedNumbers).toBe(numbers.length);
    expect(listing.alteredQuotes + listing.changedNumbers).toBeGreaterThan(0);
    expect(listing.outlets).toEqual([
      'Daljoog News',
      'bne IntelliNews',
      'JournalPosts',
      'Kurdistan24',
      'Top Real News',
    ]);
    expect(listing.slug).toBe('isis-detainee-transfer');
  });

  it('dates the story by its original report when no article prints a date', () => {
    expect(comparison.outlets.every((o) => o.published === undefined)).toBe(true);
    expect(storyDates(comparison)).toEqual({ first: '2026-02-18', last: '2026-02-18' });
  });

  it('spans the calendar dates of the articles and the original report, as written', () => {
    const spread = dated({ kurdistan24: '2026-02-19T08:00:00+03:00', journalposts: '2026-02-21' });
    expect(storyDates(spread)).toEqual({ first: '2026-02-18', last: '2026-02-21' });
    const { originalReport: _none, ...story } = comparison.story;
    expect(storyDates({ ...comparison, story })).toBeUndefined();
  });
});

describe('newestFirst', () => {
  it('puts the most recently updated story first, then older ones, undated ones last', () => {
    const order = newestFirst([
      { slug: 'undated' },
      { slug: 'old', dates: { first: '2025-12-01', last: '2025-12-02' } },
      { slug: 'updated', dates: { first: '2025-11-01', last: '2026-02-20' } },
      { slug: 'b-new', dates: { first: '2026-02-19', last: '2026-02-19' } },
      { slug: 'a-new', dates: { first: '2026-02-19', last: '2026-02-19' } },
    ]).map((s) => s.slug);
    expect(order).toEqual(['updated', 'a-new', 'b-new', 'old', 'undated']);
  });
});

describe('differencesLine', () => {
  it('says what differs in one line, or that nothing does', () => {
    expect(differencesLine({ alteredQuotes: 2, changedNumbers: 1 })).toBe('2 altered quotes · 1 changed number');
    expect(differencesLine({ alteredQuotes: 0, changedNumbers: 3 })).toBe('0 altered quotes · 3 changed numbers');
    expect(differencesLine({ alteredQuotes: 0, changedNumbers: 0 })).toBe('No altered quotes or changed numbers');
  });
});

describe('listPages', () => {
  it('cuts the list into pages of at most 50, in order, none empty but the only one', () => {
    const stories = Array.from({ length: 2 * STORIES_PER_PAGE + 1 }, (_, i) => i);
    const pages = listPages(stories);
    expect(pages.map((p) => p.items.length)).toEqual([STORIES_PER_PAGE, STORIES_PER_PAGE, 1]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(stories);
    expect(listPages([])).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(listPages([1, 2, 3], 3)).toHaveLength(1);
  });
});
