import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getListingsNewestFirst } from '../comparisons.ts';
import { FEED_DESCRIPTION, FEED_ITEMS, FEED_TITLE, feedItem } from '../view/feed.ts';
import { absoluteUrl, storyListPath } from '../view/urls.ts';

/** The RSS feed of the most recently updated stories. */
export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('the feed needs `site` in astro.config.mjs');
  const stories = (await getListingsNewestFirst()).slice(0, FEED_ITEMS);
  return rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    // The home page's address, base included: @astrojs/rss resolves links against it.
    site: absoluteUrl(storyListPath(), site),
    items: stories.map((story) => feedItem(story, site)),
  });
};
