import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoryComparison, StoryDifferences } from '../../../src/lib/index.ts';
import { feedItem } from '../../../src/view/feed.ts';
import { storyListing, type StoryListing } from '../../../src/view/story-list.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let differences: StoryDifferences;
let listing: StoryListing;
beforeAll(async () => {
  ({ comparison, differences } = await shippedStory());
  listing = storyListing(comparison, differences);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('feedItem on the shipped story', () => {
  it('links to the story under the base, dated by its newest date, describing its outlets and differences', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    const item = feedItem(listing, 'https://example.org');
    expect(item.title).toBe(comparison.story.title);
    expect(item.link).toBe('/parallax/isis-detainee-transfer/');
    expect(item.pubDate).toEqual(new Date('2026-02-18T00:00:00Z'));
    expect(item.description).toContain(comparison.story.summary);
    expect(item.description).toContain(
      '5 outlets: Daljoog News, bne IntelliNews, JournalPosts, Kurdistan24 and Top Real News.',
    );
    expect(item.description).toContain(`${listing.alteredQuotes} altered quote`);
    expect(item.customData).toBe(
      '<guid isPermaLink="false">https://example.org/parallax/isis-detainee-transfer/#outlets-5</guid>',
    );
  });

  it('is news again when the story gains an article: a newer date and a new guid', () => {
    vi.stubEnv('BASE_URL', '/');
    const before = feedItem(listing, 'https://example.org');
    const gained: StoryListing = {
      ...listing,
      outlets: [...listing.outlets, 'Harbor Wire'],
      dates: { first: '2026-02-18', last: '2026-02-20' },
    };
    const after = feedItem(gained, 'https://example.org');
    expect(after.customData).not.toBe(before.customData);
    expect(after.customData).toContain('#outlets-6');
    expect(after.pubDate!.getTime()).toBeGreaterThan(before.pubDate!.getTime());
    expect(after.description).toContain('6 outlets');
  });

  it('leaves an undated story without a date rather than inventing one', () => {
    const { dates: _none, ...undated } = listing;
    expect(feedItem(undated, 'https://example.org').pubDate).toBeUndefined();
  });
});
