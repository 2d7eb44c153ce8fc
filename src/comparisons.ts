import path from 'node:path';
import { getCollection } from 'astro:content';
import { analysisWorkerDone } from './build-analysis.ts';
import { cachedAnalysis, readAnalysis, type StoryAnalysis } from './data/analysis-cache.ts';
import { contentDir } from './data/content-dir.ts';
import { RecentReads } from './data/recent-reads.ts';
import { readSource } from './data/source-text.ts';
import { assembleStories, type ContentFile } from './data/story-inputs.ts';
import type { StoryComparison, StoryDifferences } from './lib/index.ts';
import { listPages, newestFirst, storyListing, type ListPage, type StoryListing } from './view/story-list.ts';

/**
 * The one module that reads Astro's content collections (src/content.config.ts) for the pages;
 * everything under src/data/ reads content without Astro.
 *
 * Every story is analysed once per build (unchanged stories come from the analysis cache), but
 * only a few hundred bytes of each stay in memory for the whole build: what the story list, the
 * feed and the routes' paths need (its listing and its outlets). A page that shows a story reads
 * that story's comparison and differences back from its analysis-cache entry. Keeping every
 * story's analysis (about 310 KB of JSON each) for the whole build took a 1,000-story build past
 * 3 GB. Astro evaluates this module once per build, so the promise is the cache within a build.
 */

/** What the whole build keeps of one story. */
export interface StoryEntry {
  /** How the story list and the feed show it (slug, title, dates, outlets' names, headline differences). */
  listing: StoryListing;
  /** Its outlets in the comparison's order: each one's pages and the search page's outlet filter. */
  outlets: { slug: string; outlet: string }[];
}

interface Catalog {
  /** In story order (the order of the collections). */
  stories: StoryEntry[];
  /** Newest first: the order of the home page's list and of the feed. */
  newest: StoryListing[];
  /** Each story's slug and title, in story order: the search's list of stories. */
  titles: { slug: string; title: string }[];
  /** Each story's analysis-cache entry, by slug. */
  files: Map<string, string>;
}

let catalog: Promise<Catalog> | undefined;

function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

/** Every story, in story order. */
export async function getStories(): Promise<StoryEntry[]> {
  return (await getCatalog()).stories;
}

/** The paths of a route with one page per story (`[story]`): getStaticPaths of every such route. */
export async function storyPaths(): Promise<{ params: { story: string } }[]> {
  return (await getStories()).map(({ listing }) => ({ params: { story: listing.slug } }));
}

/** Every story's slug and title, in story order; the same array for the whole build. */
export async function getStoryTitles(): Promise<{ slug: string; title: string }[]> {
  return (await getCatalog()).titles;
}

/**
 * Analyses read back and kept for the pages rendered next. Astro renders a route's pages in the
 * order of its getStaticPaths, where one story's pages come together (6 outlet pages, 15 pair
 * pages for 6 outlets), so a story is read once per route; a few more let the routes that finish
 * one story and begin the next overlap without reading one again.
 */
const RECENT_ANALYSES = 4;
const analyses = new RecentReads<StoryAnalysis>(RECENT_ANALYSES, async (slug) => {
  const file = (await getCatalog()).files.get(slug);
  if (file === undefined) throw new Error(`unknown story "${slug}"`);
  return readAnalysis(file).catch((error: unknown) => {
    throw new Error(`story "${slug}": its analysis-cache entry ${file} could not be read back during the build`, {
      cause: error,
    });
  });
});

/** The comparison of one story; throws if the slug is unknown (a route bug, not a content error). */
export async function getComparison(storySlug: string): Promise<StoryComparison> {
  return (await analyses.get(storySlug)).comparison;
}

/** Findings, rewordings, provenance and timeline of one story. */
export async function getDifferences(storySlug: string): Promise<StoryDifferences> {
  return (await analyses.get(storySlug)).differences;
}

/** The story list's stories, newest first: the feed's order. */
export async function getListingsNewestFirst(): Promise<StoryListing[]> {
  return (await getCatalog()).newest;
}

/** How many pages the story list has. */
export async function getStoryListPageCount(): Promise<number> {
  return listPages((await getCatalog()).newest).length;
}

/** The n-th page (1-based) of the story list, newest first. */
export async function getStoryListPage(n: number): Promise<ListPage<StoryListing>> {
  const page = listPages(await getListingsNewestFirst())[n - 1];
  if (page === undefined) throw new Error(`the story list has no page ${n}`);
  return page;
}

async function loadCatalog(): Promise<Catalog> {
  const [stories, articles] = await Promise.all([getCollection('stories'), getCollection('articles')]);
  const toFile = async <D>(entry: {
    id: string;
    filePath?: string | undefined;
    body?: string | undefined;
    data: D;
  }): Promise<ContentFile<D>> => {
    if (entry.filePath === undefined) throw new Error(`content entry ${entry.id} has no file`);
    const file = entry.filePath.split(path.sep).join('/');
    return {
      file,
      relative: path.relative(contentDir, entry.filePath).split(path.sep).join('/'),
      source: await readSource(entry.filePath, file),
      body: entry.body ?? '',
      data: entry.data,
    };
  };
  const bundles = assembleStories(await Promise.all(stories.map(toFile)), await Promise.all(articles.map(toFile)));
  const entries: StoryEntry[] = [];
  const files = new Map<string, string>();
  // During `astro build` a worker has been analysing the stories since the build began
  // (src/build-analysis.ts): each story below is then a cache hit, unless the worker missed it.
  await analysisWorkerDone();
  // One story at a time, so only one analysis is in memory while the catalog is made.
  for (const { story, articles: inputs } of bundles) {
    const { comparison, differences, file } = await cachedAnalysis(story, inputs);
    entries.push({
      listing: storyListing(comparison, differences),
      outlets: comparison.outlets.map(({ slug, outlet }) => ({ slug, outlet })),
    });
    files.set(story.slug, file);
  }
  return {
    stories: entries,
    newest: newestFirst(entries.map((entry) => entry.listing)),
    titles: entries.map(({ listing }) => ({ slug: listing.slug, title: listing.title })),
    files,
  };
}
