import path from 'node:path';
import { getCollection } from 'astro:content';
import { cachedAnalysis, type StoryAnalysis } from './data/analysis-cache.ts';
import { contentDir } from './data/content-dir.ts';
import { readSource } from './data/source-text.ts';
import { assembleStories, type ContentFile } from './data/story-inputs.ts';
import type { StoryComparison, StoryDifferences } from './lib/index.ts';
import {
  listPages,
  newestFirst,
  storyDates,
  storyListing,
  type ListPage,
  type StoryListing,
} from './view/story-list.ts';

/**
 * The one module that reads Astro's content collections (src/content.config.ts) for the pages;
 * everything under src/data/ reads content without Astro.
 *
 * The StoryComparison and the differences of every story, computed once per build from the
 * content collections and shared by every page (Astro evaluates this module once per build, so
 * the promise is the cache within a build; across builds, unchanged stories come from the
 * analysis cache).
 */
let analyses: Promise<Map<string, StoryAnalysis>> | undefined;
let comparisons: Promise<StoryComparison[]> | undefined;

function getAnalyses(): Promise<Map<string, StoryAnalysis>> {
  analyses ??= loadAnalyses();
  return analyses;
}

/** Every story's comparison, in story order. */
export function getComparisons(): Promise<StoryComparison[]> {
  comparisons ??= getAnalyses().then((all) => [...all.values()].map((a) => a.comparison));
  return comparisons;
}

async function getAnalysis(storySlug: string): Promise<StoryAnalysis> {
  const found = (await getAnalyses()).get(storySlug);
  if (found === undefined) throw new Error(`unknown story "${storySlug}"`);
  return found;
}

/** The comparison of one story; throws if the slug is unknown (a route bug, not a content error). */
export async function getComparison(storySlug: string): Promise<StoryComparison> {
  return (await getAnalysis(storySlug)).comparison;
}

/** Findings, rewordings, provenance and timeline of one story. */
export async function getDifferences(storySlug: string): Promise<StoryDifferences> {
  return (await getAnalysis(storySlug)).differences;
}

let newest: Promise<StoryComparison[]> | undefined;

/** Every story's comparison, newest first: the order of the home page's list and of the feed. */
export function getComparisonsNewestFirst(): Promise<StoryComparison[]> {
  newest ??= getComparisons().then((all) =>
    newestFirst(
      all.map((comparison) => ({ slug: comparison.story.slug, dates: storyDates(comparison), comparison })),
    ).map((d) => d.comparison),
  );
  return newest;
}

/** How the story list and the feed show one story. */
export async function getListing(comparison: StoryComparison): Promise<StoryListing> {
  return storyListing(comparison, await getDifferences(comparison.story.slug));
}

/** How many pages the story list has. */
export async function getStoryListPageCount(): Promise<number> {
  return listPages(await getComparisonsNewestFirst()).length;
}

/** The n-th page (1-based) of the story list, newest first. */
export async function getStoryListPage(n: number): Promise<ListPage<StoryListing>> {
  const page = listPages(await getComparisonsNewestFirst())[n - 1];
  if (page === undefined) throw new Error(`the story list has no page ${n}`);
  return { ...page, items: await Promise.all(page.items.map(getListing)) };
}

async function loadAnalyses(): Promise<Map<string, StoryAnalysis>> {
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
  const all = await Promise.all(bundles.map(({ story, articles: inputs }) => cachedAnalysis(story, inputs)));
  return new Map(all.map((analysis) => [analysis.comparison.story.slug, analysis]));
}
