/**
 * The site's search in memory: the search files the build would write for `comparisons`, served
 * to the same loadSiteSearch the page runs, through JSON as they travel from the build to the
 * browser. Records every file a search fetches.
 */
import type { StoryComparison } from '../../src/lib/index.ts';
import { siteSearchFiles, storySearchFile } from '../../src/search/site-index.ts';
import { loadSiteSearch, searchFiles, type SiteSearch } from '../../src/search/site-search.ts';

export interface MemorySite {
  search: SiteSearch;
  /** Paths fetched so far, in order. */
  fetched: string[];
  /** Every file the build writes, by path, as JSON text. */
  files: Map<string, string>;
}

export async function memorySite(comparisons: readonly StoryComparison[], chunkBytes?: number): Promise<MemorySite> {
  const bySlug = new Map(comparisons.map((c) => [c.story.slug, c]));
  const built = await siteSearchFiles(
    comparisons.map((c) => ({ slug: c.story.slug, title: c.story.title })),
    (slug) => Promise.resolve(bySlug.get(slug)!),
    chunkBytes,
  );
  const files = new Map<string, string>([[searchFiles.root(), JSON.stringify(built.root)]]);
  for (const [n, chunk] of built.chunks.entries()) files.set(searchFiles.chunk(n), JSON.stringify(chunk));
  for (const comparison of comparisons)
    files.set(searchFiles.story(comparison.story.slug), JSON.stringify(storySearchFile(comparison)));
  const fetched: string[] = [];
  const search = await loadSiteSearch((path) => {
    fetched.push(path);
    const text = files.get(path);
    return text === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(JSON.parse(text));
  });
  return { search, fetched, files };
}
