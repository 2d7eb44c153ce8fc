import path from 'node:path';
import { getCollection } from 'astro:content';
import { cachedAnalyzeStory } from './data/analysis-cache.ts';
import { contentDir } from './data/content-dir.ts';
import { readSource } from './data/source-text.ts';
import { assembleStories, type ContentFile } from './data/story-inputs.ts';
import { describeDifferences, type StoryComparison, type StoryDifferences } from './lib/index.ts';

/**
 * The one module that reads Astro's content collections (src/content.config.ts) for the pages;
 * everything under src/data/ reads content without Astro.
 *
 * The StoryComparison of every story, computed once per build from the content collections and
 * shared by every page (Astro evaluates this module once per build, so the promise is the cache
 * within a build; across builds, unchanged stories come from the analysis cache).
 */
let comparisons: Promise<StoryComparison[]> | undefined;

export function getComparisons(): Promise<StoryComparison[]> {
  comparisons ??= loadComparisons();
  return comparisons;
}

/** The comparison of one story; throws if the slug is unknown (a route bug, not a content error). */
export async function getComparison(storySlug: string): Promise<StoryComparison> {
  const found = (await getComparisons()).find((c) => c.story.slug === storySlug);
  if (found === undefined) throw new Error(`unknown story "${storySlug}"`);
  return found;
}

const differences = new Map<string, Promise<StoryDifferences>>();

/** Findings, provenance and timeline of one story, computed once per build and shared by its pages. */
export function getDifferences(storySlug: string): Promise<StoryDifferences> {
  let found = differences.get(storySlug);
  if (found === undefined) {
    found = getComparison(storySlug).then(describeDifferences);
    differences.set(storySlug, found);
  }
  return found;
}

async function loadComparisons(): Promise<StoryComparison[]> {
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
  return Promise.all(bundles.map(({ story, articles: inputs }) => cachedAnalyzeStory(story, inputs)));
}
