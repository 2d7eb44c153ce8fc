/**
 * Searching the whole site from its root index file, fetching only what a query needs: the word
 * chunks its words fall in (to learn which stories hold every word), then the index files of the
 * best of those stories, a few at a time. Fetching is passed in, so the browser, the unit tests
 * and the bench run the same code.
 */
import { pathWithBase } from '../view/urls.ts';
import { clusterMembers, groupResults, type SearchResult } from './group.ts';
import { parseQuery, type QueryUnit } from './query.ts';
import type { RootIndexFile, RootStory, SearchRecord, StoryIndexFile } from './record.ts';
import { compareRanks, loadStory, type StorySearch } from './story-search.ts';
import { loadWordIndex, lowerBound, type SerialisedWordIndex, type WordIndex } from './word-index.ts';

/**
 * Stories whose index files a search fetches at once, and by which "more stories" grows. On the
 * shipped story's scale a story's file is about 10 KB gzip, so three stay inside the 100 KB a
 * first search may fetch on a 1,000-story site together with the script, the root and the word
 * chunks; one screen of results rarely shows more than three stories anyway.
 */
export const STORIES_PER_FETCH = 3;

/** Where the search files are served, base included. */
export const searchFiles = {
  root: () => pathWithBase('/search/root.json'),
  chunk: (n: number) => pathWithBase(`/search/words/${n}.json`),
  story: (slug: string) => pathWithBase(`/search/stories/${encodeURIComponent(slug)}.json`),
};

export interface Filters {
  /** Only this outlet's quotes and sentences (an outlet slug). */
  outlet?: string;
  /** Only this story (a story slug). */
  story?: string;
}

/** One story's results. */
export interface StoryResults {
  story: RootStory;
  outlets: Readonly<Record<string, string>>;
  results: SearchResult[];
}

export interface SiteResults {
  /** Stories with results, best first. */
  groups: StoryResults[];
  /** Stories that hold every word of the query whose files were not fetched yet (they may still not match). */
  moreStories: number;
}

export type FetchJson = (path: string) => Promise<unknown>;

export interface SiteSearch {
  root: RootIndexFile;
  /** Results for `query`, from up to `stories` stories (STORIES_PER_FETCH more per "more stories"). */
  search(query: string, filters?: Filters, stories?: number): Promise<SiteResults>;
}

/** Loads the root file and returns the site's search. */
export async function loadSiteSearch(fetchJson: FetchJson): Promise<SiteSearch> {
  const root = (await fetchJson(searchFiles.root())) as RootIndexFile;
  const chunks = new Map<number, Promise<WordIndex>>();
  const stories = new Map<string, Promise<{ search: StorySearch; members: Map<string, SearchRecord[]> }>>();
  const chunk = (n: number): Promise<WordIndex> => {
    let found = chunks.get(n);
    if (found === undefined) {
      found = fetchJson(searchFiles.chunk(n)).then((file) => loadWordIndex(file as SerialisedWordIndex));
      chunks.set(n, found);
    }
    return found;
  };
  const story = (slug: string) => {
    let found = stories.get(slug);
    if (found === undefined) {
      found = fetchJson(searchFiles.story(slug)).then((file) => {
        const search = loadStory(file as StoryIndexFile, root.aliasGroups);
        return { search, members: clusterMembers(search.records) };
      });
      stories.set(slug, found);
    }
    return found;
  };

  /** Story numbers holding `unit`, each with the least cost it is held at. */
  async function storiesWith(unit: QueryUnit): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    if (unit.kind === 'alias') {
      for (const n of root.aliasStories[unit.key] ?? []) found.set(n, 0);
      return found;
    }
    const { word } = unit;
    const add = async (numbers: readonly number[], query: QueryUnit & { kind: 'word' }) => {
      let printed = false;
      for (const index of await Promise.all(numbers.map(chunk))) {
        for (const [w, cost] of index.match(query)) {
          if (cost === 0) printed = true;
          for (const id of index.ids(w)) found.set(id, Math.min(found.get(id) ?? Infinity, cost));
        }
      }
      return printed;
    };
    const firstWords = root.wordChunks;
    const printed = await add(chunksBetween(firstWords, word, unit.prefix ? `${word}\uffff` : word), {
      ...unit,
      typos: 0,
    });
    // As within a story (word-index.ts), a word printed nowhere is looked up with typos: in the
    // chunks of words with its first letter. Across stories, typos are forgiven after the first
    // letter; within a story's own file, anywhere.
    const letter = [...word][0] ?? '';
    if (!printed && unit.typos > 0) await add(chunksBetween(firstWords, letter, `${letter}\uffff`), unit);
    return found;
  }

  /** Stories that may match, best first: least cost over the units, then the root's order. */
  async function candidates(units: readonly QueryUnit[], filters: Filters): Promise<number[]> {
    const only = filters.story === undefined ? -1 : root.stories.findIndex((s) => s.slug === filters.story);
    if (filters.story !== undefined && only === -1) return [];
    if (root.wordChunks.length === 0) return only === -1 ? root.stories.map((_, n) => n) : [only];
    const held = await Promise.all(units.map(storiesWith));
    const [first, ...rest] = held;
    const costs = new Map<number, number>();
    for (const [n, cost] of first ?? [])
      if ((only === -1 || n === only) && rest.every((m) => m.has(n)))
        costs.set(
          n,
          rest.reduce((sum, m) => sum + (m.get(n) ?? 0), cost),
        );
    return [...costs.keys()].sort((a, b) => (costs.get(a) ?? 0) - (costs.get(b) ?? 0) || a - b);
  }

  return {
    root,
    async search(query, filters = {}, wanted = STORIES_PER_FETCH) {
      const units = parseQuery(query, root.aliasGroups);
      if (units.length === 0) return { groups: [], moreStories: 0 };
      const order = await candidates(units, filters);
      const groups: StoryResults[] = [];
      let next = 0;
      // Fetch a few stories at a time until `wanted` of them have results (a story holding every
      // word may still have no one sentence holding them all).
      while (groups.length < wanted && next < order.length) {
        const batch = order.slice(next, next + wanted - groups.length);
        next += batch.length;
        const loaded = await Promise.all(batch.map((n) => story(root.stories[n]?.slug ?? '')));
        for (const [i, { search, members }] of loaded.entries()) {
          const results = groupResults(search.search(units, filters.outlet), members);
          const listed = root.stories[batch[i] ?? -1];
          if (results.length > 0 && listed !== undefined)
            groups.push({ story: listed, outlets: search.outlets, results });
        }
      }
      groups.sort((a, b) => compareRanks(a.results[0]?.rank ?? [], b.results[0]?.rank ?? []));
      return { groups, moreStories: order.length - next };
    },
  };
}

/** The chunks holding the words from `from` to `to` (chunk n holds the words from `firstWords[n]` up to `firstWords[n + 1]`). */
export function chunksBetween(firstWords: readonly string[], from: string, to: string): number[] {
  const chunkOf = (w: string) => {
    const at = lowerBound(firstWords, w);
    return firstWords[at] === w ? at : Math.max(0, at - 1);
  };
  const first = chunkOf(from);
  return Array.from({ length: chunkOf(to) - first + 1 }, (_, i) => first + i);
}
