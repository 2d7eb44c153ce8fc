/**
 * The RSS feed of stories: one item per story, newest first, carrying its dates, outlets and
 * headline differences. A story that gains an article gets a newer date (when the article is
 * dated) and a new guid, so feed readers show it again instead of treating it as already read.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { joinNames, plural } from './format.ts';
import { differencesLine, type StoryListing } from './story-list.ts';
import { absoluteUrl, storyPath } from './urls.ts';

/**
 * Items in the feed. Readers fetch the whole file every time they poll, so it holds the stories
 * most recently updated, as many as the first page of the story list, not the whole archive.
 */
export const FEED_ITEMS = 50;

export const FEED_TITLE = 'Parallax: one story, every outlet';
export const FEED_DESCRIPTION =
  'News stories seen through every outlet that covered them: shared and altered quotes, changed numbers, and what only one outlet says. A story comes back when it gains an article.';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The feed item of one story; `site` is the origin the site is served from. */
export function feedItem(story: StoryListing, site: URL | string): RSSFeedItem {
  const link = storyPath(story.slug);
  // One guid per set of outlets: a story with one more article is news again for its followers.
  const guid = `${absoluteUrl(link, site)}#outlets-${story.outlets.length}`;
  return {
    title: story.title,
    link,
    ...(story.dates && { pubDate: new Date(`${story.dates.last}T00:00:00Z`) }),
    description: `${story.summary} ${plural(story.outlets.length, 'outlet')}: ${joinNames(story.outlets)}. ${differencesLine(story)}.`,
    customData: `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
  };
}
